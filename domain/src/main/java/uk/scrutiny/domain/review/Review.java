package uk.scrutiny.domain.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.common.Text;
import uk.scrutiny.domain.framework.FrameworkId;
import uk.scrutiny.domain.period.FinancialYear;

/**
 * One scrutiny of the partnership for one financial year, against one version of a framework.
 *
 * <p>Invariants: the status moves only as {@link ReviewStatus#canMoveTo} allows; sign-off needs
 * an overall judgement and no {@link RuleBreach} in any assessment (the caller passes them in); a
 * signed-off or published review is read-only; reopening needs a reason, and every move is kept
 * in {@link #history}.
 */
public record Review(
        @Nullable ReviewId id,
        FinancialYear year,
        FrameworkId frameworkId,
        String scrutineer,
        @Nullable String overallJudgement,
        ReviewStatus status,
        List<StatusChange> history,
        long version) {

    public Review {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(frameworkId, "frameworkId");
        scrutineer = Text.required(scrutineer, "The scrutineer's name", 120);
        overallJudgement = Text.optional(overallJudgement, "The overall judgement", 4000);
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
    }

    public static Review start(FinancialYear year, FrameworkId frameworkId, String scrutineer) {
        return new Review(null, year, frameworkId, scrutineer, null, ReviewStatus.DRAFT, List.of(), 0);
    }

    public LocalDate periodStart() {
        return year.start();
    }

    public LocalDate periodEnd() {
        return year.end();
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    /** @throws RuleViolationException when the review is signed off or published */
    public void requireEditable() {
        if (!isEditable()) {
            throw new RuleViolationException("The " + year + " review is "
                    + status.label().toLowerCase() + " and so read-only. A manager can reopen it, giving the reason.");
        }
    }

    public Review withOverallJudgement(@Nullable String judgement) {
        requireEditable();
        return new Review(id, year, frameworkId, scrutineer, judgement, status, history, version);
    }

    public Review withScrutineer(String name) {
        requireEditable();
        return new Review(id, year, frameworkId, name, overallJudgement, status, history, version);
    }

    /** The business unit hands the review to the scrutineer. */
    public Review beginScrutiny(Instant at, String by) {
        return move(ReviewStatus.IN_REVIEW, at, by, null);
    }

    /**
     * The scrutineer signs the review off.
     *
     * @param breaches every rule breach of every question; sign-off is refused while any remains
     */
    public Review signOff(List<RuleBreach> breaches, Instant at, String by) {
        List<String> problems = new ArrayList<>();
        if (overallJudgement == null) {
            problems.add("Write the overall judgement before signing off.");
        }
        breaches.forEach(b -> problems.add(b.message()));
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return move(ReviewStatus.SIGNED_OFF, at, by, null);
    }

    public Review publish(Instant at, String by) {
        return move(ReviewStatus.PUBLISHED, at, by, null);
    }

    /** Opens a signed-off or published review again for a correction; the reason is kept. */
    public Review reopen(String reason, Instant at, String by) {
        String why = Text.optional(reason, "The reason for reopening", 2000);
        if (why == null) {
            throw new RuleViolationException("Give the reason for reopening the review: it is kept in its history.");
        }
        return move(ReviewStatus.IN_REVIEW, at, by, why);
    }

    private Review move(ReviewStatus next, Instant at, String by, @Nullable String reason) {
        if (!status.canMoveTo(next)) {
            throw new RuleViolationException(
                    "A review that is " + status.label().toLowerCase() + " cannot become "
                            + next.label().toLowerCase() + ".");
        }
        List<StatusChange> moves = new ArrayList<>(history);
        moves.add(new StatusChange(status, next, at, by, reason));
        return new Review(id, year, frameworkId, scrutineer, overallJudgement, next, moves, version);
    }

    /** When the review was last signed off, if it has been. */
    public Optional<Instant> signedOffAt() {
        return lastMoveTo(ReviewStatus.SIGNED_OFF);
    }

    public Optional<Instant> publishedAt() {
        return lastMoveTo(ReviewStatus.PUBLISHED);
    }

    private Optional<Instant> lastMoveTo(ReviewStatus target) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == target) {
                return Optional.of(history.get(i).at());
            }
        }
        return Optional.empty();
    }

    public ReviewId requireId() {
        return Objects.requireNonNull(id, "The review has not been saved");
    }
}
