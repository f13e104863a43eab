/** The audit trail on screen: one subject's history in a dialog, and the manager's whole trail with filters. */
@NullMarked
package uk.scrutiny.ui.audit;

import org.jspecify.annotations.NullMarked;
