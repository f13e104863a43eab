/** Files that arrive from outside: what their bytes really are, and their rows read one at a time. */
@NullMarked
package uk.scrutiny.batch.files;

import org.jspecify.annotations.NullMarked;
