/** Reviews, the assessments of their questions and the recommended actions, in SQL. */
@NullMarked
package uk.scrutiny.persistence.review;

import org.jspecify.annotations.NullMarked;
