package uk.scrutiny.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.action.ActionListItem;
import uk.scrutiny.application.action.ActionPlanService;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.application.evidence.RejectedUploadService;
import uk.scrutiny.application.imports.ImportService;
import uk.scrutiny.application.review.ReviewArchiveService;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewPermissions;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.application.scorecard.ScorecardService;
import uk.scrutiny.domain.action.ActionFilter;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.RejectedUploadId;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;

/**
 * For each permission, what a service tells a page ("may this person…?") and what the same service
 * enforces agree, for every demo user: where it says yes the use case runs, where it says no the use
 * case is refused.
 */
@DemoApplicationTest
@Transactional
class PermissionsTests {

    /** The demo users, one per role; the data officer is the police's, the partner lead health's. */
    private static final List<String> EVERYONE =
            List.of("manager", "officer", "scrutineer", "police.data", "health.lead");

    @Autowired
    ReviewService reviews;

    @Autowired
    ActionPlanService actionPlan;

    @Autowired
    EvidenceService evidence;

    @Autowired
    RejectedUploadService rejected;

    @Autowired
    ImportService imports;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    ReviewArchiveService archives;

    @Autowired
    SignedIn signedIn;

    @Test
    void read_library_everyone_but_data_officers_reads_the_action_plan_and_the_evidence() {
        Map<String, Boolean> answers = answers(actionPlan::mayRead, () -> {
            actionPlan.count(ActionFilter.ALL);
            evidence.count(EvidenceFilter.ALL);
        });
        assertThat(answers)
                .containsEntry("manager", true)
                .containsEntry("officer", true)
                .containsEntry("scrutineer", true)
                .containsEntry("police.data", false)
                .containsEntry("health.lead", true);
    }

    @Test
    void assess_only_the_scrutineer_rates_and_only_while_the_review_is_open() {
        ReviewDetails inReview = inProgress();
        Map<String, Boolean> answers = answers(
                () -> reviews.permissions(inReview.review()).assess(),
                () -> reviews.writeCommentary(
                        inReview.review().requireId(),
                        inReview.questions().getFirst().question().ref(),
                        "Checked again.",
                        inProgress().questions().getFirst().assessment().version()));
        assertThat(answers).containsOnlyKeys(EVERYONE).containsEntry("scrutineer", true);
        assertThat(answers.values().stream().filter(b -> b)).hasSize(1);
        Review published = published();
        assertThat(signedIn.as("scrutineer", () -> reviews.permissions(published)))
                .extracting(ReviewPermissions::assess, ReviewPermissions::signOff, ReviewPermissions::cite)
                .containsExactly(false, false, false);
    }

    @Test
    void report_progress_partner_leads_only_on_their_own_agencys_actions() {
        ActionListItem health = ownedBy("HEALTH");
        ActionListItem police = ownedBy("POLICE");
        for (ActionListItem item : List.of(health, police)) {
            Map<String, Boolean> answers = answers(
                    () -> actionPlan.mayReportProgress(item.action()),
                    () -> actionPlan.addProgress(
                            item.action().requireId(), "Reviewed at the meeting.", null, currentVersion(item)));
            assertThat(answers)
                    .containsEntry("manager", true)
                    .containsEntry("officer", true)
                    .containsEntry("scrutineer", true)
                    .containsEntry("police.data", false)
                    .containsEntry("health.lead", item == health);
        }
        assertThat(signedIn.as("health.lead", () -> actionPlan.find(ActionFilter.ALL, 0, 500)))
                .allMatch(row -> row.mayReportProgress()
                        == AgencyCode.of("HEALTH").equals(row.action().owner()));
        assertThat(signedIn.as("health.lead", actionPlan::ownAgency)).isEqualTo(AgencyCode.of("HEALTH"));
    }

    @Test
    void run_scrutiny_the_business_unit_files_evidence_sets_up_reviews_and_runs_the_import() {
        for (BooleanSupplier may :
                List.<BooleanSupplier>of(reviews::mayCreateReviews, evidence::mayFile, imports::mayRun)) {
            Map<String, Boolean> answers = answers(may, () -> imports.count());
            assertThat(answers)
                    .containsEntry("manager", true)
                    .containsEntry("officer", true)
                    .containsEntry("scrutineer", false)
                    .containsEntry("police.data", false)
                    .containsEntry("health.lead", false);
        }
        ReviewDetails inReview = inProgress();
        assertThat(signedIn.as("officer", () -> reviews.permissions(inReview.review())))
                .extracting(ReviewPermissions::fileEvidence, ReviewPermissions::handOver, ReviewPermissions::reopen)
                .containsExactly(true, false, false);
        assertThat(signedIn.as("officer", () -> reviews.permissions(published()))
                        .reopen())
                .isTrue();
    }

    @Test
    void cite_evidence_the_business_unit_and_the_scrutineer_cite_in_an_open_review() {
        ReviewDetails inReview = inProgress();
        var question = inReview.questions().getFirst();
        var item = signedIn.as("manager", () -> evidence.find(EvidenceFilter.ALL, 0, 1))
                .getFirst();
        Map<String, Boolean> answers = answers(
                () -> reviews.permissions(inReview.review()).cite(),
                () -> reviews.cite(
                        inReview.review().requireId(),
                        question.question().ref(),
                        item.id(),
                        inProgress().questions().getFirst().assessment().version()));
        assertThat(answers)
                .containsEntry("manager", true)
                .containsEntry("officer", true)
                .containsEntry("scrutineer", true)
                .containsEntry("police.data", false)
                .containsEntry("health.lead", false);
    }

    @Test
    void send_scorecards_the_business_unit_for_any_agency_a_data_officer_for_their_own() {
        Map<String, Boolean> answers = answers(scorecards::maySend, () -> scorecards.agenciesToSendFor());
        assertThat(answers)
                .containsEntry("manager", true)
                .containsEntry("officer", true)
                .containsEntry("scrutineer", false)
                .containsEntry("police.data", true)
                .containsEntry("health.lead", false);
        assertThat(signedIn.as("police.data", scorecards::ownAgency)).isEqualTo(AgencyCode.of("POLICE"));
        assertThat(signedIn.as("police.data", scorecards::agenciesToSendFor))
                .extracting(agency -> agency.code())
                .containsExactly(AgencyCode.of("POLICE"));
        assertThat(signedIn.as("officer", scorecards::ownAgency)).isNull();
    }

    @Test
    void manage_the_manager_alone_publishes_deletes_kept_uploads_and_imports_archives() {
        for (BooleanSupplier may : List.<BooleanSupplier>of(rejected::mayDelete, archives::mayImport)) {
            Map<String, Boolean> answers = answers(may, () -> {
                try {
                    rejected.deleteFile(new RejectedUploadId(Long.MAX_VALUE));
                } catch (NotFoundException nothingToDelete) {
                    // Allowed through: the use case ran and found nothing.
                }
            });
            assertThat(answers)
                    .containsEntry("manager", true)
                    .containsEntry("officer", false)
                    .containsEntry("scrutineer", false)
                    .containsEntry("police.data", false)
                    .containsEntry("health.lead", false);
        }
    }

    /**
     * Asks each demo user, then runs the use case as them: it must run where the answer is yes and be
     * refused where it is no.
     */
    private Map<String, Boolean> answers(BooleanSupplier may, Runnable useCase) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (String user : EVERYONE) {
            boolean answer = signedIn.as(user, may::getAsBoolean);
            answers.put(user, answer);
            if (answer) {
                signedIn.as(user, useCase);
            } else {
                assertThatThrownBy(() -> signedIn.as(user, useCase))
                        .as("%s was told no, so the use case must be refused", user)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        return answers;
    }

    private ReviewDetails inProgress() {
        return signedIn.as(
                "manager",
                () -> reviews.reviews().stream()
                        .filter(r -> r.status() == ReviewStatus.IN_REVIEW)
                        .findFirst()
                        .map(r -> reviews.review(r.id()))
                        .orElseThrow());
    }

    private Review published() {
        return signedIn.as(
                "manager",
                () -> reviews.reviews().stream()
                        .filter(r -> r.status() == ReviewStatus.PUBLISHED)
                        .findFirst()
                        .map(r -> reviews.review(r.id()).review())
                        .orElseThrow());
    }

    /** The action's version now, as the manager reads it: each use case that runs moves it on. */
    private long currentVersion(ActionListItem item) {
        return signedIn.as(
                "manager", () -> actionPlan.action(item.action().requireId()).version());
    }

    private ActionListItem ownedBy(String agency) {
        return signedIn.as("manager", () -> actionPlan.find(ActionFilter.ALL, 0, 500)).stream()
                .filter(row -> AgencyCode.of(agency).equals(row.action().owner()))
                .findFirst()
                .orElseThrow();
    }
}
