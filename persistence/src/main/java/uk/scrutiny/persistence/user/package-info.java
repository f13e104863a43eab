/** The people who sign in, in SQL. */
@NullMarked
package uk.scrutiny.persistence.user;

import org.jspecify.annotations.NullMarked;
