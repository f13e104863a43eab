/** Scorecards: the figures across quarters and agencies with their trends, who has sent what, and sending a file. */
@NullMarked
package uk.scrutiny.ui.scorecard;

import org.jspecify.annotations.NullMarked;
