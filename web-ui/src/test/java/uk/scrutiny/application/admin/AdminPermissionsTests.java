package uk.scrutiny.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.audit.AuditFilter;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.QuestionRef;
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

/** Administration and the whole audit trail are the manager's: every use case refuses every other role. */
@DemoApplicationTest
@Transactional
class AdminPermissionsTests {

    @Autowired
    UserAdminService users;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    FrameworkAdminService frameworks;

    @Autowired
    AuditService audit;

    @Autowired
    ReviewService reviews;

    @Autowired
    SignedIn signedIn;

    private Map<String, Runnable> adminUseCases() {
        User manager = signedIn.as("manager", () -> users.users()).stream()
                .map(u -> u.user())
                .filter(u -> u.username().equals("manager"))
                .findFirst()
                .orElseThrow();
        Framework sixSteps =
                signedIn.as("manager", () -> referenceData.frameworks().getFirst());
        byte[] file =
                signedIn.as("manager", () -> frameworks.export(sixSteps.id()).content());
        FrameworkContent sameContent = new FrameworkContent(
                "Renamed", sixSteps.source(), sixSteps.guidance(), sixSteps.keyMeasures(), sixSteps.steps());
        Map<String, Runnable> useCases = new LinkedHashMap<>();
        useCases.put("list users", () -> users.users());
        useCases.put(
                "create a user",
                () -> users.create("new.person", "New Person", null, Role.SCRUTINEER, null, "a-long-enough-password"));
        useCases.put(
                "edit a user",
                () -> users.update(manager.id(), "Someone", null, Role.MANAGER, null, true, manager.version()));
        useCases.put(
                "reset a password",
                () -> users.resetPassword(manager.id(), "a-long-enough-password", manager.version()));
        useCases.put("unlock a user", () -> users.unlock(manager.id(), manager.version()));
        useCases.put(
                "save an agency",
                () -> referenceData.save(new Agency(AgencyCode.of("NEW"), "New agency", AgencyKind.RELEVANT)));
        useCases.put("save a meeting body", () -> referenceData.save(new MeetingBody("NEW", "New body")));
        useCases.put(
                "save an indicator",
                () -> referenceData.save(new Indicator(
                        IndicatorCode.of("NEW"),
                        "New",
                        IndicatorUnit.COUNT,
                        Direction.NEITHER,
                        true,
                        Set.of(),
                        true,
                        0)));
        useCases.put("list framework versions", () -> frameworks.frameworks());
        useCases.put("open a framework version", () -> frameworks.framework(sixSteps.id()));
        useCases.put("copy a framework", () -> frameworks.copy(sixSteps.id(), "copied", "Copied"));
        useCases.put("edit a framework", () -> frameworks.edit(sixSteps.id(), sixSteps.revision(), sameContent));
        useCases.put("export a framework", () -> frameworks.export(sixSteps.id()));
        useCases.put("import a framework", () -> frameworks.importFile("six-steps.json", file));
        useCases.put("read the whole audit trail", () -> audit.find(AuditFilter.ALL, 0, 10));
        useCases.put("count the audit trail", () -> audit.count(AuditFilter.ALL));
        useCases.put("list who made changes", () -> audit.actors());
        return useCases;
    }

    @ParameterizedTest
    @ValueSource(strings = {"officer", "scrutineer", "police.data", "health.lead"})
    void every_administration_use_case_refuses_anyone_but_the_manager(String username) {
        adminUseCases()
                .forEach((name, useCase) -> assertThatThrownBy(() -> signedIn.as(username, useCase))
                        .as(username + " may not " + name)
                        .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void the_history_of_accounts_and_reference_data_is_the_managers() {
        assertThatThrownBy(() -> signedIn.as("scrutineer", () -> audit.history("user:manager")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("health.lead", () -> audit.history("agency:LA")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("manager", () -> audit.history("user:manager"))).isNotNull();
    }

    @Test
    void the_history_of_a_question_is_for_everyone_who_reads_reviews_but_data_officers() {
        var key = ReviewService.assessmentKey(
                signedIn.as("scrutineer", () -> reviews.currentReview()), QuestionRef.parse("1.1"));

        assertThat(signedIn.as("scrutineer", () -> audit.history(key))).isNotNull();
        assertThat(signedIn.as("health.lead", () -> audit.history(key))).isNotNull();
        assertThatThrownBy(() -> signedIn.as("police.data", () -> audit.history(key)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
