package uk.scrutiny.persistence.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.Assessments;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcAssessmentsTests {

    private static final QuestionRef Q23 = QuestionRef.parse("2.3");

    @Autowired
    Assessments assessments;

    @Autowired
    Reviews reviews;

    @Autowired
    Frameworks frameworks;

    @Autowired
    EvidenceItems evidence;

    ReviewId review;
    EvidenceId minutes;
    EvidenceId scorecard;

    @BeforeEach
    void aReviewWithEvidence() {
        review = Fixtures.savedReview(reviews, frameworks, 2021).requireId();
        minutes = evidence.save(Fixtures.evidence("Minutes SOG 2021-11-08 Approved")
                        .minutesOf("SOG", false)
                        .build())
                .id();
        scorecard =
                evidence.save(Fixtures.evidence("09 Q2 Scorecard INFO").build()).id();
    }

    @Test
    void a_first_save_adds_the_assessment_with_its_citations_in_order() {
        Assessment rated = Assessment.unrated(review, Q23)
                .rated(RagRating.AMBER)
                .withCommentary("Data is shared but not yet used to measure impact.")
                .citing(scorecard)
                .citing(minutes);

        Assessment saved = assessments.save(rated);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(assessments.find(review, Q23)).contains(saved);
        assertThat(saved.citedEvidence()).containsExactly(scorecard, minutes);
    }

    @Test
    void a_later_save_replaces_rating_commentary_and_citations() {
        Assessment first = assessments.save(
                Assessment.unrated(review, Q23).rated(RagRating.RED).citing(minutes));

        Assessment second = assessments.save(first.rated(RagRating.GREEN)
                .withCommentary("Now evidenced.")
                .notCiting(minutes)
                .citing(scorecard));

        assertThat(second.version()).isEqualTo(2);
        assertThat(assessments.find(review, Q23)).contains(second);
    }

    @Test
    void an_unrated_assessment_keeps_no_rating() {
        assessments.save(Assessment.unrated(review, Q23));

        assertThat(assessments.find(review, Q23)).map(Assessment::isRated).contains(false);
    }

    @Test
    void long_commentary_is_kept_whole() {
        String commentary = "Evidence of impact is growing. ".repeat(600);

        assessments.save(Assessment.unrated(review, Q23).withCommentary(commentary));

        assertThat(assessments.find(review, Q23).orElseThrow().commentary()).isEqualTo(commentary.strip());
    }

    @Test
    void a_review_s_assessments_come_in_question_order() {
        assessments.save(Assessment.unrated(review, QuestionRef.parse("3.1"))
                .rated(RagRating.AMBER)
                .citing(minutes));
        assessments.save(Assessment.unrated(review, Q23).rated(RagRating.AMBER).citing(scorecard));
        assessments.save(Assessment.unrated(review, QuestionRef.parse("1.4")).rated(RagRating.GREEN));

        assertThat(assessments.of(review))
                .extracting(a -> a.question().toString(), Assessment::citedEvidence)
                .containsExactly(
                        tuple("1.4", List.of()), tuple("2.3", List.of(scorecard)), tuple("3.1", List.of(minutes)));
    }

    @Test
    void stale_assessment_save_is_refused() {
        Assessment read = assessments.save(Assessment.unrated(review, Q23));
        assessments.save(read.rated(RagRating.GREEN));

        assertThatThrownBy(() -> assessments.save(read.rated(RagRating.RED)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("Question 2.3 of the 2021/22 review was changed by someone else while you were editing it. "
                        + "Your change has not been saved: reload to see theirs, then make yours again.");
        assertThat(assessments.find(review, Q23)).map(Assessment::rating).contains(RagRating.GREEN);
    }

    @Test
    void the_second_of_two_first_ratings_of_a_question_is_refused() {
        assessments.save(Assessment.unrated(review, Q23).rated(RagRating.GREEN));

        assertThatThrownBy(
                        () -> assessments.save(Assessment.unrated(review, Q23).rated(RagRating.RED)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Question 2.3 of the 2021/22 review was changed");
    }
}
