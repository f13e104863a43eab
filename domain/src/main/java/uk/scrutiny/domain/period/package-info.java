/** Periods the partnership works in: UK financial years (April to March) and their quarters. */
@NullMarked
package uk.scrutiny.domain.period;

import org.jspecify.annotations.NullMarked;
