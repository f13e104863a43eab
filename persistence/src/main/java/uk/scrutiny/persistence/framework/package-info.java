/** Framework versions in SQL: each saved version with its key measures, steps and questions, never changed once saved. */
@NullMarked
package uk.scrutiny.persistence.framework;

import org.jspecify.annotations.NullMarked;
