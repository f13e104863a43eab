/** The web application: start-up, the clock, and the root of every view. */
@NullMarked
package uk.scrutiny;

import org.jspecify.annotations.NullMarked;
