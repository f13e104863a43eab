package uk.scrutiny.domain.user;

import java.time.Duration;

/** How many failed sign-ins in a row lock an account, and for how long. */
public record SignInPolicy(int maxFailedAttempts, Duration lockout) {

    public static final SignInPolicy DEFAULT = new SignInPolicy(5, Duration.ofMinutes(15));

    public SignInPolicy {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("At least one failed attempt must be allowed");
        }
        if (lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("A lock-out must last some time");
        }
    }
}
