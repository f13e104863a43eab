package uk.scrutiny.domain.scorecard;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.scrutiny.domain.common.Text;
import uk.scrutiny.domain.partnership.AgencyCode;

/**
 * An entry of the indicator catalogue: what agencies report each quarter.
 *
 * <p>Invariant: an indicator is supplied either by every agency or by the named ones (at least one).
 */
public record Indicator(
        IndicatorCode code,
        String name,
        IndicatorUnit unit,
        Direction better,
        boolean everyAgency,
        Set<AgencyCode> suppliers,
        boolean active,
        long version) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        name = Text.required(name, "An indicator's name", 200);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(better, "better");
        suppliers = Set.copyOf(suppliers);
        if (!everyAgency && suppliers.isEmpty()) {
            throw new IllegalArgumentException("Indicator " + code + " needs at least one agency that supplies it");
        }
        if (everyAgency && !suppliers.isEmpty()) {
            throw new IllegalArgumentException("Indicator " + code + " is supplied by every agency: name none");
        }
    }

    public boolean isSuppliedBy(AgencyCode agency) {
        return everyAgency || suppliers.contains(agency);
    }

    /** {@code every agency} or the codes in order, e.g. {@code EDUCATION, LA}. */
    public String suppliersLabel() {
        return everyAgency
                ? "every agency"
                : String.join(
                        ", ",
                        new TreeSet<>(suppliers).stream().map(AgencyCode::value).toList());
    }
}
