/** The use cases of scorecards: checking and sending a file, the history of submissions, figures, trends and completeness. */
@NullMarked
package uk.scrutiny.application.scorecard;

import org.jspecify.annotations.NullMarked;
