/** Scorecard files: streaming readers for CSV and XLSX, and the check of every row against the import format. */
@NullMarked
package uk.scrutiny.batch.scorecard;

import org.jspecify.annotations.NullMarked;
