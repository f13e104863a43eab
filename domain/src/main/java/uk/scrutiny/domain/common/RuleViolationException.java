package uk.scrutiny.domain.common;

import java.util.List;

/** A change would break a rule of the scrutiny cycle; the message names each rule and what to do. */
public class RuleViolationException extends RuntimeException {

    private final List<String> breaches;

    public RuleViolationException(List<String> breaches) {
        super(String.join(" ", breaches));
        this.breaches = List.copyOf(breaches);
    }

    public RuleViolationException(String breach) {
        this(List.of(breach));
    }

    public List<String> breaches() {
        return breaches;
    }
}
