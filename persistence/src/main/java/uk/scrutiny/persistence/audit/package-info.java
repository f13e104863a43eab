/** The audit trail in SQL: entries are added, never changed. */
@NullMarked
package uk.scrutiny.persistence.audit;

import org.jspecify.annotations.NullMarked;
