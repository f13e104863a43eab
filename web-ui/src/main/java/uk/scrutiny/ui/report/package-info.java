/** The report page: the preview, downloads as PDF, Word and JSON, the published versions, and importing a review archive. */
@NullMarked
package uk.scrutiny.ui.report;

import org.jspecify.annotations.NullMarked;
