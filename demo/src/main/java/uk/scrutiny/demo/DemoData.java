package uk.scrutiny.demo;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.action.ProgressNote;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.action.RecommendedActions;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.audit.AuditTrail;
import uk.scrutiny.domain.common.Sha256;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.Assessments;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.Measurement;
import uk.scrutiny.domain.scorecard.ScorecardSubmission;
import uk.scrutiny.domain.scorecard.ScorecardSubmissions;
import uk.scrutiny.domain.scorecard.ScorecardValue;
import uk.scrutiny.domain.scorecard.SubmissionStatus;
import uk.scrutiny.domain.scorecard.SuppressionSymbol;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.domain.user.User;
import uk.scrutiny.domain.user.Users;

/**
 * Demo data for a first run on the embedded database: the seed report's 2021/22 review, published,
 * exactly as the seed maps it (12 questions, 6 Green and 6 Amber, every evidence item and every
 * numbered recommended action); a 2022/23 review in progress with last year's open actions carried
 * forward and a few scorecards received; and one demo user per role. Active only in the
 * {@code demo} profile, and loaded once: nothing happens when the 2021/22 review exists.
 */
@Component
@Profile("demo")
public class DemoData {

    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "demo-password";

    /** The demo users, by role: what the start-up banner prints. */
    public static final Map<Role, String> DEMO_USERNAMES = Map.of(
            Role.MANAGER, "manager",
            Role.BUSINESS_UNIT, "officer",
            Role.SCRUTINEER, "scrutineer",
            Role.DATA_OFFICER, "police.data",
            Role.PARTNER_LEAD, "health.lead");

    static final FinancialYear SEED_YEAR = FinancialYear.of(2021);
    private static final String SCRUTINEER = "Simon Westwood";
    private static final String LOADED_BY = "officer";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Reviews reviews;
    private final Assessments assessments;
    private final RecommendedActions actions;
    private final EvidenceItems evidence;
    private final Frameworks frameworks;
    private final ScorecardSubmissions scorecards;
    private final Users users;
    private final PasswordEncoder encoder;
    private final AuditTrail trail;
    /** What the demo data's history shows: who did what when, as if the year had been run in the product. */
    private final List<AuditEntry> history = new ArrayList<>();

    private final Map<EvidenceId, String> titles = new java.util.HashMap<>();

    public DemoData(
            Reviews reviews,
            Assessments assessments,
            RecommendedActions actions,
            EvidenceItems evidence,
            Frameworks frameworks,
            ScorecardSubmissions scorecards,
            Users users,
            PasswordEncoder encoder,
            AuditTrail trail) {
        this.reviews = reviews;
        this.assessments = assessments;
        this.actions = actions;
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.scorecards = scorecards;
        this.users = users;
        this.encoder = encoder;
        this.trail = trail;
    }

    @EventListener(ContextRefreshedEvent.class)
    @Transactional
    public void loadOnce() {
        if (reviews.findByYear(SEED_YEAR).isPresent()) {
            return;
        }
        Framework framework = frameworks.latestVersions().stream()
                .filter(f -> f.family().equals("six-steps"))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("The Six Steps framework is missing from the reference data"));
        loadUsers();
        ReviewId seed = loadSeedReview(framework);
        loadReviewInProgress(framework, seed);
        loadScorecards();
        history.sort(java.util.Comparator.comparing(AuditEntry::at));
        trail.recordAll(history);
        history.clear();
        LOG.info(
                "Loaded the demo data: the {} review (published), the {} review (in review) and {} demo users",
                SEED_YEAR,
                SEED_YEAR.next(),
                DEMO_USERNAMES.size());
    }

    private void loadUsers() {
        String hash = encoder.encode(DEMO_PASSWORD);
        users.save(User.create(
                "manager", "Morgan Hale (business unit manager)", "manager@example.org", Role.MANAGER, null, hash));
        users.save(User.create(
                "officer",
                "Priya Shah (business unit officer)",
                "officer@example.org",
                Role.BUSINESS_UNIT,
                null,
                hash));
        users.save(User.create(
                "scrutineer", "Independent scrutineer (demo)", "scrutineer@example.org", Role.SCRUTINEER, null, hash));
        users.save(User.create(
                "police.data",
                "Dan Okafor (police data officer)",
                "police.data@example.org",
                Role.DATA_OFFICER,
                AgencyCode.of("POLICE"),
                hash));
        users.save(User.create(
                "health.lead",
                "Ruth Adeyemi (health partner lead)",
                "health.lead@example.org",
                Role.PARTNER_LEAD,
                AgencyCode.of("HEALTH"),
                hash));
    }

    private ReviewId loadSeedReview(Framework framework) {
        Review review = reviews.save(Review.start(SEED_YEAR, framework.id(), SCRUTINEER)
                .withOverallJudgement("Overall the Safeguarding Children Arrangements are effective."));
        ReviewId id = review.requireId();
        audit(
                "2022-01-10",
                "officer",
                ReviewService.reviewKey(id),
                "Review " + SEED_YEAR,
                "created",
                null,
                "framework " + framework.label() + ", scrutineer " + SCRUTINEER + ", 0 actions carried forward");

        EvidenceId termsOfReference =
                document("Salford Exec Terms of Reference", "Salford Exec Terms of Reference.docx", "2021-06-14", "LA");
        EvidenceId supportAndSafeguarding = document(
                "Support and Safeguarding in Salford, January 2022",
                "support-and-safeguarding-january-2022.pdf",
                "2022-01-10",
                null);
        EvidenceId diversity = document(
                "Education project: strengthening diversity",
                "education-project-strengthening-diversity-w…",
                "2021-11-01",
                "EDUCATION");
        EvidenceId scorecardInfo =
                document("Q2 scorecard information", "09 Q2 Scorecard INFO.docx", "2021-10-29", null);
        EvidenceId referralForm = document(
                "Practice review referral form, version 10",
                "7-practice-review-referral-form-v10.pdf",
                "2021-09-01",
                null);
        EvidenceId reviewFlow = document(
                "Salford review activities and timescales flowchart",
                "salford-review-activities-and-timescale-flow…",
                "2021-09-01",
                null);
        EvidenceId newsletter = document(
                "Partners in Salford newsletter, December 2021",
                "dec-2021-partners-in-salford-newsletter.pdf",
                "2021-12-01",
                null);
        EvidenceId interboard = document(
                "Salford inter-board protocol, October 2019",
                "salford-interboard-protocol-october-2019…",
                "2019-10-01",
                null);
        EvidenceId procedures = link(
                "Greater Manchester procedures: information sharing chapter",
                "https://greatermanchesterscb.proceduresonline.com/chapters/p_info_s_haring.html",
                "2022-03-01");
        EvidenceId sogMinutes = minutes(
                "Minutes SOG 2021-11-08 Approved", "Minutes SOG 2021-11-08 Approved", "SOG", "2021-11-08", null);
        EvidenceId lockdown = document("Learning from lockdown", "learning-from-lockdown-7-mb.pdf", "2021-07-01", null);
        EvidenceId actionLog = save(new EvidenceItem(
                null,
                EvidenceType.ACTION_LOG,
                "SSCP Action Log 13 December 2021",
                LocalDate.parse("2021-12-13"),
                null,
                EvidenceSource.UPLOAD,
                "SSCP Action Log 13 December 2021 (1).doc",
                null,
                null,
                false,
                "EXEC",
                null,
                null,
                loadedAt("2022-03-01"),
                LOADED_BY,
                0));
        EvidenceId scrutinyRole = document(
                "Salford Independent Scrutiny Role", "Salford Independent Scrutiny Role .docx", "2021-04-01", null);
        EvidenceId execMinutes = minutes(
                "SSCP Executive minutes, 13 December 2021",
                "sscp-minutes-2021-12-13-approved-v2.pdf",
                "EXEC",
                "2021-12-13",
                "v2");
        EvidenceId priorities = document(
                "Annual report action priorities 2021/22",
                "annual Report Action Priorities 21 22.docx",
                "2022-02-01",
                null);
        EvidenceId ttl =
                document("Salford TTL practice guidance", "Salford TTL Practice Guidance (1).pdf", "2021-10-01", null);

        assess(
                id,
                "1.1",
                RagRating.GREEN,
                List.of(termsOfReference),
                action("Approve budget and funding for 23/24 post ICS changes", null, null, ActionStatus.IN_PROGRESS),
                action("Continue to pursue more equitable funding from GMP", "POLICE", null, ActionStatus.OPEN),
                action("Receive an annual independent scrutiny report", null, "2022-03-31", ActionStatus.DONE));
        assess(
                id,
                "1.2",
                RagRating.GREEN,
                List.of(supportAndSafeguarding, diversity),
                action(
                        "Strengthen the engagement with community groups through CVS.",
                        "CVS",
                        null,
                        ActionStatus.IN_PROGRESS),
                action(
                        "Seek assurance re safeguarding arrangements for children missing school and those in elective home education",
                        "EDUCATION",
                        null,
                        ActionStatus.OPEN));
        assess(
                id,
                "1.3",
                RagRating.AMBER,
                List.of(scorecardInfo),
                action(
                        "Improve analysis capacity so that the partnership receives a multi-agency picture of activity relating to the agreed priorities",
                        "LA",
                        null,
                        ActionStatus.IN_PROGRESS),
                action("Increase input of police and health data", "HEALTH", null, ActionStatus.OPEN));
        assess(
                id,
                "1.4",
                RagRating.GREEN,
                List.of(referralForm, reviewFlow),
                action("Refresh communications on the process in newsletter", null, null, ActionStatus.DONE),
                action("Consider how to ensure Salford learns from GM wide reviews.", null, null, ActionStatus.OPEN));
        assess(
                id,
                "2.1",
                RagRating.AMBER,
                List.of(newsletter, interboard),
                action(
                        "Evaluate the thematic approach agreed by the Inter Board Chairs for 2022",
                        null,
                        null,
                        ActionStatus.DONE),
                action(
                        "Increase engagement and leadership of the HWBB on Partnership priorities",
                        "HEALTH",
                        null,
                        ActionStatus.OPEN),
                action(
                        "Review impact of new DA legislation on children safeguarding",
                        "POLICE",
                        null,
                        ActionStatus.IN_PROGRESS));
        assess(
                id,
                "2.2",
                RagRating.AMBER,
                List.of(procedures),
                action(
                        "Refresh information sharing messages and advice on consent to frontline staff across agencies in line with the updated guidance Support and Safeguarding in Salford",
                        null,
                        null,
                        ActionStatus.DONE),
                action("Update training needs assessment", null, null, ActionStatus.OPEN));
        assess(
                id,
                "2.3",
                RagRating.AMBER,
                List.of(sogMinutes),
                action("Refresh outcome statements", null, null, ActionStatus.DONE),
                action("Refresh impact measures", null, null, ActionStatus.OPEN),
                action(
                        "Survey a sample of children and parents to gather views on what has made a difference.",
                        null,
                        null,
                        ActionStatus.OPEN));
        assess(
                id,
                "2.4",
                RagRating.GREEN,
                List.of(lockdown),
                action(
                        "Survey frontline practitioners to understand how they have used new learning in practice.",
                        null,
                        null,
                        ActionStatus.DONE),
                action("What has changed?", null, null, ActionStatus.DONE));
        assess(
                id,
                "3.1",
                RagRating.AMBER,
                List.of(actionLog, scrutinyRole),
                action(
                        "Review of scrutiny arrangements to be completed by June 2022",
                        null,
                        "2022-06-30",
                        ActionStatus.DONE),
                action(
                        "Commission independent audit in the autumn of arrangements post move to ICS/ICB and planned revisions to current arrangements are implemented",
                        "HEALTH",
                        "2022-11-30",
                        ActionStatus.IN_PROGRESS));
        assess(
                id,
                "3.2",
                RagRating.GREEN,
                List.of(execMinutes),
                action("Audit use of escalation policy", null, null, ActionStatus.OPEN),
                action("Agree/revise priorities for 2022/2023", null, "2022-04-30", ActionStatus.DONE));
        assess(
                id,
                "3.3",
                RagRating.AMBER,
                List.of(priorities),
                action(
                        "Ensure evidence of implementation is included in the annual report",
                        null,
                        null,
                        ActionStatus.DONE),
                action(
                        "review arrangements for early help/safeguarding under1's with ICS/B",
                        "HEALTH",
                        null,
                        ActionStatus.OPEN));
        assess(
                id,
                "3.4",
                RagRating.GREEN,
                List.of(ttl),
                action(
                        "Audit changes made as a direct result of rapid/case review learning recommendations",
                        null,
                        null,
                        ActionStatus.OPEN),
                action(
                        "Produce a learning and development assurance report for the annual report",
                        null,
                        null,
                        ActionStatus.DONE));

        Review published = review.beginScrutiny(loadedAt("2022-02-01"), "officer")
                .signOff(List.of(), loadedAt("2022-03-28"), "scrutineer")
                .publish(loadedAt("2022-03-31"), "manager");
        reviews.save(published);
        audit(
                "2022-02-01",
                "officer",
                ReviewService.reviewKey(id),
                "Review " + SEED_YEAR,
                "status",
                ReviewStatus.DRAFT.label(),
                ReviewStatus.IN_REVIEW.label());
        audit(
                "2022-03-28",
                "scrutineer",
                ReviewService.reviewKey(id),
                "Review " + SEED_YEAR,
                "status",
                ReviewStatus.IN_REVIEW.label(),
                ReviewStatus.SIGNED_OFF.label());
        audit(
                "2022-03-31",
                "manager",
                ReviewService.reviewKey(id),
                "Review " + SEED_YEAR,
                "status",
                ReviewStatus.SIGNED_OFF.label(),
                ReviewStatus.PUBLISHED.label());
        return id;
    }

    private void loadReviewInProgress(Framework framework, ReviewId seed) {
        FinancialYear year = SEED_YEAR.next();
        Review review = reviews.save(
                Review.start(year, framework.id(), SCRUTINEER).beginScrutiny(loadedAt("2022-11-01"), "officer"));
        ReviewId id = review.requireId();
        framework.questions().forEach(q -> assessments.save(Assessment.unrated(id, q.ref())));
        String subject = "Review " + year;

        java.util.Map<QuestionRef, Integer> numbers = new java.util.HashMap<>();
        for (RecommendedAction old : actions.of(seed)) {
            if (old.status().isOutstanding()) {
                int number = numbers.merge(old.question(), 1, Integer::sum);
                actions.save(old.carriedForwardTo(id, old.question(), number));
            }
        }
        audit(
                "2022-10-03",
                "officer",
                ReviewService.reviewKey(id),
                subject,
                "created",
                null,
                "framework " + framework.label()
                        + ", scrutineer " + SCRUTINEER + ", "
                        + numbers.values().stream().mapToInt(Integer::intValue).sum()
                        + " actions carried forward");
        audit(
                "2022-11-01",
                "officer",
                ReviewService.reviewKey(id),
                subject,
                "status",
                ReviewStatus.DRAFT.label(),
                ReviewStatus.IN_REVIEW.label());

        EvidenceId execMinutes = minutes(
                "SSCP Executive minutes, 12 September 2022",
                "sscp-minutes-2022-09-12-approved.pdf",
                "EXEC",
                "2022-09-12",
                "v1");
        EvidenceId draftMinutes = save(new EvidenceItem(
                null,
                EvidenceType.MINUTES,
                "SOG minutes, 3 October 2022 (draft)",
                LocalDate.parse("2022-10-03"),
                null,
                EvidenceSource.IMPORT,
                "sog-minutes-2022-10-03-draft.pdf",
                null,
                null,
                true,
                "SOG",
                "v1",
                null,
                loadedAt("2022-10-04"),
                LOADED_BY,
                0));
        EvidenceId budget = document("Partnership budget 2022/23", "sscp-budget-2022-23.xlsx", "2022-05-16", "LA");

        rate(
                id,
                "1.1",
                RagRating.GREEN,
                "The three partners agreed the 2022/23 budget in May; the funding review is under way.",
                List.of(budget, execMinutes));
        rate(
                id,
                "1.2",
                RagRating.AMBER,
                "Engagement with schools has improved; the voluntary sector forum met twice.",
                List.of(execMinutes));
        rate(
                id,
                "1.3",
                RagRating.AMBER,
                "Police and health now send quarterly scorecards; analysis capacity is still short.",
                List.of(draftMinutes));
        rate(id, "2.3", RagRating.RED, "No outcome measures have been agreed yet.", List.of());

        RecommendedAction carried = actions.of(id).stream()
                .filter(a -> a.question().equals(QuestionRef.parse("1.3"))
                        && a.owner() != null
                        && a.owner().value().equals("HEALTH"))
                .findFirst()
                .orElseThrow();
        String note = "Health scorecard agreed with the ICB's business intelligence team; first return due for Q2.";
        RecommendedAction progressed = actions.save(carried.withNote(
                new ProgressNote(loadedAt("2022-10-20"), "health.lead", note, ActionStatus.IN_PROGRESS)));
        String carriedSubject = "Recommended action " + progressed.label() + " of the " + year + " review";
        audit(
                "2022-10-20",
                "health.lead",
                ReviewService.actionKey(progressed.requireId()),
                carriedSubject,
                "progress note",
                null,
                note);
        audit(
                "2022-10-20",
                "health.lead",
                ReviewService.actionKey(progressed.requireId()),
                carriedSubject,
                "status",
                carried.status().label(),
                progressed.status().label());
        RecommendedAction added = actions.save(RecommendedAction.recommend(
                id,
                QuestionRef.parse("2.3"),
                numbers.getOrDefault(QuestionRef.parse("2.3"), 0) + 1,
                "Agree outcome measures for each partnership priority",
                AgencyCode.of("LA"),
                LocalDate.parse("2023-03-31")));
        audit(
                "2022-11-24",
                "scrutineer",
                ReviewService.actionKey(added.requireId()),
                "Recommended action " + added.label() + " of the " + year + " review",
                "recommended",
                null,
                added.text());
    }

    private void loadScorecards() {
        FinancialQuarter q1 = FinancialQuarter.parse("2022/23 Q1");
        scorecard(
                "POLICE",
                q1,
                "police-2022-23-q1.csv",
                "police.data",
                List.of(
                        value("POL-DA-CHILD", "398", null),
                        value("POL-MISSING", "402", null),
                        value("POL-CSE-FLAGS", "19", null),
                        new ScorecardValue(
                                IndicatorCode.of("WF-TRAINING-PCT"),
                                new Measurement.Number(new BigDecimal("89.0")),
                                1780L,
                                2000L,
                                null)));
        scorecard(
                "LA",
                q1,
                "la-2022-23-q1.xlsx",
                "officer",
                List.of(
                        value("CSC-REFERRALS", "1204", null),
                        value("CSC-REREFERRAL-PCT", "21.4", null),
                        value("CP-PLANS-RATE", "52.3", null),
                        value("CP-REPEAT-PCT", "23.0", null),
                        value("CLA-RATE", "98.1", null),
                        value("EH-ASSESSMENTS", "611", null),
                        value("EDU-EHE", "431", null),
                        new ScorecardValue(
                                IndicatorCode.of("EDU-CME"),
                                new Measurement.Suppressed(SuppressionSymbol.C),
                                null,
                                null,
                                "Fewer than 5 children: withheld"),
                        value("WF-TRAINING-PCT", "93.5", null)));
        scorecard(
                "HEALTH",
                q1,
                "health-2022-23-q1.csv",
                "officer",
                List.of(
                        value("HLT-IHA-20D-PCT", "61", null),
                        new ScorecardValue(
                                IndicatorCode.of("HLT-SELFHARM"),
                                new Measurement.Suppressed(SuppressionSymbol.LOW),
                                null,
                                null,
                                null),
                        value("EH-ASSESSMENTS", "48", null),
                        value("WF-TRAINING-PCT", "87.2", null)));
    }

    private void scorecard(
            String agency, FinancialQuarter quarter, String fileName, String by, List<ScorecardValue> values) {
        AgencyCode code = AgencyCode.of(agency);
        EvidenceId item = save(new EvidenceItem(
                null,
                EvidenceType.SCORECARD,
                agency + " scorecard " + quarter,
                quarter.end(),
                code,
                EvidenceSource.IMPORT,
                fileName,
                null,
                null,
                false,
                null,
                null,
                null,
                loadedAt("2022-07-20"),
                by,
                0));
        scorecards.add(
                new ScorecardSubmission(
                        null,
                        code,
                        quarter,
                        fileName,
                        Sha256.of(agency + quarter + fileName),
                        loadedAt("2022-07-20"),
                        by,
                        SubmissionStatus.CURRENT,
                        values.size(),
                        item),
                values);
        audit(
                "2022-07-20",
                "system",
                "scorecard:" + code + ":" + quarter,
                code + " scorecard " + quarter,
                "submission",
                null,
                fileName + " (" + values.size() + " values), sent by " + by);
    }

    private static ScorecardValue value(String indicator, String number, @Nullable String comment) {
        return new ScorecardValue(
                IndicatorCode.of(indicator), new Measurement.Number(new BigDecimal(number)), null, null, comment);
    }

    private record PlannedAction(
            String text, @Nullable String owner, @Nullable String due, ActionStatus status) {}

    private static PlannedAction action(
            String text, @Nullable String owner, @Nullable String due, ActionStatus status) {
        return new PlannedAction(text, owner, due, status);
    }

    private void assess(
            ReviewId review, String ref, RagRating rating, List<EvidenceId> cited, PlannedAction... planned) {
        QuestionRef question = QuestionRef.parse(ref);
        assessments.save(new Assessment(review, question, rating, null, cited, 0));
        String subject = "Question " + question + " of the " + SEED_YEAR + " review";
        String key = ReviewService.assessmentKey(review, question);
        audit("2022-03-14", "scrutineer", key, subject, "rating", null, rating.label());
        cited.forEach(
                item -> audit("2022-03-14", "scrutineer", key, subject, "evidence cited", null, titles.get(item)));
        int number = 0;
        for (PlannedAction p : planned) {
            RecommendedAction action = RecommendedAction.recommend(
                    review,
                    question,
                    ++number,
                    p.text(),
                    p.owner() == null ? null : AgencyCode.of(p.owner()),
                    p.due() == null ? null : LocalDate.parse(p.due()));
            String note = p.status() == ActionStatus.DONE ? "Completed." : "Work has started.";
            if (p.status() != ActionStatus.OPEN) {
                action = action.withNote(new ProgressNote(loadedAt("2022-09-30"), "officer", note, p.status()));
            }
            RecommendedAction saved = actions.save(action);
            String actionSubject = "Recommended action " + saved.label() + " of the " + SEED_YEAR + " review";
            audit(
                    "2022-03-14",
                    "scrutineer",
                    ReviewService.actionKey(saved.requireId()),
                    actionSubject,
                    "recommended",
                    null,
                    saved.text());
            if (p.status() != ActionStatus.OPEN) {
                audit(
                        "2022-09-30",
                        "officer",
                        ReviewService.actionKey(saved.requireId()),
                        actionSubject,
                        "progress note",
                        null,
                        note);
                audit(
                        "2022-09-30",
                        "officer",
                        ReviewService.actionKey(saved.requireId()),
                        actionSubject,
                        "status",
                        ActionStatus.OPEN.label(),
                        p.status().label());
            }
        }
    }

    private void rate(ReviewId review, String ref, RagRating rating, String commentary, List<EvidenceId> cited) {
        QuestionRef question = QuestionRef.parse(ref);
        Assessment current = assessments.find(review, question).orElseThrow();
        assessments.save(
                new Assessment(review, question, rating, commentary, new ArrayList<>(cited), current.version()));
        String subject = "Question " + question + " of the " + SEED_YEAR.next() + " review";
        String key = ReviewService.assessmentKey(review, question);
        audit("2022-11-24", "scrutineer", key, subject, "rating", null, rating.label());
        audit("2022-11-24", "scrutineer", key, subject, "commentary", null, commentary);
        cited.forEach(
                item -> audit("2022-11-24", "scrutineer", key, subject, "evidence cited", null, titles.get(item)));
    }

    private EvidenceId document(String title, String documentName, String date, @Nullable String owner) {
        EvidenceType type = EvidenceType.DOCUMENT;
        return save(new EvidenceItem(
                null,
                type,
                title,
                LocalDate.parse(date),
                owner == null ? null : AgencyCode.of(owner),
                EvidenceSource.UPLOAD,
                documentName,
                null,
                null,
                false,
                null,
                null,
                null,
                loadedAt("2022-03-01"),
                LOADED_BY,
                0));
    }

    private EvidenceId link(String title, String address, String date) {
        return save(new EvidenceItem(
                null,
                EvidenceType.WEB_LINK,
                title,
                LocalDate.parse(date),
                null,
                EvidenceSource.LINK,
                null,
                null,
                URI.create(address),
                false,
                null,
                null,
                null,
                loadedAt("2022-03-01"),
                LOADED_BY,
                0));
    }

    private EvidenceId minutes(String title, String documentName, String body, String date, @Nullable String version) {
        return save(new EvidenceItem(
                null,
                EvidenceType.MINUTES,
                title,
                LocalDate.parse(date),
                null,
                EvidenceSource.IMPORT,
                documentName,
                null,
                null,
                false,
                body,
                version,
                null,
                loadedAt(date).plusSeconds(86_400L * 7),
                LOADED_BY,
                0));
    }

    private EvidenceId save(EvidenceItem item) {
        EvidenceItem saved = evidence.save(item);
        EvidenceId id = java.util.Objects.requireNonNull(saved.id());
        titles.put(id, saved.title());
        history.add(AuditEntry.of(
                saved.addedAt(),
                saved.addedBy(),
                "evidence:" + id,
                "Evidence item '" + saved.title() + "'",
                saved.source() == EvidenceSource.IMPORT ? "imported" : "added",
                null,
                saved.link() != null
                        ? saved.link().toString()
                        : saved.documentName() + " (" + saved.type().label() + ")"));
        return id;
    }

    private void audit(
            String date,
            String actor,
            String subjectKey,
            String subject,
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {
        history.add(AuditEntry.of(loadedAt(date), actor, subjectKey, subject, field, oldValue, newValue));
    }

    private static Instant loadedAt(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(UkDates.ZONE).toInstant();
    }
}
