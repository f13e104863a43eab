package uk.scrutiny.application.action;

import java.time.LocalDate;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.period.FinancialYear;

/** A row of the action plan: the action and the year of the review it belongs to. */
public record ActionListItem(RecommendedAction action, FinancialYear reviewYear) {

    public boolean isOverdue(LocalDate today) {
        return action.isOverdue(today);
    }
}
