/** People who sign in, their roles and the agency a data officer or partner lead acts for. */
@NullMarked
package uk.scrutiny.domain.user;

import org.jspecify.annotations.NullMarked;
