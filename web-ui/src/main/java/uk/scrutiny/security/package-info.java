/** Sign-in, sign-out, the session and what is refused. */
@NullMarked
package uk.scrutiny.security;

import org.jspecify.annotations.NullMarked;
