package uk.scrutiny.domain.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.framework.QuestionRef;

/** Builders of review parts for tests. */
public final class ReviewFixtures {

    public static final ReviewId REVIEW = new ReviewId(1);
    public static final QuestionRef Q23 = QuestionRef.parse("2.3");
    public static final Instant AT = Instant.parse("2022-03-28T10:00:00Z");

    private ReviewFixtures() {}

    public static EvidenceItem document(long id) {
        return new EvidenceItem(
                new EvidenceId(id),
                EvidenceType.DOCUMENT,
                "Document " + id,
                LocalDate.of(2021, 12, 13),
                null,
                EvidenceSource.UPLOAD,
                "document-" + id + ".pdf",
                null,
                null,
                false,
                null,
                null,
                null,
                AT,
                "officer",
                0);
    }

    public static EvidenceItem draftMinutes(long id) {
        return new EvidenceItem(
                new EvidenceId(id),
                EvidenceType.MINUTES,
                "Draft minutes " + id,
                LocalDate.of(2023, 1, 16),
                null,
                EvidenceSource.IMPORT,
                "minutes-" + id + "-draft.pdf",
                null,
                null,
                true,
                "EXEC",
                "v1",
                null,
                AT,
                "system",
                0);
    }

    public static Assessment assessment(RagRating rating, EvidenceItem... cited) {
        return new Assessment(
                REVIEW,
                Q23,
                rating,
                null,
                List.of(cited).stream().map(EvidenceItem::id).toList(),
                0);
    }

    public static RecommendedAction action(int number) {
        return RecommendedAction.recommend(REVIEW, Q23, number, "Refresh impact measures", null, null);
    }
}
