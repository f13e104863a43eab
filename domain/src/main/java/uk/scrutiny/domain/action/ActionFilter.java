package uk.scrutiny.domain.action;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.review.ReviewId;

/**
 * Which recommended actions to list; a null part matches everything.
 *
 * @param dueBefore actions due before this day (with {@code outstandingOnly}: the overdue ones)
 */
public record ActionFilter(
        @Nullable ReviewId review,
        @Nullable AgencyCode owner,
        @Nullable ActionStatus status,
        boolean outstandingOnly,
        @Nullable LocalDate dueBefore) {

    public static final ActionFilter ALL = new ActionFilter(null, null, null, false, null);

    public static ActionFilter overdueOn(LocalDate today) {
        return new ActionFilter(null, null, null, true, today);
    }
}
