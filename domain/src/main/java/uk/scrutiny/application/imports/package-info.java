/** The evidence import's use cases: its runs and their outcomes, and filing what it brings in as evidence. */
@NullMarked
package uk.scrutiny.application.imports;

import org.jspecify.annotations.NullMarked;
