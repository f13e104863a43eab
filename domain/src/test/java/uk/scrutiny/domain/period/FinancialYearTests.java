package uk.scrutiny.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTests {

    @Test
    void a_year_prints_as_2021_22_and_spans_april_to_march() {
        FinancialYear year = FinancialYear.parse("2021/22");
        assertThat(year).hasToString("2021/22");
        assertThat(year.start()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(year.spanInWords()).isEqualTo("April 2021 to March 2022");
    }

    @Test
    void the_turn_of_the_century_prints_with_two_digits() {
        assertThat(FinancialYear.of(2099)).hasToString("2099/00");
        assertThat(FinancialYear.parse("2099/00")).isEqualTo(FinancialYear.of(2099));
    }

    @Test
    void march_belongs_to_the_year_that_began_the_april_before() {
        assertThat(FinancialYear.containing(LocalDate.of(2022, 3, 31))).isEqualTo(FinancialYear.of(2021));
        assertThat(FinancialYear.containing(LocalDate.of(2022, 4, 1))).isEqualTo(FinancialYear.of(2022));
    }

    @Test
    void a_year_whose_second_part_does_not_follow_is_refused() {
        assertThatThrownBy(() -> FinancialYear.parse("2021/23")).hasMessageContaining("second year must follow");
    }
}
