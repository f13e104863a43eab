package uk.scrutiny.domain.scorecard;

import java.util.List;
import java.util.Optional;

/** The indicator catalogue. */
public interface Indicators {

    List<Indicator> all();

    Optional<Indicator> find(IndicatorCode code);

    Indicator save(Indicator indicator);
}
