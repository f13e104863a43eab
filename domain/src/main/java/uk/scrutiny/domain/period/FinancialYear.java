package uk.scrutiny.domain.period;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK financial year, 1 April to 31 March, written {@code 2021/22}.
 *
 * <p>{@link #parse(String)} accepts {@code 2021/22}, {@code 2021-22} and {@code FY2021/22} (any
 * case, surrounding spaces ignored); the second year must follow the first.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern FORM = Pattern.compile("(?i)^(?:FY\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})$");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("A financial year must start between 1900 and 2999, not " + startYear);
        }
    }

    public static FinancialYear of(int startYear) {
        return new FinancialYear(startYear);
    }

    /** The financial year that holds the given day. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Reads {@code 2021/22}, {@code 2021-22}, {@code FY2021/22} or {@code 2021/2022}.
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static FinancialYear parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a financial year: write it as 2021/22");
        }
        int first = Integer.parseInt(m.group(1));
        String second = m.group(2);
        int expected = first + 1;
        boolean follows = second.length() == 2
                ? Integer.parseInt(second) == expected % 100
                : Integer.parseInt(second) == expected;
        if (!follows) {
            throw new IllegalArgumentException(
                    "'" + text.strip() + "' is not a financial year: the second year must follow the first, as in "
                            + new FinancialYear(first));
        }
        return new FinancialYear(first);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialQuarter quarter(int number) {
        return new FinancialQuarter(this, number);
    }

    /** The year's span in words: {@code April 2021 to March 2022}. */
    public String spanInWords() {
        return "April " + startYear + " to March " + (startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** {@code 2021/22}. */
    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
