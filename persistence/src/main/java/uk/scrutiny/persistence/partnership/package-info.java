/** The partnership, its agency register and its meeting bodies, in SQL. */
@NullMarked
package uk.scrutiny.persistence.partnership;

import org.jspecify.annotations.NullMarked;
