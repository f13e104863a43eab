package uk.scrutiny.batch.scorecard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.Indicator;

/**
 * What a scorecard is checked against, read once per file: the agency register, the indicator
 * catalogue and today's date. Each agency, indicator and quarter has a small index, so that a key
 * of the three is one bit in a set whose size depends on the catalogue, not on the file.
 */
public final class ScorecardCatalogue {

    private static final int FIRST_YEAR = 1900;

    private final Map<String, Integer> agencies = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Integer> indicatorIndex = new HashMap<>();
    private final String agencyList;
    private final LocalDate today;
    private final int quarters;

    public ScorecardCatalogue(List<Agency> agencyRegister, List<Indicator> catalogue, LocalDate today) {
        agencyRegister.stream().map(Agency::code).sorted().forEach(code -> agencies.put(code.value(), agencies.size()));
        catalogue.forEach(indicator -> {
            indicators.put(indicator.code().value(), indicator);
            indicatorIndex.put(indicator.code().value(), indicatorIndex.size());
        });
        agencyList = String.join(", ", new TreeSet<>(agencies.keySet()));
        this.today = today;
        this.quarters = quarterIndex(FinancialQuarter.containing(today)) + 1;
    }

    public LocalDate today() {
        return today;
    }

    public boolean knowsAgency(String code) {
        return agencies.containsKey(code);
    }

    public String agencyList() {
        return agencyList;
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** A number for agency + quarter + indicator, all known and the quarter started; unique among them. */
    long key(AgencyCode agency, FinancialQuarter quarter, Indicator indicator) {
        long a = agencies.get(agency.value());
        long q = quarterIndex(quarter);
        long i = indicatorIndex.get(indicator.code().value());
        return (a * quarters + q) * indicatorIndex.size() + i;
    }

    /** Whether a quarter can be a key: it has started, and it is not before the first year kept. */
    boolean isKeyable(FinancialQuarter quarter) {
        return quarter.year().startYear() >= FIRST_YEAR && quarterIndex(quarter) < quarters;
    }

    private static int quarterIndex(FinancialQuarter quarter) {
        return (quarter.year().startYear() - FIRST_YEAR) * 4 + quarter.number() - 1;
    }
}
