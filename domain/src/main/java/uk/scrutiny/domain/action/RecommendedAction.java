package uk.scrutiny.domain.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.common.Text;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.review.ReviewId;

/**
 * An action the scrutineer recommends under one question, numbered within it (1, 2, …), with
 * the agency that owns it, a due date, a status and dated progress notes.
 *
 * <p>An open action of last year's review can be carried forward: the new action keeps its text
 * and owner and points back at the one it came from ({@link #carriedFrom}).
 */
public record RecommendedAction(
        @Nullable ActionId id,
        ReviewId reviewId,
        QuestionRef question,
        int number,
        String text,
        @Nullable AgencyCode owner,
        @Nullable LocalDate due,
        ActionStatus status,
        @Nullable ActionId carriedFrom,
        List<ProgressNote> notes,
        long version) {

    public RecommendedAction {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(question, "question");
        if (number < 1) {
            throw new IllegalArgumentException("Recommended actions are numbered from 1");
        }
        text = Text.required(text, "A recommended action", 2000);
        Objects.requireNonNull(status, "status");
        notes = List.copyOf(notes);
    }

    public static RecommendedAction recommend(
            ReviewId reviewId,
            QuestionRef question,
            int number,
            String text,
            @Nullable AgencyCode owner,
            @Nullable LocalDate due) {
        return new RecommendedAction(
                null, reviewId, question, number, text, owner, due, ActionStatus.OPEN, null, List.of(), 0);
    }

    /** A copy of this (outstanding) action for next year's review, pointing back at it. */
    public RecommendedAction carriedForwardTo(ReviewId nextReview, QuestionRef nextQuestion, int nextNumber) {
        if (!status.isOutstanding()) {
            throw new IllegalArgumentException("Only open or in-progress actions are carried forward");
        }
        return new RecommendedAction(
                null, nextReview, nextQuestion, nextNumber, text, owner, due, status, id, List.of(), 0);
    }

    /** Whether the action counts in the question's action plan: every action but a dropped one. */
    public boolean isInPlan() {
        return status != ActionStatus.DROPPED;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOutstanding() && due != null && due.isBefore(today);
    }

    public RecommendedAction withNote(ProgressNote note) {
        List<ProgressNote> all = new ArrayList<>(notes);
        all.add(note);
        ActionStatus next = note.newStatus() != null ? note.newStatus() : status;
        return new RecommendedAction(id, reviewId, question, number, text, owner, due, next, carriedFrom, all, version);
    }

    public RecommendedAction withWording(String newText, @Nullable AgencyCode newOwner, @Nullable LocalDate newDue) {
        return new RecommendedAction(
                id, reviewId, question, number, newText, newOwner, newDue, status, carriedFrom, notes, version);
    }

    /** {@code 2.3.1}: the question and the action's number. */
    public String label() {
        return question + "." + number;
    }

    public ActionId requireId() {
        return Objects.requireNonNull(id, "The action has not been saved");
    }
}
