package uk.scrutiny.application.action;

import java.time.LocalDate;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.period.FinancialYear;

/**
 * A row of the action plan: the action, the year of the review it belongs to, and whether the person
 * reading may add progress to it.
 */
public record ActionListItem(RecommendedAction action, FinancialYear reviewYear, boolean mayReportProgress) {

    public boolean isOverdue(LocalDate today) {
        return action.isOverdue(today);
    }
}
