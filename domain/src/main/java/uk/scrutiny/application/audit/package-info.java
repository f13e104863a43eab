/** Recording changes in the audit trail and reading it back. */
@NullMarked
package uk.scrutiny.application.audit;

import org.jspecify.annotations.NullMarked;
