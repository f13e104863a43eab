/** The frame of the application: sign-in and the main layout; each feature's views live in a package below. */
@NullMarked
package uk.scrutiny.ui;

import org.jspecify.annotations.NullMarked;
