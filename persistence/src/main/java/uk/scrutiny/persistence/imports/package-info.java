/** The evidence import's record in SQL: runs, files, issues by row, uploads, and the lock row of the one running import. */
@NullMarked
package uk.scrutiny.persistence.imports;

import org.jspecify.annotations.NullMarked;
