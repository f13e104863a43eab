/**
 * The evidence import run: find the inbox's files, check them, load valid scorecards chunk by
 * chunk, import minutes manifests row by row, publish, file every file in the archive or rejected
 * folder and write the run report. Every step records what it has done, so that a run killed at
 * any point is resumed by the next one.
 */
@NullMarked
package uk.scrutiny.batch.imports;

import org.jspecify.annotations.NullMarked;
