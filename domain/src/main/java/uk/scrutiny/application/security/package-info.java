/** Who is acting, what each role may do, and sign-in with its lock-out after repeated failures. */
@NullMarked
package uk.scrutiny.application.security;

import org.jspecify.annotations.NullMarked;
