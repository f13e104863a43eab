/** What the dashboard shows beyond the review itself. */
@NullMarked
package uk.scrutiny.application.dashboard;

import org.jspecify.annotations.NullMarked;
