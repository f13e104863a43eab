/** The Imports page: every run of the evidence import with its files, their errors, and a run on demand. */
@NullMarked
package uk.scrutiny.ui.imports;

import org.jspecify.annotations.NullMarked;
