/**
 * The report's renderers, adapters behind the application's report port: one XHTML template with
 * one stylesheet, shown on screen and rendered to tagged PDF; and the Word file with real heading
 * styles.
 */
@NullMarked
package uk.scrutiny.adapter.report;

import org.jspecify.annotations.NullMarked;
