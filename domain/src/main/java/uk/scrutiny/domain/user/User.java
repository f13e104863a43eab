package uk.scrutiny.domain.user;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.common.Text;
import uk.scrutiny.domain.partnership.AgencyCode;

/**
 * A person who signs in.
 *
 * <p>Invariants: a data officer or partner lead belongs to exactly one agency, the other roles to
 * none; the password is held only as a hash; after {@link SignInPolicy#maxFailedAttempts} failed
 * sign-ins in a row the account is locked for {@link SignInPolicy#lockout}.
 */
public record User(
        @Nullable UserId id,
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        @Nullable AgencyCode agency,
        String passwordHash,
        boolean enabled,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        long version) {

    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    public User {
        username = Text.required(username, "A username", 60).toLowerCase(Locale.ROOT);
        if (!username.matches("^[a-z0-9._@-]+$")) {
            throw new IllegalArgumentException("A username may hold only letters, digits and . _ @ -");
        }
        displayName = Text.required(displayName, "A person's name", 120);
        email = Text.optional(email, "An email address", 200);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (role.actsForOneAgency() && agency == null) {
            throw new IllegalArgumentException(role.label() + "s belong to one agency: choose it");
        }
        if (!role.actsForOneAgency() && agency != null) {
            throw new IllegalArgumentException(role.label() + "s act for the whole partnership, not one agency");
        }
        if (failedSignIns < 0) {
            throw new IllegalArgumentException("failedSignIns cannot be negative");
        }
    }

    public static User create(
            String username,
            String displayName,
            @Nullable String email,
            Role role,
            @Nullable AgencyCode agency,
            String passwordHash) {
        return new User(null, username, displayName, email, role, agency, passwordHash, true, 0, null, 0);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The account after one more failed sign-in: locked when the policy's limit is reached. */
    public User afterFailedSignIn(Instant now, SignInPolicy policy) {
        int failed = failedSignIns + 1;
        Instant lock = failed >= policy.maxFailedAttempts() ? now.plus(policy.lockout()) : lockedUntil;
        return new User(
                id,
                username,
                displayName,
                email,
                role,
                agency,
                passwordHash,
                enabled,
                failed >= policy.maxFailedAttempts() ? 0 : failed,
                lock,
                version);
    }

    public User afterSuccessfulSignIn() {
        return new User(id, username, displayName, email, role, agency, passwordHash, enabled, 0, null, version);
    }

    public User withPasswordHash(String hash) {
        return new User(id, username, displayName, email, role, agency, hash, enabled, 0, null, version);
    }

    public User withDetails(
            String newDisplayName,
            @Nullable String newEmail,
            Role newRole,
            @Nullable AgencyCode newAgency,
            boolean isEnabled) {
        return new User(
                id,
                username,
                newDisplayName,
                newEmail,
                newRole,
                newAgency,
                passwordHash,
                isEnabled,
                failedSignIns,
                lockedUntil,
                version);
    }

    public User unlocked() {
        return new User(id, username, displayName, email, role, agency, passwordHash, enabled, 0, null, version);
    }

    public boolean belongsTo(AgencyCode code) {
        return code.equals(agency);
    }
}
