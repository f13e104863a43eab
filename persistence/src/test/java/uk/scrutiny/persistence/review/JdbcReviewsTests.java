package uk.scrutiny.persistence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.domain.review.StatusChange;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcReviewsTests {

    @Autowired
    Reviews reviews;

    @Autowired
    Frameworks frameworks;

    @Test
    void a_started_review_is_saved_as_a_draft_with_an_id() {
        Review saved = Fixtures.savedReview(reviews, frameworks, 2021);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(reviews.find(saved.requireId())).contains(saved);
        assertThat(saved.status()).isEqualTo(ReviewStatus.DRAFT);
    }

    @Test
    void a_review_keeps_its_judgement_and_every_move_of_its_status() {
        Review draft = Fixtures.savedReview(reviews, frameworks, 2021);
        Review signedOff = reviews.save(draft.withOverallJudgement("Overall the arrangements are effective.")
                .beginScrutiny(Fixtures.AT, "officer")
                .signOff(List.of(), Fixtures.AT.plusSeconds(60), "scrutineer"));

        Review reopened = reviews.save(
                signedOff.reopen("The evidence for 2.3 was misfiled", Fixtures.AT.plusSeconds(120), "manager"));

        Review found = reviews.find(draft.requireId()).orElseThrow();
        assertThat(found).isEqualTo(reopened);
        assertThat(found.history())
                .extracting(StatusChange::to)
                .containsExactly(ReviewStatus.IN_REVIEW, ReviewStatus.SIGNED_OFF, ReviewStatus.IN_REVIEW);
        assertThat(found.history().getLast().reason()).isEqualTo("The evidence for 2.3 was misfiled");
        assertThat(found.signedOffAt()).contains(Fixtures.AT.plusSeconds(60));
        assertThat(found.version()).isEqualTo(3);
    }

    @Test
    void a_review_is_found_by_its_year_and_all_are_listed_newest_first() {
        Fixtures.savedReview(reviews, frameworks, 2021);
        Review later = Fixtures.savedReview(reviews, frameworks, 2022);

        assertThat(reviews.findByYear(FinancialYear.parse("2022/23"))).contains(later);
        assertThat(reviews.findByYear(FinancialYear.parse("2020/21"))).isEmpty();
        assertThat(reviews.all()).extracting(r -> r.year().toString()).containsExactly("2022/23", "2021/22");
    }

    @Test
    void stale_review_save_is_refused() {
        Review read = Fixtures.savedReview(reviews, frameworks, 2021);
        reviews.save(read.withScrutineer("Another Scrutineer"));

        assertThatThrownBy(() -> reviews.save(read.withOverallJudgement("Effective")))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("The 2021/22 review was changed by someone else while you were editing it");
    }
}
