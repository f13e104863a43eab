/** Files that arrive from outside: what their bytes really are. */
@NullMarked
package uk.scrutiny.batch.files;

import org.jspecify.annotations.NullMarked;
