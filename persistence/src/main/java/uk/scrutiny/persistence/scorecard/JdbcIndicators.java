package uk.scrutiny.persistence.scorecard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.scorecard.Direction;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.IndicatorUnit;
import uk.scrutiny.domain.scorecard.Indicators;

/** Indicators by code; version 0 means "new", as for agencies. */
@Repository
class JdbcIndicators implements Indicators {

    private static final String SELECT =
            "SELECT code, name, unit, better, every_agency, active, version FROM indicator";

    private final JdbcClient jdbc;

    JdbcIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Indicator> all() {
        Map<String, Set<AgencyCode>> suppliers = new HashMap<>();
        jdbc.sql("SELECT indicator_code, agency_code FROM indicator_supplier").query(rs -> {
            suppliers
                    .computeIfAbsent(rs.getString("indicator_code"), c -> new HashSet<>())
                    .add(new AgencyCode(rs.getString("agency_code")));
        });
        return jdbc.sql(SELECT + " ORDER BY code").query(IndicatorRow.class).list().stream()
                .map(row -> row.indicator(suppliers.getOrDefault(row.code(), Set.of())))
                .toList();
    }

    @Override
    public Optional<Indicator> find(IndicatorCode code) {
        List<AgencyCode> suppliers = jdbc.sql("SELECT agency_code FROM indicator_supplier WHERE indicator_code = ?")
                .param(code.value())
                .query((rs, n) -> new AgencyCode(rs.getString("agency_code")))
                .list();
        return jdbc.sql(SELECT + " WHERE code = ?")
                .param(code.value())
                .query(IndicatorRow.class)
                .optional()
                .map(row -> row.indicator(Set.copyOf(suppliers)));
    }

    @Override
    public Indicator save(Indicator indicator) {
        var statement = indicator.version() == 0 ? jdbc.sql("""
                        INSERT INTO indicator (code, name, unit, better, every_agency, active, version)
                        VALUES (:code, :name, :unit, :better, :everyAgency, :active, 1)""") : jdbc.sql("""
                        UPDATE indicator SET name = :name, unit = :unit, better = :better, every_agency = :everyAgency,
                               active = :active, version = version + 1
                        WHERE code = :code AND version = :version""").param("version", indicator.version());
        String code = indicator.code().value();
        int saved;
        try {
            saved = statement
                    .param("code", code)
                    .param("name", indicator.name())
                    .param("unit", indicator.unit().name())
                    .param("better", indicator.better().name())
                    .param("everyAgency", indicator.everyAgency())
                    .param("active", indicator.active())
                    .update();
        } catch (DuplicateKeyException e) {
            saved = 0;
        }
        if (saved == 0) {
            throw new ConcurrentChangeException("Indicator " + code);
        }
        jdbc.sql("DELETE FROM indicator_supplier WHERE indicator_code = ?")
                .param(code)
                .update();
        for (AgencyCode agency : indicator.suppliers()) {
            jdbc.sql("INSERT INTO indicator_supplier (indicator_code, agency_code) VALUES (?, ?)")
                    .params(code, agency.value())
                    .update();
        }
        return new Indicator(
                indicator.code(),
                indicator.name(),
                indicator.unit(),
                indicator.better(),
                indicator.everyAgency(),
                indicator.suppliers(),
                indicator.active(),
                indicator.version() + 1);
    }

    record IndicatorRow(
            String code, String name, String unit, String better, boolean everyAgency, boolean active, long version) {

        Indicator indicator(Set<AgencyCode> suppliers) {
            return new Indicator(
                    new IndicatorCode(code),
                    name,
                    IndicatorUnit.valueOf(unit),
                    Direction.valueOf(better),
                    everyAgency,
                    suppliers,
                    active,
                    version);
        }
    }
}
