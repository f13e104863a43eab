package uk.scrutiny.application.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.domain.user.User;
import uk.scrutiny.domain.user.UserId;
import uk.scrutiny.domain.user.Users;

/**
 * The manager's administration of user accounts: roles, agencies, passwords, locks. Passwords are
 * stored hashed. A data officer or partner lead belongs to one agency, the other roles to none; a
 * manager cannot disable their own account or change their own role, so that nobody locks
 * themselves out by mistake.
 */
@Service
@Transactional(readOnly = true)
public class UserAdminService {

    private final Users users;
    private final Agencies agencies;
    private final PasswordEncoder encoder;
    private final Auditor auditor;
    private final CurrentActor actor;
    private final Clock clock;

    public UserAdminService(
            Users users, Agencies agencies, PasswordEncoder encoder, Auditor auditor, CurrentActor actor, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.encoder = encoder;
        this.auditor = auditor;
        this.actor = actor;
        this.clock = clock;
    }

    /** Every account by username, with whether it is locked now. */
    @PreAuthorize(Roles.MANAGER)
    public List<UserListItem> users() {
        Instant now = clock.instant();
        return users.all().stream()
                .map(u -> new UserListItem(u, u.isLocked(now)))
                .toList();
    }

    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public User create(
            String username,
            String displayName,
            @Nullable String email,
            Role role,
            @Nullable AgencyCode agency,
            String password) {
        if (users.findByUsername(username.strip()).isPresent()) {
            throw new RuleViolationException("The username '" + username.strip() + "' is taken: choose another.");
        }
        requireAgency(agency);
        User saved;
        try {
            saved = users.save(User.create(username, displayName, email, role, agency, hash(password)));
        } catch (ConcurrentChangeException e) {
            throw new RuleViolationException("The username '" + username.strip() + "' is taken: choose another.");
        }
        auditor.changed(key(saved), "User " + saved.username(), "created", null, describe(saved));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public User update(
            UserId id,
            String displayName,
            @Nullable String email,
            Role role,
            @Nullable AgencyCode agency,
            boolean enabled,
            long version) {
        User before = find(id, version);
        requireAgency(agency);
        if (before.username().equals(actor.get().username()) && (!enabled || role != before.role())) {
            throw new RuleViolationException(
                    "You cannot disable your own account or change your own role: " + "ask another manager to do it.");
        }
        User saved = users.save(before.withDetails(displayName, email, role, agency, enabled));
        auditor.changed(key(saved), "User " + saved.username(), "details", describe(before), describe(saved));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public User resetPassword(UserId id, String password, long version) {
        User saved = users.save(find(id, version).withPasswordHash(hash(password)));
        auditor.changed(key(saved), "User " + saved.username(), "password", null, "reset");
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public User unlock(UserId id, long version) {
        User saved = users.save(find(id, version).unlocked());
        auditor.changed(key(saved), "User " + saved.username(), "locked", "locked", "unlocked");
        return saved;
    }

    private User find(UserId id, long version) {
        User user = users.find(id).orElseThrow(() -> new NotFoundException("There is no user " + id));
        if (user.version() != version) {
            throw new ConcurrentChangeException("User " + user.username());
        }
        return user;
    }

    private void requireAgency(@Nullable AgencyCode agency) {
        if (agency != null && agencies.find(agency).isEmpty()) {
            throw new RuleViolationException("There is no agency " + agency + ": choose one from the list.");
        }
    }

    private String hash(String password) {
        if (password.length() < User.MIN_PASSWORD_LENGTH) {
            throw new RuleViolationException("A password needs at least " + User.MIN_PASSWORD_LENGTH + " characters.");
        }
        return encoder.encode(password);
    }

    private static String key(User user) {
        return "user:" + user.username();
    }

    private static String describe(User u) {
        return u.displayName() + ", " + u.role().label() + (u.agency() == null ? "" : " (" + u.agency() + ")")
                + (u.enabled() ? "" : ", disabled");
    }
}
