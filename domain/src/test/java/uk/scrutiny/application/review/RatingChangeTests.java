package uk.scrutiny.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.review.RagRating;

class RatingChangeTests {

    @Test
    void a_move_towards_green_is_an_improvement() {
        assertThat(RatingChange.between(RagRating.AMBER, RagRating.GREEN)).isEqualTo(RatingChange.UP);
        assertThat(RatingChange.between(RagRating.RED, RagRating.AMBER)).isEqualTo(RatingChange.UP);
    }

    @Test
    void a_move_towards_red_is_worse() {
        assertThat(RatingChange.between(RagRating.GREEN, RagRating.AMBER)).isEqualTo(RatingChange.DOWN);
    }

    @Test
    void no_previous_rating_is_new_and_no_rating_is_not_rated() {
        assertThat(RatingChange.between(null, RagRating.RED)).isEqualTo(RatingChange.NEW);
        assertThat(RatingChange.between(RagRating.RED, null)).isEqualTo(RatingChange.NOT_RATED);
        assertThat(RatingChange.between(RagRating.AMBER, RagRating.AMBER)).isEqualTo(RatingChange.SAME);
    }
}
