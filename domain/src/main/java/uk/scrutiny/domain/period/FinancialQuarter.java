package uk.scrutiny.domain.period;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a UK financial year: Q1 April–June, Q2 July–September, Q3 October–December,
 * Q4 January–March. Printed {@code 2021/22 Q2}.
 *
 * <p>{@link #parse(String)} is the one place that knows the forms partners write (see
 * {@code import-formats}: {@code 2021/22 Q2}, {@code 2021-22 Q2}, {@code Q2 2021/22},
 * {@code FY2021/22 Q2}, any case, surrounding spaces ignored).
 */
public record FinancialQuarter(FinancialYear year, int number) implements Comparable<FinancialQuarter> {

    private static final Pattern YEAR_FIRST =
            Pattern.compile("(?i)^((?:FY\\s*)?\\d{4}\\s*[/-]\\s*\\d{2,4})\\s+Q([0-9]+)$");
    private static final Pattern QUARTER_FIRST =
            Pattern.compile("(?i)^Q([0-9]+)\\s+((?:FY\\s*)?\\d{4}\\s*[/-]\\s*\\d{2,4})$");

    public FinancialQuarter {
        Objects.requireNonNull(year, "year");
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is Q1 to Q4, not Q" + number);
        }
    }

    /** The quarter that holds the given day. */
    public static FinancialQuarter containing(LocalDate date) {
        FinancialYear year = FinancialYear.containing(date);
        int monthsIntoYear = (date.getMonthValue() + 8) % 12; // April = 0
        return new FinancialQuarter(year, monthsIntoYear / 3 + 1);
    }

    /**
     * Reads a quarter in any of the accepted forms.
     *
     * @throws IllegalArgumentException saying what is wrong and how it should be written
     */
    public static FinancialQuarter parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        String yearPart;
        String quarterPart;
        Matcher m = YEAR_FIRST.matcher(trimmed);
        if (m.matches()) {
            yearPart = m.group(1);
            quarterPart = m.group(2);
        } else {
            m = QUARTER_FIRST.matcher(trimmed);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "'" + trimmed + "' is not a financial quarter: write it as 2021/22 Q2");
            }
            quarterPart = m.group(1);
            yearPart = m.group(2);
        }
        FinancialYear year;
        try {
            year = FinancialYear.parse(yearPart);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + trimmed
                            + "' is not a financial quarter: the second year must follow the first, as in 2021/22 Q2",
                    e);
        }
        int number = Integer.parseInt(quarterPart);
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException(
                    "'" + trimmed + "' is not a financial quarter: the quarter is Q1 to Q4, as in 2021/22 Q2");
        }
        return new FinancialQuarter(year, number);
    }

    public LocalDate start() {
        return year.start().plusMonths(3L * (number - 1));
    }

    /** The last day of the quarter: scorecard evidence is dated here. */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public boolean hasStartedBy(LocalDate today) {
        return !today.isBefore(start());
    }

    public FinancialQuarter previous() {
        return number == 1 ? new FinancialQuarter(year.previous(), 4) : new FinancialQuarter(year, number - 1);
    }

    public FinancialQuarter next() {
        return number == 4 ? new FinancialQuarter(year.next(), 1) : new FinancialQuarter(year, number + 1);
    }

    @Override
    public int compareTo(FinancialQuarter other) {
        int byYear = year.compareTo(other.year);
        return byYear != 0 ? byYear : Integer.compare(number, other.number);
    }

    /** {@code 2021/22 Q2}. */
    @Override
    public String toString() {
        return year + " Q" + number;
    }
}
