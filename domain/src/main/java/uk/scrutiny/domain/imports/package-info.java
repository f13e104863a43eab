/** The evidence import's record: each run, the files it handled, their outcomes and every error by row. */
@NullMarked
package uk.scrutiny.domain.imports;

import org.jspecify.annotations.NullMarked;
