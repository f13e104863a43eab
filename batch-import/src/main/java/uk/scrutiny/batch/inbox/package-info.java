/** The inbox folder: finding files ready to import, filing them afterwards, and their error reports. */
@NullMarked
package uk.scrutiny.batch.inbox;

import org.jspecify.annotations.NullMarked;
