package uk.scrutiny.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.domain.user.SignInPolicy;
import uk.scrutiny.domain.user.User;
import uk.scrutiny.domain.user.Users;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcUsersTests {

    private static final String HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoO5s0DvRaJpvLsyG7F0t0DKOG4AO9o2dS";

    @Autowired
    Users users;

    @Test
    void a_user_is_added_and_found_by_id_and_by_username_in_any_case() {
        User added = users.save(User.create(
                "JSmith", "Jo Smith", "jo.smith@example.org", Role.DATA_OFFICER, new AgencyCode("POLICE"), HASH));

        assertThat(added.id()).isNotNull();
        assertThat(added.version()).isEqualTo(1);
        assertThat(users.find(added.id())).contains(added);
        assertThat(users.findByUsername(" JSMITH ")).contains(added);
        assertThat(users.findByUsername("nobody")).isEmpty();
    }

    @Test
    void a_lock_out_is_kept_to_the_microsecond() {
        User added = users.save(User.create("scrutineer", "Simon Westwood", null, Role.SCRUTINEER, null, HASH));
        SignInPolicy once = new SignInPolicy(1, Duration.ofMinutes(15));

        User locked = users.save(added.afterFailedSignIn(Fixtures.AT, once));

        User found = users.findByUsername("scrutineer").orElseThrow();
        assertThat(found).isEqualTo(locked);
        assertThat(found.lockedUntil()).isEqualTo(Fixtures.AT.plusSeconds(900));
        assertThat(found.isLocked(Fixtures.AT.plusSeconds(60))).isTrue();
    }

    @Test
    void users_are_listed_by_username_and_counted() {
        users.save(User.create("officer", "Business Officer", null, Role.BUSINESS_UNIT, null, HASH));
        users.save(User.create("lead", "Partner Lead", null, Role.PARTNER_LEAD, new AgencyCode("HEALTH"), HASH));

        assertThat(users.all()).extracting(User::username).containsExactly("lead", "officer");
        assertThat(users.count()).isEqualTo(2);
    }

    @Test
    void a_username_someone_else_has_just_taken_is_refused() {
        users.save(User.create("jsmith", "Jo Smith", null, Role.MANAGER, null, HASH));

        assertThatThrownBy(() -> users.save(User.create("JSmith", "Jay Smith", null, Role.SCRUTINEER, null, HASH)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(users.findByUsername("jsmith").orElseThrow().displayName()).isEqualTo("Jo Smith");
    }

    @Test
    void stale_user_save_is_refused() {
        User read = users.save(User.create("jsmith", "Jo Smith", null, Role.MANAGER, null, HASH));
        users.save(read.withPasswordHash("{bcrypt}changed"));

        assertThatThrownBy(() -> users.save(read.withDetails("Joanna Smith", null, Role.MANAGER, null, true)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("User jsmith was changed by someone else");
    }
}
