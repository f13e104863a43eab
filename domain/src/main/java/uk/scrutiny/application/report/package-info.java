/**
 * The scrutiny report: its content as one model for every format, the preview, rendering through
 * the format renderers, publication with stored files, and the review archive as JSON.
 */
@NullMarked
package uk.scrutiny.application.report;

import org.jspecify.annotations.NullMarked;
