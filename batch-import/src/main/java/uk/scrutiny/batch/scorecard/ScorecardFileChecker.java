package uk.scrutiny.batch.scorecard;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.scrutiny.batch.files.SheetRow;
import uk.scrutiny.batch.files.SheetRows;
import uk.scrutiny.domain.evidence.ContentInspector;
import uk.scrutiny.domain.evidence.RejectedFileException;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.imports.ScorecardCheck;
import uk.scrutiny.domain.imports.ScorecardFiles;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.Indicators;

/**
 * Checks a whole scorecard file, streaming: its bytes are what its name claims, its header names
 * the required columns, and each row keeps every rule. Used by the import's check step and by the
 * upload page, which shows the errors before anything is stored.
 */
@Component
public class ScorecardFileChecker implements ScorecardFiles {

    private static final int PROGRESS_EVERY = 5_000;

    private final ContentInspector inspector;
    private final Agencies agencies;
    private final Indicators indicators;
    private final Clock clock;

    public ScorecardFileChecker(ContentInspector inspector, Agencies agencies, Indicators indicators, Clock clock) {
        this.inspector = inspector;
        this.agencies = agencies;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** The agency register and indicator catalogue as they are now. */
    public ScorecardCatalogue catalogue() {
        return new ScorecardCatalogue(agencies.all(), indicators.all(), LocalDate.now(clock));
    }

    /** What {@link #check(Path, String, AgencyCode, Consumer, DoubleConsumer)} counted. */
    public record Counts(
            int rows,
            long errors,
            long warnings,
            Set<AgencyCode> agencies,
            Set<FinancialQuarter> quarters,
            int foreignRows) {}

    /**
     * What can be checked before the rows: the bytes are what the name claims, the file opens, and
     * its header names the required columns (errors) and no unknown ones (warnings).
     *
     * @throws RejectedFileException when the file cannot be read at all
     */
    public List<ImportIssue> checkOpening(Path file, String name) {
        inspector.check(file, name);
        try (SheetRows reader = ScorecardFileReader.open(file, name)) {
            return new ScorecardRowValidator(catalogue(), null).checkHeader(reader.header());
        }
    }

    @Override
    public ScorecardCheck check(Path file, String name, @Nullable AgencyCode onlyAgency, DoubleConsumer progress) {
        List<ImportIssue> errors = new ArrayList<>();
        List<ImportIssue> warnings = new ArrayList<>();
        Counts counts;
        try {
            counts = check(
                    file,
                    name,
                    onlyAgency,
                    issue -> {
                        List<ImportIssue> list = issue.warning() ? warnings : errors;
                        if (list.size() < ScorecardCheck.MAX_LISTED) {
                            list.add(issue);
                        }
                    },
                    progress);
        } catch (RejectedFileException e) {
            return new ScorecardCheck(
                    0, List.of(ImportIssue.ofFile(e.getMessage())), 1, List.of(), Set.of(), Set.of(), 0);
        }
        return new ScorecardCheck(
                counts.rows(),
                errors,
                counts.errors(),
                warnings,
                counts.agencies(),
                counts.quarters(),
                counts.foreignRows());
    }

    /**
     * Checks the file, telling {@code issues} each error and warning in row order.
     *
     * @throws RejectedFileException when the file cannot be read at all; the issues told so far stand
     */
    public Counts check(
            Path file,
            String name,
            @Nullable AgencyCode onlyAgency,
            Consumer<ImportIssue> issues,
            DoubleConsumer progress) {
        inspector.check(file, name);
        ScorecardRowValidator validator = new ScorecardRowValidator(catalogue(), onlyAgency);
        long[] errors = {0};
        long[] warnings = {0};
        Consumer<ImportIssue> counting = issue -> {
            if (issue.warning()) {
                warnings[0]++;
            } else {
                errors[0]++;
            }
            issues.accept(issue);
        };
        Set<AgencyCode> agenciesFound = new HashSet<>();
        Set<FinancialQuarter> quartersFound = new HashSet<>();
        int rows = 0;
        try (SheetRows reader = ScorecardFileReader.open(file, name)) {
            validator.checkHeader(reader.header()).forEach(counting);
            if (errors[0] > 0) {
                return new Counts(0, errors[0], warnings[0], Set.of(), Set.of(), 0);
            }
            SheetRow row;
            while ((row = reader.next()) != null) {
                rows++;
                ValidRow valid = validator.check(row, counting);
                if (valid != null) {
                    agenciesFound.add(valid.agency());
                    quartersFound.add(valid.quarter());
                }
                if (rows % PROGRESS_EVERY == 0) {
                    progress.accept(reader.progress());
                }
            }
            progress.accept(1);
        }
        if (rows == 0 && errors[0] == 0) {
            counting.accept(ImportIssue.ofFile(
                    "'" + name + "' has a header row but no figures: add a row for each indicator."));
        }
        return new Counts(rows, errors[0], warnings[0], agenciesFound, quartersFound, validator.foreignRows());
    }
}
