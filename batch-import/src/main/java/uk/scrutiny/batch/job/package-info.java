/**
 * The evidence import job: find the inbox's files, check them, load valid scorecards chunk by
 * chunk, import minutes, publish, file every file and write the run report. Every step records what
 * it has done, so that a run killed at any point is resumed by the next one.
 */
@NullMarked
package uk.scrutiny.batch.job;

import org.jspecify.annotations.NullMarked;
