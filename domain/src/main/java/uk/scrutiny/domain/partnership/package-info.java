/** The partnership, its agencies and its meeting bodies. */
@NullMarked
package uk.scrutiny.domain.partnership;

import org.jspecify.annotations.NullMarked;
