package uk.scrutiny.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.architecture.violations.StorageConfiguration;
import uk.scrutiny.architecture.violations.adapter.report.PdfRenderer;
import uk.scrutiny.architecture.violations.application.evidence.EvidenceService;
import uk.scrutiny.architecture.violations.application.review.ReviewService;
import uk.scrutiny.architecture.violations.application.review.ReviewServiceCallingRows;
import uk.scrutiny.architecture.violations.application.review.ReviewServiceNotifyingUsers;
import uk.scrutiny.architecture.violations.application.review.ReviewServiceOnJdbc;
import uk.scrutiny.architecture.violations.batch.ScorecardRowWriter;
import uk.scrutiny.architecture.violations.batch.ScorecardRowsThroughPersistence;
import uk.scrutiny.architecture.violations.batch.imports.ImportStep;
import uk.scrutiny.architecture.violations.batch.scorecard.ScorecardStep;
import uk.scrutiny.architecture.violations.domain.evidence.EvidenceCitedByReview;
import uk.scrutiny.architecture.violations.domain.review.OverdueCheckOnSystemClock;
import uk.scrutiny.architecture.violations.domain.review.ReviewCitingEvidence;
import uk.scrutiny.architecture.violations.domain.review.ReviewDeadlines;
import uk.scrutiny.architecture.violations.domain.review.ReviewPublishingSpringEvents;
import uk.scrutiny.architecture.violations.domain.review.ReviewShownInUi;
import uk.scrutiny.architecture.violations.helpers.ReviewHelpers;
import uk.scrutiny.architecture.violations.persistence.evidence.EvidenceRows;
import uk.scrutiny.architecture.violations.persistence.review.JdbcReviews;
import uk.scrutiny.architecture.violations.persistence.review.ReviewRows;
import uk.scrutiny.architecture.violations.ui.evidence.EvidenceCaption;
import uk.scrutiny.architecture.violations.ui.review.ReviewButtonsAsked;
import uk.scrutiny.architecture.violations.ui.review.ReviewButtonsByRole;
import uk.scrutiny.architecture.violations.ui.review.ReviewCaption;
import uk.scrutiny.architecture.violations.ui.review.ReviewCountOnPort;
import uk.scrutiny.architecture.violations.ui.review.ReviewEditor;
import uk.scrutiny.architecture.violations.ui.review.ReviewGridOnJdbc;
import uk.scrutiny.architecture.violations.ui.review.ReviewGridOnRows;
import uk.scrutiny.architecture.violations.ui.review.ReviewJudgementForm;
import uk.scrutiny.architecture.violations.ui.review.ReviewPdfButton;
import uk.scrutiny.architecture.violations.ui.review.ReviewPopup;
import uk.scrutiny.architecture.violations.ui.review.ReviewViews;
import uk.scrutiny.architecture.violations.web.security.UsersOnJdbc;

/**
 * Each rule of {@link ArchitectureRules}, rooted at the fixtures in {@code violations}, reports the
 * offenders planted there and leaves their law-abiding neighbours alone. A rule that matched the
 * wrong packages would pass on the application without checking anything; here it would fail.
 */
class ArchitectureRulesCatchViolationsTests {

    private static final String FIXTURES = "uk.scrutiny.architecture.violations";
    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void domain_depending_on_spring_or_on_another_module_is_refused() {
        var report = violationsOf(ArchitectureRules.domainIsPlainJava(FIXTURES));

        assertThat(report).anyMatch(naming(ReviewPublishingSpringEvents.class)).anyMatch(naming(ReviewShownInUi.class));
        assertThat(report).noneMatch(naming(ReviewDeadlines.class)).noneMatch(naming(ReviewCitingEvidence.class));
    }

    @Test
    void application_service_using_jdbc_an_adapter_or_vaadin_is_refused() {
        var report = violationsOf(ArchitectureRules.applicationServicesUsePortsOnly(FIXTURES));

        assertThat(report)
                .anyMatch(naming(ReviewServiceOnJdbc.class))
                .anyMatch(naming(ReviewServiceCallingRows.class))
                .anyMatch(naming(ReviewServiceNotifyingUsers.class));
        assertThat(report).noneMatch(naming(ReviewService.class));
    }

    @Test
    void any_module_but_persistence_naming_a_persistence_class_is_refused() {
        var report = violationsOf(ArchitectureRules.onlyPersistenceKnowsPersistence(FIXTURES));

        assertThat(report)
                .anyMatch(naming(ReviewServiceCallingRows.class))
                .anyMatch(naming(ReviewGridOnRows.class))
                .anyMatch(naming(ScorecardRowsThroughPersistence.class))
                .anyMatch(naming(StorageConfiguration.class));
        assertThat(report).noneMatch(naming(EvidenceRows.class));
    }

    @Test
    void sql_outside_persistence_and_batch_is_refused() {
        var report = violationsOf(ArchitectureRules.onlyPersistenceAndBatchTalkSql(FIXTURES));

        assertThat(report)
                .anyMatch(naming(ReviewServiceOnJdbc.class))
                .anyMatch(naming(ReviewGridOnJdbc.class))
                .anyMatch(naming(UsersOnJdbc.class));
        assertThat(report).noneMatch(naming(ReviewRows.class)).noneMatch(naming(ScorecardRowWriter.class));
    }

    @Test
    void route_without_an_access_annotation_is_refused() {
        var report = violationsOf(ArchitectureRules.everyRouteDeclaresWhoMayOpenIt());

        assertThat(report).anyMatch(naming(ReviewViews.UnguardedView.class));
        assertThat(report)
                .noneMatch(naming(ReviewViews.SignedInView.class))
                .noneMatch(naming(ReviewViews.AdministratorsView.class))
                .noneMatch(naming(ReviewViews.NobodyView.class))
                .noneMatch(naming(ReviewViews.AnyoneView.class));
    }

    @Test
    void cycle_between_features_is_refused_in_every_module() {
        var report = violationsOf(ArchitectureRules.featureSlicesAreFreeOfCycles(FIXTURES));

        assertThat(report)
                .anyMatch(naming(ReviewCitingEvidence.class))
                .anyMatch(naming(EvidenceCitedByReview.class))
                .anyMatch(naming(ReviewService.class))
                .anyMatch(naming(EvidenceService.class))
                .anyMatch(naming(ReviewRows.class))
                .anyMatch(naming(EvidenceRows.class))
                .anyMatch(naming(ReviewCaption.class))
                .anyMatch(naming(EvidenceCaption.class));
    }

    @Test
    void reading_the_system_clock_in_the_domain_is_refused() {
        var report = violationsOf(ArchitectureRules.timeComesFromAnInjectedClock(FIXTURES));

        assertThat(report)
                .anyMatch(line -> line.contains("calls method <java.time.LocalDate.now()>"))
                .anyMatch(line -> line.contains("calls method <java.time.LocalDateTime.now(java.time.ZoneId)>"))
                .anyMatch(line -> line.contains("calls method <java.lang.System.currentTimeMillis()>"))
                .anyMatch(line -> line.contains("references method <java.time.Instant.now()>"))
                .anyMatch(line -> line.contains("calls method <java.time.Clock.systemDefaultZone()>"));
        assertThat(report).anyMatch(naming(OverdueCheckOnSystemClock.class));
        assertThat(report).noneMatch(naming(ReviewDeadlines.class)).noneMatch(naming(ReviewService.class));
    }

    @Test
    void dependency_against_the_direction_of_the_modules_is_refused() {
        var report = violationsOf(ArchitectureRules.modulesDependInwards(FIXTURES));

        assertThat(report)
                .anyMatch(naming(ReviewShownInUi.class))
                .anyMatch(naming(ReviewServiceCallingRows.class))
                .anyMatch(naming(ScorecardRowsThroughPersistence.class));
        assertThat(report).noneMatch(naming(ScorecardRowWriter.class)).noneMatch(naming(ReviewService.class));
    }

    private static List<String> violationsOf(ArchRule rule) {
        return rule.evaluate(FIXTURE_CLASSES).getFailureReport().getDetails();
    }

    /** A violation naming the class: ArchUnit writes it as {@code <a.b.C>} and its members as {@code <a.b.C.m>}. */
    private static Predicate<String> naming(Class<?> type) {
        return naming(type.getName());
    }

    /** For a package-private fixture, named by its full name. */
    private static Predicate<String> naming(String className) {
        return line -> line.contains("<" + className + ">") || line.contains("<" + className + ".");
    }

    @Test
    void a_class_outside_every_layer_is_refused() {
        var report = violationsOf(ArchitectureRules.everyClassBelongsToALayer(FIXTURES));

        assertThat(report).anyMatch(naming(ReviewHelpers.class));
        assertThat(report)
                .noneMatch(naming(StorageConfiguration.class))
                .noneMatch(naming(UsersOnJdbc.class))
                .noneMatch(naming(PdfRenderer.class))
                .noneMatch(naming(ReviewService.class));
    }

    @Test
    void a_view_using_an_adapter_is_refused_by_the_layers() {
        var report = violationsOf(ArchitectureRules.modulesDependInwards(FIXTURES));

        assertThat(report).anyMatch(naming(ReviewPdfButton.class));
        assertThat(report).noneMatch(naming(ReviewButtonsAsked.class));
    }

    @Test
    void a_cycle_between_batch_packages_is_refused() {
        var report = violationsOf(ArchitectureRules.featureSlicesAreFreeOfCycles(FIXTURES));

        assertThat(report).anyMatch(naming(ImportStep.class)).anyMatch(naming(ScorecardStep.class));
    }

    @Test
    void a_public_adapter_is_refused() {
        var report = violationsOf(ArchitectureRules.adaptersAreNotPublic(FIXTURES));

        assertThat(report).anyMatch(naming(JdbcReviews.class));
        assertThat(report)
                .noneMatch(naming(FIXTURES + ".persistence.review.ReviewStore"))
                .noneMatch(naming(FIXTURES + ".persistence.evidence.JdbcEvidence"))
                .noneMatch(line -> line.contains("PdfReviews"));
    }

    @Test
    void an_adapter_not_named_by_its_technology_is_refused() {
        var report = violationsOf(ArchitectureRules.adaptersSayTheirTechnology(FIXTURES));

        assertThat(report).anyMatch(naming(FIXTURES + ".persistence.review.ReviewStore"));
        assertThat(report)
                .noneMatch(naming(JdbcReviews.class))
                .noneMatch(naming(FIXTURES + ".persistence.evidence.JdbcEvidence"))
                .noneMatch(line -> line.contains("PdfReviews"));
    }

    @Test
    void a_view_calling_a_port_is_refused() {
        var report = violationsOf(ArchitectureRules.viewsNeverCallPorts(FIXTURES));

        assertThat(report).anyMatch(naming(ReviewCountOnPort.class));
        assertThat(report).noneMatch(naming(ReviewButtonsAsked.class)).noneMatch(naming(ReviewCaption.class));
    }

    @Test
    void a_view_deciding_from_a_role_is_refused() {
        var report = violationsOf(ArchitectureRules.viewsNeverCheckRoles(FIXTURES));

        assertThat(report).anyMatch(naming(ReviewButtonsByRole.class));
        assertThat(report).noneMatch(naming(ReviewButtonsAsked.class));
    }

    @Test
    void a_page_dialog_or_form_misnamed_is_refused() {
        var report = violationsOf(ArchitectureRules.uiClassesAreNamedForWhatTheyAre());

        assertThat(report)
                .anyMatch(naming(ReviewViews.ReviewPage.class))
                .anyMatch(naming(ReviewPopup.class))
                .anyMatch(naming(ReviewEditor.class));
        assertThat(report)
                .noneMatch(naming(ReviewViews.SignedInView.class))
                .noneMatch(naming(ReviewButtonsAsked.SignOffDialog.class))
                .noneMatch(naming(ReviewJudgementForm.class));
    }
}
