/** The audit trail: who changed what and when, with old and new values. */
@NullMarked
package uk.scrutiny.domain.audit;

import org.jspecify.annotations.NullMarked;
