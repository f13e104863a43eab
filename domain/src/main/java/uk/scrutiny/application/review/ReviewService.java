package uk.scrutiny.application.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Permission;
import uk.scrutiny.application.security.Permissions;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.action.ActionId;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.action.RecommendedActions;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.FrameworkId;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.Partnerships;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.AssessmentRules;
import uk.scrutiny.domain.review.Assessments;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.RagSummary;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.domain.review.RuleBreach;

/**
 * The use cases of a review: reading it, the scrutineer's ratings, commentary, actions and
 * sign-off, the business unit's evidence citations, creation, publication and reopening.
 *
 * <p>Ratings belong to the scrutineer alone. Every change is checked against the version the
 * caller read (a stale one is refused with {@link ConcurrentChangeException}) and recorded in the
 * audit trail. Data officers see published reviews only.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final Reviews reviews;
    private final Assessments assessments;
    private final RecommendedActions actions;
    private final EvidenceItems evidence;
    private final Frameworks frameworks;
    private final Partnerships partnerships;
    private final CurrentActor actor;
    private final Permissions permissions;
    private final Auditor auditor;
    private final Clock clock;
    private final Publications publications;

    public ReviewService(
            Reviews reviews,
            Assessments assessments,
            RecommendedActions actions,
            EvidenceItems evidence,
            Frameworks frameworks,
            Partnerships partnerships,
            CurrentActor actor,
            Permissions permissions,
            Auditor auditor,
            Clock clock,
            Publications publications) {
        this.reviews = reviews;
        this.assessments = assessments;
        this.actions = actions;
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.partnerships = partnerships;
        this.actor = actor;
        this.permissions = permissions;
        this.auditor = auditor;
        this.clock = clock;
        this.publications = publications;
    }

    /** Every review the caller may read, newest year first, with its rating counts. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<ReviewListItem> reviews() {
        return reviews.all().stream()
                .filter(this::mayRead)
                .map(r -> new ReviewListItem(
                        r.requireId(),
                        r.year(),
                        r.status(),
                        r.scrutineer(),
                        framework(r.frameworkId()).label(),
                        RagSummary.of(assessmentsOf(r, framework(r.frameworkId())))))
                .toList();
    }

    /** The review in full; refused when the caller may not read it. */
    @PreAuthorize(Roles.SIGNED_IN)
    public ReviewDetails review(ReviewId id) {
        Review review = readable(id);
        Framework framework = framework(review.frameworkId());
        Review previous = reviews.findByYear(review.year().previous())
                .filter(this::mayRead)
                .orElse(null);
        Map<QuestionRef, RagRating> previousRatings = new HashMap<>();
        if (previous != null) {
            assessments.of(previous.requireId()).forEach(a -> {
                if (a.rating() != null) {
                    previousRatings.put(a.question(), a.rating());
                }
            });
        }
        List<Assessment> all = assessmentsOf(review, framework);
        Map<QuestionRef, List<RecommendedAction>> actionsByQuestion =
                actions.of(id).stream().collect(Collectors.groupingBy(RecommendedAction::question));
        Set<EvidenceId> cited = new HashSet<>();
        all.forEach(a -> cited.addAll(a.citedEvidence()));
        Map<EvidenceId, EvidenceItem> items = evidence.findAll(cited);

        List<QuestionAssessment> questions = new ArrayList<>();
        for (Assessment a : all) {
            Question q = framework.requireQuestion(a.question());
            List<RecommendedAction> qActions = actionsByQuestion.getOrDefault(a.question(), List.of()).stream()
                    .sorted(Comparator.comparingInt(RecommendedAction::number))
                    .toList();
            List<EvidenceItem> qEvidence = a.citedEvidence().stream()
                    .map(items::get)
                    .filter(Objects::nonNull)
                    .toList();
            questions.add(new QuestionAssessment(
                    q,
                    framework.keyMeasure(q.keyMeasure()),
                    a,
                    qEvidence,
                    qActions,
                    AssessmentRules.breaches(
                            a,
                            qActions.stream()
                                    .filter(RecommendedAction::isInPlan)
                                    .count(),
                            items),
                    previousRatings.get(a.question())));
        }
        return new ReviewDetails(
                review, framework, partnerships.current().name(), questions, RagSummary.of(all), previous);
    }

    /** What the caller may do with the review as it stands; the services refuse the rest. */
    @PreAuthorize(Roles.SIGNED_IN)
    public ReviewPermissions permissions(Review review) {
        boolean editable = review.isEditable();
        boolean assess = permissions.may(Permission.ASSESS);
        boolean runScrutiny = permissions.may(Permission.RUN_SCRUTINY);
        return new ReviewPermissions(
                editable && assess,
                review.status() == ReviewStatus.IN_REVIEW && assess,
                editable && permissions.may(Permission.CITE_EVIDENCE),
                editable && runScrutiny,
                review.status() == ReviewStatus.DRAFT && runScrutiny,
                review.status() == ReviewStatus.SIGNED_OFF && permissions.may(Permission.MANAGE),
                !editable && runScrutiny);
    }

    /** Whether the caller may set up a new review. */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayCreateReviews() {
        return permissions.may(Permission.RUN_SCRUTINY);
    }

    /**
     * The current review, the one the dashboard and the report open on: the review in progress (the
     * newest, if ever two are); a draft only when none is in progress, so that setting up next year's
     * review does not take this year's from anyone's dashboard; otherwise the newest the caller may read.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public @Nullable ReviewId currentReview() {
        List<Review> readable = reviews.all().stream().filter(this::mayRead).toList();
        return readable.stream()
                .filter(r -> r.status() == ReviewStatus.IN_REVIEW)
                .findFirst()
                .or(() -> readable.stream()
                        .filter(r -> r.status() == ReviewStatus.DRAFT)
                        .findFirst())
                .or(() -> readable.stream().findFirst())
                .map(Review::requireId)
                .orElse(null);
    }

    /**
     * Outstanding actions of the review before {@code year}, offered for carrying forward into
     * that year's new review.
     */
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public List<RecommendedAction> carryForwardCandidates(FinancialYear year) {
        return reviews.findByYear(year.previous())
                .map(previous -> actions.of(previous.requireId()).stream()
                        .filter(a -> a.status().isOutstanding())
                        .toList())
                .orElse(List.of());
    }

    /**
     * Creates the review for a year, in draft, with every question unrated, carrying forward the
     * chosen outstanding actions of last year's review to the same question references.
     */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public ReviewId create(
            FinancialYear year, FrameworkId frameworkId, String scrutineer, Collection<ActionId> carryForward) {
        if (reviews.findByYear(year).isPresent()) {
            throw new RuleViolationException("There is already a review for " + year + ": open it instead.");
        }
        Framework framework = framework(frameworkId);
        Review review = reviews.save(Review.start(year, frameworkId, scrutineer));
        ReviewId id = review.requireId();
        framework.questions().forEach(q -> assessments.save(Assessment.unrated(id, q.ref())));
        Set<ActionId> wanted = new HashSet<>(carryForward);
        Map<QuestionRef, Integer> numbers = new HashMap<>();
        for (RecommendedAction old : carryForwardCandidates(year)) {
            if (!wanted.contains(old.requireId())) {
                continue;
            }
            if (framework.question(old.question()).isEmpty()) {
                throw new RuleViolationException("Action " + old.label() + " belongs to question " + old.question()
                        + ", which " + framework.label() + " does not have; it cannot be carried forward.");
            }
            int number = numbers.merge(old.question(), 1, Integer::sum);
            actions.save(old.carriedForwardTo(id, old.question(), number));
        }
        auditor.changed(
                reviewKey(id),
                "Review " + year,
                "created",
                null,
                "framework " + framework.label() + ", scrutineer " + review.scrutineer() + ", "
                        + numbers.values().stream().mapToInt(Integer::intValue).sum() + " actions carried forward");
        return id;
    }

    /** The business unit hands a draft review to the scrutineer. */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public Review beginScrutiny(ReviewId id, long version) {
        Review review = current(id, version);
        return saveStatus(
                review, review.beginScrutiny(clock.instant(), actor.get().username()));
    }

    @Transactional
    @PreAuthorize(Roles.SCRUTINEER)
    public Assessment rate(ReviewId id, QuestionRef question, @Nullable RagRating rating, long version) {
        return changeAssessment(
                id,
                question,
                version,
                "rating",
                a -> a.rated(rating),
                a -> a.rating() == null ? null : a.rating().label());
    }

    /** The scrutineer saves a question's rating and commentary together, as one change. */
    @Transactional
    @PreAuthorize(Roles.SCRUTINEER)
    public Assessment assess(
            ReviewId id, QuestionRef question, @Nullable RagRating rating, @Nullable String commentary, long version) {
        Assessment rated = rate(id, question, rating, version);
        return writeCommentary(id, question, commentary, rated.version());
    }

    @Transactional
    @PreAuthorize(Roles.SCRUTINEER)
    public Assessment writeCommentary(ReviewId id, QuestionRef question, @Nullable String commentary, long version) {
        return changeAssessment(
                id, question, version, "commentary", a -> a.withCommentary(commentary), Assessment::commentary);
    }

    @Transactional
    @PreAuthorize(Roles.CITE_EVIDENCE)
    public Assessment cite(ReviewId id, QuestionRef question, EvidenceId item, long version) {
        EvidenceItem cited =
                evidence.find(item).orElseThrow(() -> new NotFoundException("There is no evidence item " + item));
        refuseSecondCitationOfLink(id, question, cited);
        return changeAssessment(
                id,
                question,
                version,
                "evidence cited",
                a -> a.citing(item),
                a -> a.citedEvidence().contains(item) ? cited.title() : null);
    }

    /** The same web address, added to the library twice, is still one piece of evidence for a question. */
    private void refuseSecondCitationOfLink(ReviewId id, QuestionRef question, EvidenceItem cited) {
        if (cited.link() == null) {
            return;
        }
        assessments.of(id).stream()
                .filter(a -> a.question().equals(question))
                .flatMap(a -> evidence.findAll(Set.copyOf(a.citedEvidence())).values().stream())
                .filter(other ->
                        !Objects.equals(other.id(), cited.id()) && cited.link().equals(other.link()))
                .findFirst()
                .ifPresent(other -> {
                    throw new RuleViolationException("Question " + question + " already cites " + cited.link()
                            + " (as '" + other.title() + "'): a link is cited once.");
                });
    }

    @Transactional
    @PreAuthorize(Roles.CITE_EVIDENCE)
    public Assessment uncite(ReviewId id, QuestionRef question, EvidenceId item, long version) {
        String title = evidence.find(item).map(EvidenceItem::title).orElse("item " + item);
        return changeAssessment(
                id,
                question,
                version,
                "evidence cited",
                a -> a.notCiting(item),
                a -> a.citedEvidence().contains(item) ? title : null);
    }

    @Transactional
    @PreAuthorize(Roles.SCRUTINEER)
    public Review writeOverallJudgement(ReviewId id, @Nullable String judgement, long version) {
        Review review = current(id, version);
        Review changed = reviews.save(review.withOverallJudgement(judgement));
        auditor.changed(
                reviewKey(id),
                "Review " + review.year(),
                "overall judgement",
                review.overallJudgement(),
                changed.overallJudgement());
        return changed;
    }

    /** The scrutineer recommends an action under a question; it takes the next number. */
    @Transactional
    @PreAuthorize(Roles.SCRUTINEER)
    public RecommendedAction recommend(
            ReviewId id, QuestionRef question, String text, @Nullable AgencyCode owner, @Nullable LocalDate due) {
        Review review = editable(id);
        framework(review.frameworkId()).requireQuestion(question);
        int number = actions.of(id).stream()
                        .filter(a -> a.question().equals(question))
                        .mapToInt(RecommendedAction::number)
                        .max()
                        .orElse(0)
                + 1;
        RecommendedAction saved = actions.save(RecommendedAction.recommend(id, question, number, text, owner, due));
        auditor.changed(
                actionKey(saved.requireId()),
                "Recommended action " + saved.label() + " of the " + review.year() + " review",
                "recommended",
                null,
                saved.text());
        return saved;
    }

    /** The scrutineer rewords an action, or changes its owner or due date. */
    @Transactional
    @PreAuthorize(Roles.SCRUTINEER)
    public RecommendedAction reword(
            ActionId id, String text, @Nullable AgencyCode owner, @Nullable LocalDate due, long version) {
        RecommendedAction action =
                actions.find(id).orElseThrow(() -> new NotFoundException("There is no action " + id));
        Review review = editable(action.reviewId());
        if (action.version() != version) {
            throw new ConcurrentChangeException("Recommended action " + action.label());
        }
        RecommendedAction saved = actions.save(action.withWording(text, owner, due));
        String subject = "Recommended action " + action.label() + " of the " + review.year() + " review";
        auditor.changed(actionKey(id), subject, "text", action.text(), saved.text());
        auditor.changed(actionKey(id), subject, "owner", action.owner(), saved.owner());
        auditor.changed(actionKey(id), subject, "due", action.due(), saved.due());
        return saved;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public List<RuleBreach> breaches(ReviewId id) {
        return review(id).breaches();
    }

    /** The scrutineer signs off: refused while any question breaks a rule or the overall judgement is missing. */
    @Transactional
    @PreAuthorize(Roles.SCRUTINEER)
    public Review signOff(ReviewId id, long version) {
        Review review = current(id, version);
        if (review.status() != ReviewStatus.IN_REVIEW) {
            throw new RuleViolationException("Only a review in review can be signed off; this one is "
                    + review.status().label().toLowerCase() + ".");
        }
        return saveStatus(
                review,
                review.signOff(
                        review(id).breaches(), clock.instant(), actor.get().username()));
    }

    /**
     * The manager publishes a signed-off review: its report is rendered and stored with its
     * SHA-256 as the next published version ({@link Publications}), and what is downloaded from
     * then on is that file, even if the review is later reopened.
     */
    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public Review publish(ReviewId id, long version) {
        Review review = current(id, version);
        Review published =
                saveStatus(review, review.publish(clock.instant(), actor.get().username()));
        publications.freeze(review(id));
        return published;
    }

    /** Reopens a signed-off or published review for a correction, keeping the reason. */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public Review reopen(ReviewId id, String reason, long version) {
        Review review = current(id, version);
        Review reopened = saveStatus(
                review, review.reopen(reason, clock.instant(), actor.get().username()));
        auditor.changed(reviewKey(id), "Review " + review.year(), "reopening reason", null, reason.strip());
        return reopened;
    }

    public static String reviewKey(ReviewId id) {
        return "review:" + id;
    }

    public static String assessmentKey(ReviewId id, QuestionRef question) {
        return "assessment:" + id + ":" + question;
    }

    public static String actionKey(ActionId id) {
        return "action:" + id;
    }

    private Assessment changeAssessment(
            ReviewId id,
            QuestionRef question,
            long version,
            String field,
            UnaryOperator<Assessment> change,
            Function<Assessment, @Nullable Object> value) {
        Review review = editable(id);
        framework(review.frameworkId()).requireQuestion(question);
        Assessment before = assessments.find(id, question).orElseGet(() -> Assessment.unrated(id, question));
        if (before.version() != version) {
            throw new ConcurrentChangeException("Question " + question + " of the " + review.year() + " review");
        }
        Assessment saved = assessments.save(change.apply(before));
        auditor.changed(
                assessmentKey(id, question),
                "Question " + question + " of the " + review.year() + " review",
                field,
                value.apply(before),
                value.apply(saved));
        return saved;
    }

    private Review saveStatus(Review before, Review after) {
        Review saved = reviews.save(after);
        auditor.changed(
                reviewKey(before.requireId()),
                "Review " + before.year(),
                "status",
                before.status().label(),
                saved.status().label());
        return saved;
    }

    private Review current(ReviewId id, long version) {
        Review review = reviews.find(id).orElseThrow(() -> notFound(id));
        if (review.version() != version) {
            throw new ConcurrentChangeException("The " + review.year() + " review");
        }
        return review;
    }

    private Review editable(ReviewId id) {
        Review review = reviews.find(id).orElseThrow(() -> notFound(id));
        review.requireEditable();
        return review;
    }

    private Review readable(ReviewId id) {
        Review review = reviews.find(id).orElseThrow(() -> notFound(id));
        if (!mayRead(review)) {
            throw new AccessDeniedException("Data officers can read published reviews only");
        }
        return review;
    }

    private boolean mayRead(Review review) {
        return review.status() == ReviewStatus.PUBLISHED || permissions.may(Permission.READ_LIBRARY);
    }

    private List<Assessment> assessmentsOf(Review review, Framework framework) {
        Map<QuestionRef, Assessment> saved =
                assessments.of(review.requireId()).stream().collect(Collectors.toMap(Assessment::question, a -> a));
        return framework
                .questions()
                .map(q -> saved.getOrDefault(q.ref(), Assessment.unrated(review.requireId(), q.ref())))
                .toList();
    }

    private Framework framework(FrameworkId id) {
        return frameworks.find(id).orElseThrow(() -> new NotFoundException("There is no framework version " + id));
    }

    private static NotFoundException notFound(ReviewId id) {
        return new NotFoundException("There is no review " + id);
    }
}
