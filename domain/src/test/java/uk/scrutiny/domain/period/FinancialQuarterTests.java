package uk.scrutiny.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialQuarterTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2021/22 Q2",
                "2021-22 Q2",
                "Q2 2021/22",
                "FY2021/22 Q2",
                "fy2021/22 q2",
                "  2021/22 Q2  ",
                "q2 2021-22",
                "2021/2022 Q2"
            })
    void every_accepted_form_reads_as_the_same_quarter(String text) {
        assertThat(FinancialQuarter.parse(text)).isEqualTo(new FinancialQuarter(FinancialYear.of(2021), 2));
    }

    @Test
    void a_quarter_prints_in_the_standard_form() {
        assertThat(FinancialQuarter.parse("q4 fy2021-22")).hasToString("2021/22 Q4");
    }

    @Test
    void a_second_year_that_does_not_follow_the_first_is_refused() {
        assertThatThrownBy(() -> FinancialQuarter.parse("2021/23 Q2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("second year must follow the first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021/22 Q5", "2021/22 Q0", "2021/22", "Q2", "2021/22Q2", "twenty-one Q2", ""})
    void unreadable_quarters_are_refused_with_the_form_to_use(String text) {
        assertThatThrownBy(() -> FinancialQuarter.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021/22 Q2");
    }

    @Test
    void quarters_run_april_to_march() {
        FinancialYear year = FinancialYear.of(2021);
        assertThat(year.quarter(1).start()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(year.quarter(1).end()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(year.quarter(2).end()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(year.quarter(3).end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(year.quarter(4).start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(year.quarter(4).end()).isEqualTo(LocalDate.of(2022, 3, 31));
    }

    @Test
    void the_quarter_containing_a_day_follows_the_financial_year() {
        assertThat(FinancialQuarter.containing(LocalDate.of(2022, 2, 14))).hasToString("2021/22 Q4");
        assertThat(FinancialQuarter.containing(LocalDate.of(2022, 4, 1))).hasToString("2022/23 Q1");
        assertThat(FinancialQuarter.containing(LocalDate.of(2021, 9, 30))).hasToString("2021/22 Q2");
    }

    @Test
    void a_quarter_has_not_started_before_its_first_day() {
        FinancialQuarter q = FinancialQuarter.parse("2022/23 Q3");
        assertThat(q.hasStartedBy(LocalDate.of(2022, 9, 30))).isFalse();
        assertThat(q.hasStartedBy(LocalDate.of(2022, 10, 1))).isTrue();
    }

    @Test
    void quarters_step_across_years() {
        assertThat(FinancialQuarter.parse("2021/22 Q4").next()).hasToString("2022/23 Q1");
        assertThat(FinancialQuarter.parse("2022/23 Q1").previous()).hasToString("2021/22 Q4");
    }
}
