/**
 * The evidence import as a program of its own: {@code java -jar batch-import.jar --inbox=DIR} runs
 * one import against the database configured the usual Spring Boot way, and exits 0, 2 or 1.
 */
@NullMarked
package uk.scrutiny.batch;

import org.jspecify.annotations.NullMarked;
