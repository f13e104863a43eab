package uk.scrutiny.domain.review;

import java.util.Set;

/**
 * Where a review is in its cycle: {@code DRAFT → IN_REVIEW → SIGNED_OFF → PUBLISHED}; a signed-off
 * or published review can be reopened (back to {@code IN_REVIEW}) with a recorded reason.
 */
public enum ReviewStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    SIGNED_OFF("Signed off"),
    PUBLISHED("Published");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether ratings, commentary, evidence citations and actions can still change. */
    public boolean isEditable() {
        return this == DRAFT || this == IN_REVIEW;
    }

    public boolean canMoveTo(ReviewStatus next) {
        return switch (this) {
            case DRAFT -> next == IN_REVIEW;
            case IN_REVIEW -> next == SIGNED_OFF;
            case SIGNED_OFF -> Set.of(PUBLISHED, IN_REVIEW).contains(next);
            case PUBLISHED -> next == IN_REVIEW;
        };
    }
}
