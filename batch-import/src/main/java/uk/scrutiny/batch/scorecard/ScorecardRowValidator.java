package uk.scrutiny.batch.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.batch.files.SheetRow;
import uk.scrutiny.domain.imports.ImportIssue;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.IndicatorUnit;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.ScorecardValue;
import uk.scrutiny.domain.scorecard.SuppressionSymbol;

/**
 * Checks scorecard rows against every rule of the import format and reports each broken rule of
 * each row, with the column, the value and the reason in plain words. One validator checks one
 * file: it remembers which agency + period + indicator it has seen, as one bit each.
 */
public final class ScorecardRowValidator {

    public static final String AGENCY = "agency";
    public static final String PERIOD = "period";
    public static final String INDICATOR = "indicator";
    public static final String VALUE = "value";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String COMMENT = "comment";
    public static final List<String> REQUIRED = List.of(AGENCY, PERIOD, INDICATOR, VALUE);
    public static final List<String> COLUMNS =
            List.of(AGENCY, PERIOD, INDICATOR, VALUE, NUMERATOR, DENOMINATOR, COMMENT);

    /** A decimal with '.' as its point, thousands optionally grouped with ',', and an optional trailing '%'. */
    private static final Pattern NUMBER = Pattern.compile("^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?(%?)$");

    private static final Pattern WHOLE = Pattern.compile("^\\d{1,3}(?:,\\d{3})+$|^\\d+$");
    private static final int MAX_INTEGER_DIGITS = 14;
    private static final int MAX_DECIMALS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_PERIODS_KEPT = 4096;

    private final ScorecardCatalogue catalogue;
    private final @Nullable AgencyCode onlyAgency;
    private final BitSet seen = new BitSet();
    /** Periods already read, by their text: a file names a handful of quarters in many rows. Bounded, whatever the file. */
    private final Map<String, FinancialQuarter> periods = new HashMap<>();

    private int foreignRows;

    public ScorecardRowValidator(ScorecardCatalogue catalogue, @Nullable AgencyCode onlyAgency) {
        this.catalogue = catalogue;
        this.onlyAgency = onlyAgency;
    }

    /** Errors for missing required columns; warnings for columns the format does not know. */
    public List<ImportIssue> checkHeader(List<String> header) {
        List<ImportIssue> issues = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                issues.add(
                        ImportIssue.error(
                                null,
                                required,
                                null,
                                "The column '" + required + "' is missing: the header row "
                                        + "must name the columns agency, period, indicator and value (numerator, denominator and comment may follow)."));
            }
        }
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> named = new HashSet<>();
        for (String column : header) {
            if (!column.isEmpty() && !COLUMNS.contains(column)) {
                unknown.add(column);
            }
            if (!column.isEmpty() && !named.add(column)) {
                issues.add(ImportIssue.warning(
                        1,
                        column,
                        null,
                        "The column '" + column + "' appears more than once: " + "only the first is read."));
            }
        }
        if (!unknown.isEmpty()) {
            issues.add(ImportIssue.warning(
                    null,
                    String.join(", ", unknown),
                    null,
                    "Columns the format does not have were ignored: " + String.join(", ", unknown) + "."));
        }
        return issues;
    }

    /**
     * Checks one row.
     *
     * @param issues told each broken rule of the row
     * @return the row's figure when it breaks none
     */
    public @Nullable ValidRow check(SheetRow row, Consumer<ImportIssue> issues) {
        int n = row.number();
        List<ImportIssue> found = new ArrayList<>();

        String agencyText = row.get(AGENCY);
        AgencyCode agency = null;
        String agencyCode = agencyText.toUpperCase(Locale.ROOT);
        if (agencyText.isEmpty()) {
            found.add(ImportIssue.error(
                    n,
                    AGENCY,
                    agencyText,
                    "The agency is missing: give the agency's code, e.g. " + firstAgency() + "."));
        } else if (!catalogue.knowsAgency(agencyCode)) {
            found.add(ImportIssue.error(
                    n,
                    AGENCY,
                    agencyText,
                    "'" + agencyText + "' is not an agency code in the register: use one of " + catalogue.agencyList()
                            + "."));
        } else {
            agency = new AgencyCode(agencyCode);
            if (onlyAgency != null && !onlyAgency.equals(agency)) {
                found.add(ImportIssue.error(
                        n,
                        AGENCY,
                        agencyText,
                        "You send figures for " + onlyAgency + " only, and this row is for " + agency
                                + ": remove it, or ask that agency's data officer or the business unit to send it."));
                agency = null;
                foreignRows++;
            }
        }

        String periodText = row.get(PERIOD);
        FinancialQuarter quarter = null;
        if (periodText.isEmpty()) {
            found.add(ImportIssue.error(
                    n, PERIOD, periodText, "The period is missing: write the financial quarter as 2022/23 Q2."));
        } else {
            try {
                FinancialQuarter parsed = periods.get(periodText);
                if (parsed == null) {
                    parsed = FinancialQuarter.parse(periodText);
                    if (periods.size() < MAX_PERIODS_KEPT) {
                        periods.put(periodText, parsed);
                    }
                }
                if (!parsed.hasStartedBy(catalogue.today())) {
                    found.add(ImportIssue.error(
                            n,
                            PERIOD,
                            periodText,
                            parsed + " has not started yet: figures can be sent "
                                    + "for a quarter from its first day."));
                } else if (!catalogue.isKeyable(parsed)) {
                    found.add(ImportIssue.error(n, PERIOD, periodText, parsed + " is before 1900/01: check the year."));
                } else {
                    quarter = parsed;
                }
            } catch (IllegalArgumentException e) {
                found.add(ImportIssue.error(n, PERIOD, periodText, e.getMessage() + "."));
            }
        }

        String indicatorText = row.get(INDICATOR);
        Indicator indicator = null;
        if (indicatorText.isEmpty()) {
            found.add(ImportIssue.error(
                    n,
                    INDICATOR,
                    indicatorText,
                    "The indicator is missing: give its code from the catalogue, " + "e.g. CP-PLANS-RATE."));
        } else {
            Optional<Indicator> known = catalogue.indicator(indicatorText.toUpperCase(Locale.ROOT));
            if (known.isEmpty()) {
                found.add(ImportIssue.error(
                        n,
                        INDICATOR,
                        indicatorText,
                        "'" + indicatorText + "' is not in the indicator catalogue: "
                                + "check the code against your agency's template."));
            } else if (agency != null && !known.get().isSuppliedBy(agency)) {
                found.add(ImportIssue.error(
                        n,
                        INDICATOR,
                        indicatorText,
                        known.get().code() + " is not collected from " + agency + ": it comes from "
                                + known.get().suppliersLabel() + "."));
            } else {
                indicator = known.get();
            }
        }

        String comment = row.get(COMMENT);
        if (comment.length() > ScorecardValue.MAX_COMMENT) {
            found.add(ImportIssue.error(
                    n,
                    COMMENT,
                    comment,
                    "The comment is " + comment.length() + " characters long; at most " + ScorecardValue.MAX_COMMENT
                            + " are allowed."));
        }
        Long numerator = whole(row, NUMERATOR, false, found);
        Long denominator = whole(row, DENOMINATOR, true, found);
        Measurement measurement = measurement(row, indicator, comment, found);
        if (measurement instanceof Measurement.Number(BigDecimal number)
                && numerator != null
                && denominator != null
                && indicator != null) {
            BigDecimal expected = indicator.unit().fromRatio(numerator, denominator);
            if (number.setScale(1, RoundingMode.HALF_UP).compareTo(expected) != 0) {
                found.add(ImportIssue.error(
                        n,
                        VALUE,
                        row.get(VALUE),
                        "The value " + row.get(VALUE) + " does not agree with "
                                + numerator + " / " + denominator + ", which is " + expected.toPlainString() + " as a "
                                + indicator.unit().label() + ": correct the value or the numerator and denominator."));
            }
        }

        if (found.isEmpty() && agency != null && quarter != null && indicator != null) {
            long key = catalogue.key(agency, quarter, indicator);
            int bit = Math.toIntExact(key);
            if (seen.get(bit)) {
                found.add(
                        ImportIssue.error(
                                n,
                                INDICATOR,
                                indicatorText,
                                agency + ", " + quarter + ", " + indicator.code()
                                        + " is already on an earlier row: keep one row for each agency, period and indicator."));
            } else {
                seen.set(bit);
            }
        }
        if (!found.isEmpty() || agency == null || quarter == null || indicator == null || measurement == null) {
            found.forEach(issues);
            return null;
        }
        return new ValidRow(
                n,
                agency,
                quarter,
                new ScorecardValue(
                        indicator.code(), measurement, numerator, denominator, comment.isEmpty() ? null : comment));
    }

    /** The rows checked so far that were for an agency the sender may not send for. */
    public int foreignRows() {
        return foreignRows;
    }

    private String firstAgency() {
        String list = catalogue.agencyList();
        int comma = list.indexOf(',');
        return comma < 0 ? list : list.substring(0, comma);
    }

    private static @Nullable Long whole(SheetRow row, String column, boolean positive, List<ImportIssue> found) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        String bare = wholeNumber(text);
        if (bare == null || bare.length() > 18) {
            found.add(ImportIssue.error(
                    row.number(),
                    column,
                    text,
                    "The " + column + " '" + text + "' is not a whole number"
                            + (positive ? " greater than 0." : " of 0 or more.")));
            return null;
        }
        long value = Long.parseLong(bare);
        if (positive && value == 0) {
            found.add(ImportIssue.error(row.number(), column, text, "The denominator must be greater than 0."));
            return null;
        }
        return value;
    }

    /** The digits of a whole number written with or without thousands separators (or as 12.0 by a spreadsheet). */
    private static @Nullable String wholeNumber(String text) {
        String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        return WHOLE.matcher(t).matches() ? t.replace(",", "") : null;
    }

    private static @Nullable Measurement measurement(
            SheetRow row, @Nullable Indicator indicator, String comment, List<ImportIssue> found) {
        int n = row.number();
        String text = row.get(VALUE);
        if (text.isEmpty()) {
            if (comment.isEmpty()) {
                found.add(
                        ImportIssue.error(
                                n,
                                VALUE,
                                text,
                                "The value is missing and no comment says why: give the figure, a "
                                        + "suppression symbol (c, low, k, u, x, z), or a comment explaining why there is none."));
                return null;
            }
            return new Measurement.Missing();
        }
        Optional<SuppressionSymbol> symbol = SuppressionSymbol.parse(text);
        if (symbol.isPresent()) {
            return new Measurement.Suppressed(symbol.get());
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            found.add(
                    ImportIssue.error(
                            n,
                            VALUE,
                            text,
                            "'" + text + "' is not a number or a suppression symbol: write the figure "
                                    + "with '.' as the decimal point (e.g. 12.5 or 1,234), or one of the symbols c, low, k, u, x, z."));
            return null;
        }
        boolean percentSign = !m.group(4).isEmpty();
        String digits = m.group(1)
                + (m.group(2) == null ? "0" : m.group(2).replace(",", ""))
                + (m.group(3) == null ? "" : m.group(3));
        BigDecimal number = new BigDecimal(digits);
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            found.add(ImportIssue.error(
                    n,
                    VALUE,
                    text,
                    "'" + text + "' is too large to be a figure: at most " + MAX_INTEGER_DIGITS
                            + " digits before the decimal point."));
            return null;
        }
        if (indicator == null) {
            return new Measurement.Number(
                    number.setScale(Math.min(Math.max(number.scale(), 0), MAX_DECIMALS), RoundingMode.HALF_UP));
        }
        if (percentSign && indicator.unit() != IndicatorUnit.PERCENT) {
            found.add(ImportIssue.error(
                    n,
                    VALUE,
                    text,
                    indicator.code() + " is a " + indicator.unit().label()
                            + ", not a percentage: write the figure without '%'."));
            return null;
        }
        if (indicator.unit() == IndicatorUnit.PERCENT && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
            found.add(ImportIssue.error(
                    n, VALUE, text, text + " is outside 0–100, so it cannot be a percentage: " + "check the figure."));
            return null;
        }
        return new Measurement.Number(
                number.setScale(Math.min(Math.max(number.scale(), 0), MAX_DECIMALS), RoundingMode.HALF_UP));
    }
}
