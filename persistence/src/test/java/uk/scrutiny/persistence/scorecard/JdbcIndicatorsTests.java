package uk.scrutiny.persistence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.scorecard.Direction;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.IndicatorUnit;
import uk.scrutiny.domain.scorecard.Indicators;

@Transactional
abstract class JdbcIndicatorsTests {

    private static final IndicatorCode FIRE_VISITS = new IndicatorCode("FIRE-HOME-VISITS");

    @Autowired
    Indicators indicators;

    @Test
    void the_catalogue_holds_the_eighteen_shipped_indicators() {
        assertThat(indicators.all())
                .hasSize(18)
                .extracting(i -> i.code().value())
                .startsWith("CLA-RATE", "CP-PLANS-RATE")
                .endsWith("YJS-FTE");
    }

    @Test
    void an_indicator_keeps_its_unit_direction_and_suppliers() {
        assertThat(indicators.find(new IndicatorCode("EH-ASSESSMENTS")))
                .contains(new Indicator(
                        new IndicatorCode("EH-ASSESSMENTS"),
                        "Early help assessments started",
                        IndicatorUnit.COUNT,
                        Direction.HIGHER,
                        false,
                        Set.of(
                                new AgencyCode("LA"),
                                new AgencyCode("EDUCATION"),
                                new AgencyCode("HEALTH"),
                                new AgencyCode("CVS")),
                        true,
                        1));
        assertThat(indicators
                        .find(new IndicatorCode("CP-PLANS-RATE"))
                        .orElseThrow()
                        .unit())
                .isEqualTo(IndicatorUnit.RATE_PER_10000);
        assertThat(indicators
                        .find(new IndicatorCode("CSC-REREFERRAL-PCT"))
                        .orElseThrow()
                        .better())
                .isEqualTo(Direction.LOWER);
    }

    @Test
    void staff_training_is_supplied_by_every_agency() {
        Indicator training =
                indicators.find(new IndicatorCode("WF-TRAINING-PCT")).orElseThrow();

        assertThat(training.everyAgency()).isTrue();
        assertThat(training.unit()).isEqualTo(IndicatorUnit.PERCENT);
        assertThat(training.isSuppliedBy(new AgencyCode("PROBATION"))).isTrue();
    }

    @Test
    void a_new_indicator_is_added_then_its_suppliers_changed() {
        Indicator added = indicators.save(new Indicator(
                FIRE_VISITS,
                "Home safety visits to families",
                IndicatorUnit.COUNT,
                Direction.HIGHER,
                false,
                Set.of(new AgencyCode("CVS")),
                true,
                0));

        Indicator changed = indicators.save(new Indicator(
                FIRE_VISITS,
                added.name(),
                added.unit(),
                added.better(),
                false,
                Set.of(new AgencyCode("LA"), new AgencyCode("HEALTH")),
                true,
                added.version()));

        assertThat(indicators.find(FIRE_VISITS)).contains(changed);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(indicators.all()).contains(changed);
    }

    @Test
    void stale_indicator_save_is_refused() {
        Indicator read = indicators.find(new IndicatorCode("YJS-FTE")).orElseThrow();
        indicators.save(new Indicator(
                read.code(),
                "First-time entrants aged 10 to 17",
                read.unit(),
                read.better(),
                read.everyAgency(),
                read.suppliers(),
                true,
                read.version()));

        assertThatThrownBy(() -> indicators.save(new Indicator(
                        read.code(),
                        read.name(),
                        read.unit(),
                        Direction.NEITHER,
                        read.everyAgency(),
                        read.suppliers(),
                        true,
                        read.version())))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Indicator YJS-FTE was changed by someone else");
    }
}
