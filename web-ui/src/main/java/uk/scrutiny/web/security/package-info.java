/** Web security: sign-in, sign-out, the session, the first manager and what is refused. */
@NullMarked
package uk.scrutiny.web.security;

import org.jspecify.annotations.NullMarked;
