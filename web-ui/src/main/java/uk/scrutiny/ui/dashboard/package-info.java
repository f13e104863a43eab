/** The dashboard: the first page after sign-in. */
@NullMarked
package uk.scrutiny.ui.dashboard;

import org.jspecify.annotations.NullMarked;
