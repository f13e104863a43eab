/** Components that several features' views share. */
@NullMarked
package uk.scrutiny.ui.component;

import org.jspecify.annotations.NullMarked;
