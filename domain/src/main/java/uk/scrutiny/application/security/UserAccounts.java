package uk.scrutiny.application.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.audit.AuditTrail;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.domain.user.SignInPolicy;
import uk.scrutiny.domain.user.User;
import uk.scrutiny.domain.user.Users;

/**
 * Sign-in: finds the account, and counts failed attempts so that repeated failures lock it for a
 * while ({@link SignInPolicy}). Called by the sign-in machinery before anyone is signed in, so it
 * has no role checks of its own.
 */
@Service
@Transactional
public class UserAccounts implements UserDetailsService {

    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignInPolicy policy;

    public UserAccounts(Users users, AuditTrail audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.policy = SignInPolicy.DEFAULT;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User user =
                users.findByUsername(username.strip()).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new SignedInUser(
                new Actor(user.username(), user.displayName(), user.role(), user.agency()),
                user.passwordHash(),
                user.enabled(),
                user.isLocked(clock.instant()));
    }

    /** Counts a failed sign-in against the account, if it exists; locks it at the policy's limit. */
    public void signInFailed(String username) {
        users.findByUsername(username.strip()).ifPresent(user -> {
            User after = users.save(user.afterFailedSignIn(clock.instant(), policy));
            if (after.isLocked(clock.instant()) && !user.isLocked(clock.instant())) {
                audit.record(AuditEntry.of(
                        clock.instant(),
                        user.username(),
                        "user:" + user.username(),
                        "User " + user.username(),
                        "locked",
                        null,
                        "after " + policy.maxFailedAttempts() + " failed sign-ins, until " + after.lockedUntil()));
            }
        });
    }

    /**
     * On a database with no users at all (a new production installation), creates the first
     * business unit manager, who then creates everyone else. Does nothing once any user exists.
     *
     * @return whether the manager was created
     */
    public boolean createFirstManager(String username, String displayName, String password, PasswordEncoder encoder) {
        if (users.count() > 0) {
            return false;
        }
        if (password.length() < User.MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "The first manager's password needs at least " + User.MIN_PASSWORD_LENGTH + " characters");
        }
        User manager =
                users.save(User.create(username, displayName, null, Role.MANAGER, null, encoder.encode(password)));
        audit.record(AuditEntry.of(
                clock.instant(),
                Actor.SYSTEM.username(),
                "user:" + manager.username(),
                "User " + manager.username(),
                "created",
                null,
                "first manager of a new installation"));
        return true;
    }

    public void signInSucceeded(String username) {
        users.findByUsername(username.strip())
                .filter(user -> user.failedSignIns() > 0 || user.lockedUntil() != null)
                .ifPresent(user -> users.save(user.afterSuccessfulSignIn()));
    }
}
