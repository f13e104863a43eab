package uk.scrutiny.application.review;

import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.RagSummary;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.ReviewStatus;

/** A row of the reviews list: the year, where it stands, and its rating counts. */
public record ReviewListItem(
        ReviewId id,
        FinancialYear year,
        ReviewStatus status,
        String scrutineer,
        String framework,
        RagSummary summary) {}
