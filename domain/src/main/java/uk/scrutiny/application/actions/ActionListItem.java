package uk.scrutiny.application.actions;

import java.time.LocalDate;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.RecommendedAction;

/** A row of the action plan: the action and the year of the review it belongs to. */
public record ActionListItem(RecommendedAction action, FinancialYear reviewYear) {

    public boolean isOverdue(LocalDate today) {
        return action.isOverdue(today);
    }
}
