package uk.scrutiny.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.scrutiny.domain.review.ReviewFixtures.AT;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.framework.FrameworkId;
import uk.scrutiny.domain.period.FinancialYear;

class ReviewTests {

    private final Review draft = Review.start(FinancialYear.of(2021), new FrameworkId(1), "Simon Westwood");

    private Review inReview() {
        return draft.beginScrutiny(AT, "officer").withOverallJudgement("Effective.");
    }

    @Test
    void a_review_covers_its_financial_year() {
        assertThat(draft.periodStart()).hasToString("2021-04-01");
        assertThat(draft.periodEnd()).hasToString("2022-03-31");
        assertThat(draft.status()).isEqualTo(ReviewStatus.DRAFT);
    }

    @Test
    void sign_off_is_refused_while_a_rule_is_broken() {
        RuleBreach breach = new RuleBreach(ReviewFixtures.Q23, RuleBreach.Kind.NOT_RATED);
        assertThatThrownBy(() -> inReview().signOff(List.of(breach), AT, "scrutineer"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Question 2.3 is not rated yet");
    }

    @Test
    void sign_off_is_refused_without_an_overall_judgement() {
        Review noJudgement = draft.beginScrutiny(AT, "officer");
        assertThatThrownBy(() -> noJudgement.signOff(List.of(), AT, "scrutineer"))
                .hasMessageContaining("overall judgement");
    }

    @Test
    void a_signed_off_review_is_read_only() {
        Review signedOff = inReview().signOff(List.of(), AT, "scrutineer");
        assertThat(signedOff.status()).isEqualTo(ReviewStatus.SIGNED_OFF);
        assertThat(signedOff.signedOffAt()).contains(AT);
        assertThatThrownBy(() -> signedOff.withOverallJudgement("Changed"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("read-only");
    }

    @Test
    void a_draft_cannot_be_signed_off_or_published() {
        assertThatThrownBy(() -> draft.withOverallJudgement("x").signOff(List.of(), AT, "scrutineer"))
                .hasMessageContaining("cannot become signed off");
        assertThatThrownBy(() -> draft.publish(AT, "manager")).hasMessageContaining("cannot become published");
    }

    @Test
    void reopening_needs_a_reason_and_keeps_it() {
        Review published = inReview().signOff(List.of(), AT, "scrutineer").publish(AT, "manager");
        assertThatThrownBy(() -> published.reopen("  ", AT, "manager")).hasMessageContaining("reason");
        Review reopened = published.reopen("Evidence for 2.3 was mislabelled", AT, "manager");
        assertThat(reopened.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(reopened.history())
                .extracting(StatusChange::to)
                .containsExactly(
                        ReviewStatus.IN_REVIEW,
                        ReviewStatus.SIGNED_OFF,
                        ReviewStatus.PUBLISHED,
                        ReviewStatus.IN_REVIEW);
        assertThat(reopened.history().getLast().reason()).isEqualTo("Evidence for 2.3 was mislabelled");
        assertThat(reopened.publishedAt()).contains(AT);
    }

    @Test
    void a_review_in_progress_cannot_be_reopened() {
        assertThatThrownBy(() -> inReview().reopen("why", AT, "manager")).isInstanceOf(RuleViolationException.class);
    }
}
