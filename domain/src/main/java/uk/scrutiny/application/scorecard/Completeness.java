package uk.scrutiny.application.scorecard;

import java.util.List;
import java.util.Map;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;

/**
 * Who has sent what: for each agency and quarter, how many of the indicators the agency supplies
 * its current submission holds (none when it has sent nothing).
 *
 * @param expected the number of indicators each agency supplies
 */
public record Completeness(
        List<AgencyCode> agencies,
        List<FinancialQuarter> quarters,
        Map<AgencyCode, Integer> expected,
        Map<Cell, Integer> received) {

    public Completeness {
        agencies = List.copyOf(agencies);
        quarters = List.copyOf(quarters);
        expected = Map.copyOf(expected);
        received = Map.copyOf(received);
    }

    /** An agency in a quarter. */
    public record Cell(AgencyCode agency, FinancialQuarter quarter) {}

    /** The indicators received from the agency for the quarter; 0 when nothing was sent. */
    public int received(AgencyCode agency, FinancialQuarter quarter) {
        return received.getOrDefault(new Cell(agency, quarter), 0);
    }

    /** {@code 9 of 9}, {@code 4 of 9}, or {@code Not sent}. */
    public String label(AgencyCode agency, FinancialQuarter quarter) {
        int got = received(agency, quarter);
        return got == 0 ? "Not sent" : got + " of " + expected.getOrDefault(agency, 0);
    }

    public boolean isComplete(AgencyCode agency, FinancialQuarter quarter) {
        return received(agency, quarter) >= expected.getOrDefault(agency, 0) && received(agency, quarter) > 0;
    }
}
