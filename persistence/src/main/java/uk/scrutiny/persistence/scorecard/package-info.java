/** The indicator catalogue and the scorecards received, with their values, in SQL. */
@NullMarked
package uk.scrutiny.persistence.scorecard;

import org.jspecify.annotations.NullMarked;
