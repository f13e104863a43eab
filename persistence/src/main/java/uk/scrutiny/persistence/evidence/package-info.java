/** The evidence library in SQL: items, their stored files' metadata, and the questions that cite them. */
@NullMarked
package uk.scrutiny.persistence.evidence;

import org.jspecify.annotations.NullMarked;
