package uk.scrutiny.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.application.security.UserAccounts;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.AgencyKind;
import uk.scrutiny.domain.partnership.MeetingBody;
import uk.scrutiny.domain.scorecard.Direction;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.IndicatorUnit;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.domain.user.User;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;

/** The manager's accounts and registers: the rules they keep, and the audit trail of each change. */
@DemoApplicationTest
@Transactional
class UserAndReferenceDataTests {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    UserAdminService users;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    AuditService audit;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SignedIn signedIn;

    private UserListItem account(String username) {
        return signedIn.as("manager", () -> users.users()).stream()
                .filter(u -> u.user().username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_data_officer_without_an_agency_is_refused_with_what_to_do() {
        assertThatThrownBy(() -> signedIn.as(
                        "manager", () -> users.create("la.data", "Lee Ash", null, Role.DATA_OFFICER, null, PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Agency data officers belong to one agency: choose it");
    }

    @Test
    void a_data_officer_is_created_for_an_agency_and_the_creation_is_audited() {
        User created = signedIn.as(
                "manager",
                () -> users.create(
                        "LA.Data", "Lee Ash", "lee@example.org", Role.DATA_OFFICER, AgencyCode.of("la"), PASSWORD));

        assertThat(created.username()).isEqualTo("la.data");
        assertThat(created.agency()).isEqualTo(AgencyCode.of("LA"));
        assertThat(signedIn.as("manager", () -> audit.history("user:la.data")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("created");
                    assertThat(e.newValue()).isEqualTo("Lee Ash, Agency data officer (LA)");
                });
    }

    @Test
    void a_username_that_is_taken_is_refused() {
        assertThatThrownBy(() -> signedIn.as(
                        "manager", () -> users.create("Officer", "Another", null, Role.BUSINESS_UNIT, null, PASSWORD)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The username 'Officer' is taken: choose another.");
    }

    @Test
    void a_locked_account_is_listed_as_locked_and_the_manager_unlocks_it() {
        for (int i = 0; i < 5; i++) {
            accounts.signInFailed("scrutineer");
        }
        UserListItem locked = account("scrutineer");
        assertThat(locked.locked()).isTrue();

        signedIn.as(
                "manager", () -> users.unlock(locked.user().id(), locked.user().version()));

        assertThat(account("scrutineer").locked()).isFalse();
        assertThat(signedIn.as("manager", () -> audit.history("user:scrutineer")))
                .extracting(AuditEntry::newValue)
                .last()
                .isEqualTo("unlocked");
    }

    @Test
    void a_user_is_disabled_and_an_edit_from_a_stale_read_is_refused() {
        User officer = account("officer").user();
        signedIn.as(
                "manager",
                () -> users.update(
                        officer.id(),
                        officer.displayName(),
                        officer.email(),
                        officer.role(),
                        null,
                        false,
                        officer.version()));

        assertThat(account("officer").user().enabled()).isFalse();
        assertThatThrownBy(() -> signedIn.as(
                        "manager",
                        () -> users.update(
                                officer.id(), "Renamed", null, officer.role(), null, true, officer.version())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(account("officer").user().displayName()).isEqualTo(officer.displayName());
    }

    @Test
    void the_manager_cannot_disable_their_own_account() {
        User manager = account("manager").user();

        assertThatThrownBy(() -> signedIn.as(
                        "manager",
                        () -> users.update(
                                manager.id(),
                                manager.displayName(),
                                null,
                                Role.MANAGER,
                                null,
                                false,
                                manager.version())))
                .hasMessage(
                        "You cannot disable your own account or change your own role: ask another manager to do it.");
    }

    @Test
    void a_short_password_is_refused_with_the_length_needed() {
        User officer = account("officer").user();

        assertThatThrownBy(() ->
                        signedIn.as("manager", () -> users.resetPassword(officer.id(), "short", officer.version())))
                .hasMessage("A password needs at least 12 characters.");
    }

    @Test
    void a_new_agency_with_a_code_that_exists_is_refused_as_existing_not_as_a_conflict() {
        assertThatThrownBy(() -> signedIn.as(
                        "manager",
                        () -> referenceData.save(
                                new Agency(AgencyCode.of("LA"), "Another local authority", AgencyKind.STATUTORY))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("There is already an agency with the code LA: choose another code, or edit that agency.");
        assertThatThrownBy(() ->
                        signedIn.as("manager", () -> referenceData.save(new MeetingBody("EXEC", "Executive again"))))
                .hasMessage(
                        "There is already a meeting body with the code EXEC: choose another code, or edit that meeting body.");
        assertThatThrownBy(() -> signedIn.as(
                        "manager",
                        () -> referenceData.save(new Indicator(
                                IndicatorCode.of("CLA-RATE"),
                                "Again",
                                IndicatorUnit.COUNT,
                                Direction.NEITHER,
                                true,
                                Set.of(),
                                true,
                                0))))
                .hasMessage(
                        "There is already an indicator with the code CLA-RATE: choose another code, or edit that indicator.");
    }

    @Test
    void an_agency_edit_from_a_stale_read_is_refused_and_nothing_is_overwritten() {
        Agency cvs = signedIn.as("manager", () -> referenceData.agencies()).stream()
                .filter(a -> a.code().value().equals("CVS"))
                .findFirst()
                .orElseThrow();
        signedIn.as(
                "manager",
                () -> referenceData.save(new Agency(cvs.code(), "Voluntary sector", cvs.kind(), true, cvs.version())));

        assertThatThrownBy(() -> signedIn.as(
                        "manager",
                        () -> referenceData.save(
                                new Agency(cvs.code(), "Third sector", cvs.kind(), true, cvs.version()))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(signedIn.as("manager", () -> referenceData.agencies()))
                .filteredOn(a -> a.code().equals(cvs.code()))
                .extracting(Agency::name)
                .containsExactly("Voluntary sector");
    }

    @Test
    void an_indicator_is_added_for_named_suppliers_and_audited() {
        Indicator added = signedIn.as(
                "manager",
                () -> referenceData.save(new Indicator(
                        IndicatorCode.of("YJS-REOFFEND-PCT"),
                        "Young people who reoffend",
                        IndicatorUnit.PERCENT,
                        Direction.LOWER,
                        false,
                        java.util.Set.of(AgencyCode.of("YJS")),
                        true,
                        0)));

        assertThat(added.version()).isEqualTo(1);
        assertThat(signedIn.as("manager", () -> audit.history("indicator:YJS-REOFFEND-PCT")))
                .extracting(AuditEntry::newValue)
                .containsExactly("Young people who reoffend, percent, lower is better, supplied by YJS");
    }

    @Test
    void an_indicator_supplied_by_an_agency_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> signedIn.as(
                        "manager",
                        () -> referenceData.save(new Indicator(
                                IndicatorCode.of("NEW-ONE"),
                                "New",
                                IndicatorUnit.COUNT,
                                Direction.NEITHER,
                                false,
                                java.util.Set.of(AgencyCode.of("NOBODY")),
                                true,
                                0))))
                .hasMessage("There is no agency NOBODY to supply indicator NEW-ONE: choose agencies from the list.");
    }

    @Test
    void the_users_are_listed_with_their_roles() {
        List<UserListItem> listed = signedIn.as("manager", () -> users.users());

        assertThat(listed)
                .extracting(u -> u.user().username())
                .contains("health.lead", "manager", "officer", "police.data", "scrutineer");
    }
}
