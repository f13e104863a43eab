package uk.scrutiny.domain.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.review.ReviewFixtures;
import uk.scrutiny.domain.review.ReviewId;

class RecommendedActionTests {

    private final RecommendedAction action = new RecommendedAction(
            new ActionId(7),
            ReviewFixtures.REVIEW,
            ReviewFixtures.Q23,
            2,
            "Refresh impact measures",
            AgencyCode.of("LA"),
            LocalDate.of(2022, 6, 30),
            ActionStatus.OPEN,
            null,
            List.of(),
            3);

    @Test
    void an_outstanding_action_past_its_due_date_is_overdue() {
        assertThat(action.isOverdue(LocalDate.of(2022, 7, 1))).isTrue();
        assertThat(action.isOverdue(LocalDate.of(2022, 6, 30))).isFalse();
    }

    @Test
    void a_done_action_is_never_overdue() {
        RecommendedAction done =
                action.withNote(new ProgressNote(ReviewFixtures.AT, "officer", "Done", ActionStatus.DONE));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.isOverdue(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void a_carried_forward_action_points_back_and_starts_without_notes() {
        RecommendedAction withNote =
                action.withNote(new ProgressNote(ReviewFixtures.AT, "officer", "Started", ActionStatus.IN_PROGRESS));
        RecommendedAction next = withNote.carriedForwardTo(new ReviewId(2), QuestionRef.parse("2.3"), 1);
        assertThat(next.carriedFrom()).isEqualTo(new ActionId(7));
        assertThat(next.reviewId()).isEqualTo(new ReviewId(2));
        assertThat(next.notes()).isEmpty();
        assertThat(next.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(next.id()).isNull();
    }

    @Test
    void a_finished_action_is_not_carried_forward() {
        RecommendedAction done =
                action.withNote(new ProgressNote(ReviewFixtures.AT, "officer", "Done", ActionStatus.DONE));
        assertThatThrownBy(() -> done.carriedForwardTo(new ReviewId(2), ReviewFixtures.Q23, 1))
                .hasMessageContaining("Only open or in-progress");
    }

    @Test
    void a_dropped_action_leaves_the_action_plan_and_the_others_stay_in_it() {
        RecommendedAction dropped = action.withNote(
                new ProgressNote(ReviewFixtures.AT, "scrutineer", "No longer needed", ActionStatus.DROPPED));
        RecommendedAction done =
                action.withNote(new ProgressNote(ReviewFixtures.AT, "officer", "Done", ActionStatus.DONE));
        assertThat(dropped.isInPlan()).isFalse();
        assertThat(done.isInPlan()).isTrue();
        assertThat(action.isInPlan()).isTrue();
    }

    @Test
    void an_action_is_labelled_by_question_and_number() {
        assertThat(action.label()).isEqualTo("2.3.2");
    }
}
