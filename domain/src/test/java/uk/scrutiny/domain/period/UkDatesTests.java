package uk.scrutiny.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkDatesTests {

    private static final LocalDate DAY = LocalDate.of(2021, 12, 13);

    @Test
    void dates_read_as_uk_prose_and_table_forms() {
        assertThat(UkDates.prose(DAY)).isEqualTo("13 December 2021");
        assertThat(UkDates.table(DAY)).isEqualTo("13/12/2021");
    }

    @Test
    void times_read_as_uk_prose_and_table_forms() {
        assertThat(UkDates.prose(DAY.atTime(2, 0))).isEqualTo("13 December 2021, 02:00");
        assertThat(UkDates.table(DAY.atTime(21, 5))).isEqualTo("13/12/2021 21:05");
    }

    @Test
    void day_month_year_and_iso_forms_are_read() {
        assertThat(UkDates.parse("13/12/2021")).isEqualTo(DAY);
        assertThat(UkDates.parse(" 2021-12-13 ")).isEqualTo(DAY);
    }

    @Test
    void american_order_is_refused() {
        assertThatThrownBy(() -> UkDates.parse("12/13/2021")).hasMessageContaining("13/12/2021");
    }
}
