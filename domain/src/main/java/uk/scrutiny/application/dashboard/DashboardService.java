package uk.scrutiny.application.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.Indicators;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;

/** What the dashboard adds to the review and the action plan: who has not sent the latest quarter's scorecard. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final Agencies agencies;
    private final Indicators indicators;
    private final ScorecardSubmissions submissions;
    private final Clock clock;

    public DashboardService(Agencies agencies, Indicators indicators, ScorecardSubmissions submissions, Clock clock) {
        this.agencies = agencies;
        this.indicators = indicators;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The agencies expected to send a scorecard for a quarter, and those that have not. */
    public record MissingScorecards(FinancialQuarter quarter, List<Agency> expected, List<Agency> missing) {}

    /**
     * For the latest quarter that has ended: every active agency that supplies at least one active
     * indicator is expected to send a scorecard; those without one are missing.
     */
    @PreAuthorize(Roles.READ_LIBRARY)
    public MissingScorecards missingScorecards() {
        FinancialQuarter latest =
                FinancialQuarter.containing(LocalDate.now(clock)).previous();
        List<Indicator> active =
                indicators.all().stream().filter(Indicator::active).toList();
        List<Agency> expected = agencies.all().stream()
                .filter(Agency::active)
                .filter(a -> active.stream().anyMatch(i -> i.isSuppliedBy(a.code())))
                .toList();
        List<Agency> missing = expected.stream()
                .filter(a -> submissions.current(a.code(), latest).isEmpty())
                .toList();
        return new MissingScorecards(latest, expected, missing);
    }
}
