package uk.scrutiny.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.partnership.AgencyCode;

class UserTests {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void a_data_officer_must_belong_to_an_agency() {
        assertThatThrownBy(() -> User.create("dan", "Dan", null, Role.DATA_OFFICER, null, "hash"))
                .hasMessageContaining("belong to one agency");
    }

    @Test
    void a_scrutineer_belongs_to_no_agency() {
        assertThatThrownBy(() -> User.create("sam", "Sam", null, Role.SCRUTINEER, AgencyCode.of("LA"), "hash"))
                .hasMessageContaining("whole partnership");
    }

    @Test
    void repeated_failed_sign_ins_lock_the_account_for_a_while() {
        SignInPolicy policy = new SignInPolicy(3, Duration.ofMinutes(15));
        User user = User.create("Dan", "Dan", null, Role.DATA_OFFICER, AgencyCode.of("police"), "hash");
        User twice = user.afterFailedSignIn(NOW, policy).afterFailedSignIn(NOW, policy);
        assertThat(twice.isLocked(NOW)).isFalse();
        User thrice = twice.afterFailedSignIn(NOW, policy);
        assertThat(thrice.isLocked(NOW)).isTrue();
        assertThat(thrice.isLocked(NOW.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_the_count() {
        SignInPolicy policy = new SignInPolicy(3, Duration.ofMinutes(15));
        User user = User.create("dan", "Dan", null, Role.MANAGER, null, "hash").afterFailedSignIn(NOW, policy);
        assertThat(user.failedSignIns()).isEqualTo(1);
        assertThat(user.afterSuccessfulSignIn().failedSignIns()).isZero();
    }

    @Test
    void usernames_are_kept_in_lower_case() {
        assertThat(User.create("Dan.Okafor", "Dan", null, Role.MANAGER, null, "hash")
                        .username())
                .isEqualTo("dan.okafor");
    }
}
