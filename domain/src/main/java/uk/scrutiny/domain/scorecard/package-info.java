/** The indicator catalogue and the quarterly scorecards agencies send against it. */
@NullMarked
package uk.scrutiny.domain.scorecard;

import org.jspecify.annotations.NullMarked;
