/**
 * The report's renderers: one XHTML template with one stylesheet, shown on screen and rendered to
 * tagged PDF; and the Word file with real heading styles.
 */
@NullMarked
package uk.scrutiny.report;

import org.jspecify.annotations.NullMarked;
