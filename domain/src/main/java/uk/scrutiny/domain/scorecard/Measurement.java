package uk.scrutiny.domain.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/** A scorecard cell: a number, a suppression symbol, or nothing (with a comment that says why). */
public sealed interface Measurement {

    /** What a table shows: the number, the symbol, or an empty string. */
    String display();

    record Number(BigDecimal value) implements Measurement {
        public Number {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    record Suppressed(SuppressionSymbol symbol) implements Measurement {
        public Suppressed {
            Objects.requireNonNull(symbol, "symbol");
        }

        @Override
        public String display() {
            return symbol.symbol();
        }
    }

    record Missing() implements Measurement {
        @Override
        public String display() {
            return "";
        }
    }
}
