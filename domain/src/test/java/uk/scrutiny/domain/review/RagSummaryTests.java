package uk.scrutiny.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RagSummaryTests {

    @Test
    void the_seed_reports_summary_is_derived_from_its_ratings() {
        assertThat(new RagSummary(6, 6, 0, 0).sentence()).isEqualTo("There are 6 areas rated as green and 6 as amber");
    }

    @Test
    void zero_counts_are_left_out() {
        assertThat(new RagSummary(0, 3, 2, 0).sentence()).isEqualTo("There are 3 areas rated as amber and 2 as red");
    }

    @Test
    void three_counts_are_listed_with_commas() {
        assertThat(new RagSummary(5, 4, 3, 0).sentence())
                .isEqualTo("There are 5 areas rated as green, 4 as amber and 3 as red");
    }

    @Test
    void a_single_area_is_singular() {
        assertThat(new RagSummary(0, 0, 1, 0).sentence()).isEqualTo("There is 1 area rated as red");
        assertThat(new RagSummary(1, 2, 0, 0).sentence()).isEqualTo("There is 1 area rated as green and 2 as amber");
    }

    @Test
    void unrated_questions_are_named() {
        assertThat(new RagSummary(2, 0, 0, 1).sentence())
                .isEqualTo("There are 2 areas rated as green; 1 question is not yet rated");
        assertThat(new RagSummary(0, 0, 0, 12).sentence()).isEqualTo("No areas have been rated yet");
    }
}
