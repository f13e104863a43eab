package uk.scrutiny.persistence.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.action.ActionFilter;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.action.ProgressNote;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.action.RecommendedActions;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcRecommendedActionsTests {

    private static final QuestionRef Q23 = QuestionRef.parse("2.3");
    private static final AgencyCode LA = new AgencyCode("LA");
    private static final AgencyCode POLICE = new AgencyCode("POLICE");

    @Autowired
    RecommendedActions actions;

    @Autowired
    Reviews reviews;

    @Autowired
    Frameworks frameworks;

    ReviewId review;

    @BeforeEach
    void aReview() {
        review = Fixtures.savedReview(reviews, frameworks, 2021).requireId();
    }

    @Test
    void a_recommended_action_is_saved_with_its_progress_notes() {
        RecommendedAction recommended = RecommendedAction.recommend(
                review, Q23, 1, "Refresh outcome statements", LA, LocalDate.of(2022, 6, 30));

        RecommendedAction saved = actions.save(recommended.withNote(
                new ProgressNote(Fixtures.AT, "lead", "Drafts circulated to partners", ActionStatus.IN_PROGRESS)));

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(actions.find(saved.requireId())).contains(saved);
        assertThat(saved.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void progress_notes_are_added_to_on_later_saves() {
        RecommendedAction saved =
                actions.save(RecommendedAction.recommend(review, Q23, 1, "Refresh impact measures", LA, null)
                        .withNote(new ProgressNote(Fixtures.AT, "lead", "Started", ActionStatus.IN_PROGRESS)));

        RecommendedAction done = actions.save(saved.withNote(new ProgressNote(
                Fixtures.AT.plusSeconds(3600), "lead", "Measures agreed at the Executive", ActionStatus.DONE)));

        RecommendedAction found = actions.find(saved.requireId()).orElseThrow();
        assertThat(found).isEqualTo(done);
        assertThat(found.notes())
                .extracting(ProgressNote::text)
                .containsExactly("Started", "Measures agreed at the Executive");
        assertThat(found.notes().getFirst().at()).isEqualTo(Fixtures.AT);
    }

    @Test
    void a_carried_forward_action_points_back_at_last_year_s() {
        RecommendedAction lastYear =
                actions.save(RecommendedAction.recommend(review, Q23, 1, "Refresh outcome statements", LA, null));
        ReviewId nextReview = Fixtures.savedReview(reviews, frameworks, 2022).requireId();

        RecommendedAction carried = actions.save(lastYear.carriedForwardTo(nextReview, Q23, 1));

        assertThat(actions.of(nextReview)).containsExactly(carried);
        assertThat(carried.carriedFrom()).isEqualTo(lastYear.id());
    }

    @Test
    void a_review_s_actions_come_by_question_and_number() {
        actions.save(RecommendedAction.recommend(
                review, QuestionRef.parse("3.1"), 1, "Review scrutiny arrangements", null, null));
        actions.save(RecommendedAction.recommend(review, Q23, 2, "Refresh impact measures", null, null));
        actions.save(RecommendedAction.recommend(review, Q23, 1, "Refresh outcome statements", null, null));

        assertThat(actions.of(review)).extracting(RecommendedAction::label).containsExactly("2.3.1", "2.3.2", "3.1.1");
    }

    @Test
    void stale_action_save_is_refused() {
        RecommendedAction read =
                actions.save(RecommendedAction.recommend(review, Q23, 1, "Refresh outcome statements", LA, null));
        actions.save(read.withNote(new ProgressNote(Fixtures.AT, "lead", "Started", ActionStatus.IN_PROGRESS)));

        assertThatThrownBy(() -> actions.save(read.withWording("Refresh the outcome statements", POLICE, null)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Recommended action 2.3.1 was changed by someone else");
    }

    @Test
    void the_action_plan_is_filtered_by_owner_status_and_due_date() {
        action(1, LA, LocalDate.of(2022, 6, 30), ActionStatus.OPEN);
        action(2, POLICE, LocalDate.of(2022, 3, 31), ActionStatus.IN_PROGRESS);
        action(3, POLICE, LocalDate.of(2022, 1, 31), ActionStatus.DONE);
        action(4, LA, null, ActionStatus.OPEN);

        assertThat(labels(new ActionFilter(review, POLICE, null, false, null))).containsExactly("2.3.3", "2.3.2");
        assertThat(labels(new ActionFilter(null, null, ActionStatus.OPEN, false, null)))
                .containsExactly("2.3.1", "2.3.4");
        assertThat(labels(ActionFilter.overdueOn(LocalDate.of(2022, 4, 1)))).containsExactly("2.3.2");
        assertThat(actions.count(new ActionFilter(review, null, null, true, null)))
                .isEqualTo(3);
    }

    @Test
    void the_action_plan_is_paged_by_due_date_with_undated_actions_last() {
        action(1, LA, null, ActionStatus.OPEN);
        action(2, LA, LocalDate.of(2022, 6, 30), ActionStatus.OPEN);
        action(3, LA, LocalDate.of(2022, 3, 31), ActionStatus.OPEN);

        assertThat(actions.find(ActionFilter.ALL, 0, 2))
                .extracting(RecommendedAction::label)
                .containsExactly("2.3.3", "2.3.2");
        assertThat(actions.find(ActionFilter.ALL, 2, 2))
                .extracting(RecommendedAction::label)
                .containsExactly("2.3.1");
        assertThat(actions.count(ActionFilter.ALL)).isEqualTo(3);
    }

    private void action(int number, AgencyCode owner, @Nullable LocalDate due, ActionStatus status) {
        RecommendedAction action = RecommendedAction.recommend(review, Q23, number, "Action " + number, owner, due);
        actions.save(
                status == ActionStatus.OPEN
                        ? action
                        : action.withNote(new ProgressNote(Fixtures.AT, "lead", "Moved on", status)));
    }

    private List<String> labels(ActionFilter filter) {
        return actions.find(filter, 0, 50).stream()
                .map(RecommendedAction::label)
                .toList();
    }
}
