/** Published reports' records in SQL; their files live in evidence storage. */
@NullMarked
package uk.scrutiny.persistence.report;

import org.jspecify.annotations.NullMarked;
