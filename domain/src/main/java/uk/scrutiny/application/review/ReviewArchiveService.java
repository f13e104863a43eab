package uk.scrutiny.application.review;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.application.security.Permission;
import uk.scrutiny.application.security.Permissions;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.action.ActionId;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.action.ProgressNote;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.action.RecommendedActions;
import uk.scrutiny.domain.common.Download;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.framework.RagGuidance;
import uk.scrutiny.domain.framework.Step;
import uk.scrutiny.domain.partnership.Agencies;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.MeetingBodies;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.Assessments;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.domain.review.StatusChange;

/**
 * A review as a JSON archive ({@link ReviewArchive}): exported by anyone who may read the
 * review, imported into another installation by the business unit manager.
 *
 * <p>An import adds the review with its status, history, assessments and actions; it reuses the
 * framework version when this installation has the same one (otherwise it adds it as the family's
 * next version) and an evidence item when one with the same file (SHA-256) is already filed;
 * other evidence is filed by its metadata, without the file. It is refused whole, naming every
 * problem and where it is, when the year already has a review or the archive names agencies,
 * meeting bodies or questions that do not fit. An imported published review has its report
 * files frozen as it is added.
 */
@Service
@Transactional(readOnly = true)
public class ReviewArchiveService {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ReviewService reviewService;
    private final Permissions permissions;
    private final Reviews reviews;
    private final Assessments assessments;
    private final RecommendedActions actions;
    private final EvidenceItems evidence;
    private final Frameworks frameworks;
    private final Agencies agencies;
    private final MeetingBodies meetingBodies;
    private final Publications publications;
    private final CurrentActor actor;
    private final Auditor auditor;
    private final Clock clock;

    public ReviewArchiveService(
            ReviewService reviewService,
            Reviews reviews,
            Assessments assessments,
            RecommendedActions actions,
            EvidenceItems evidence,
            Frameworks frameworks,
            Agencies agencies,
            MeetingBodies meetingBodies,
            Publications publications,
            CurrentActor actor,
            Auditor auditor,
            Clock clock,
            Permissions permissions) {
        this.permissions = permissions;
        this.reviewService = reviewService;
        this.reviews = reviews;
        this.assessments = assessments;
        this.actions = actions;
        this.evidence = evidence;
        this.frameworks = frameworks;
        this.agencies = agencies;
        this.meetingBodies = meetingBodies;
        this.publications = publications;
        this.actor = actor;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Whether the caller may import a review archive (the manager). */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayImport() {
        return permissions.may(Permission.MANAGE);
    }

    /** The review as a JSON file named e.g. {@code review-2021-22.json}. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Download export(ReviewId id) {
        ReviewDetails details = reviewService.review(id);
        byte[] json = JSON.writeValueAsBytes(archive(details));
        return new Download(
                "review-" + details.review().year().toString().replace('/', '-') + ".json", "application/json", json);
    }

    /**
     * Adds the review an archive holds.
     *
     * @return the new review's id
     * @throws IllegalArgumentException when the file is not a review archive, saying where it fails
     * @throws RuleViolationException naming every part of the archive that does not fit this installation
     */
    @Transactional
    @PreAuthorize(Roles.MANAGER)
    public ReviewId importArchive(byte[] json) {
        ReviewArchive archive = parse(json);
        Problems problems = new Problems();
        FinancialYear year = problems.check(
                "review.year", () -> FinancialYear.parse(archive.review().year()));
        if (year != null && reviews.findByYear(year).isPresent()) {
            problems.add("review.year: there is already a review for " + year
                    + " in this installation; an archive adds a review, it never replaces one.");
        }
        Framework framework = problems.check("framework", () -> framework(archive.framework()));
        ReviewStatus status = problems.check(
                "review.status", () -> ReviewStatus.valueOf(archive.review().status()));
        List<StatusChange> history = new ArrayList<>();
        for (int i = 0; i < archive.review().history().size(); i++) {
            ReviewArchive.StatusChangePart c = archive.review().history().get(i);
            StatusChange change = problems.check(
                    "review.history[" + i + "]",
                    () -> new StatusChange(
                            ReviewStatus.valueOf(c.from()), ReviewStatus.valueOf(c.to()), c.at(), c.by(), c.reason()));
            if (change != null) {
                history.add(change);
            }
        }
        Map<String, EvidenceItem> items = new LinkedHashMap<>();
        Map<String, String> fileHashes = new HashMap<>();
        for (int i = 0; i < archive.evidence().size(); i++) {
            ReviewArchive.EvidencePart e = archive.evidence().get(i);
            String where = "evidence[" + i + "] ('" + e.title() + "')";
            EvidenceItem item = problems.check(where, () -> evidenceItem(e));
            if (item != null) {
                requireAgency(problems, where, item.owner());
                if (item.meetingBody() != null
                        && meetingBodies.find(item.meetingBody()).isEmpty()) {
                    problems.add(where + ": meeting body " + item.meetingBody()
                            + " is not in this installation; add it first, then import again.");
                }
                items.put(e.key(), item);
                if (e.file() != null) {
                    fileHashes.put(e.key(), e.file().sha256());
                }
            }
        }
        Set<QuestionRef> questions = new HashSet<>();
        if (framework != null) {
            framework.questions().forEach(q -> questions.add(q.ref()));
        }
        List<Assessment> assessed = new ArrayList<>();
        for (int i = 0; i < archive.assessments().size(); i++) {
            ReviewArchive.AssessmentPart a = archive.assessments().get(i);
            String where = "assessments[" + i + "] (question " + a.question() + ")";
            QuestionRef ref = problems.check(where, () -> QuestionRef.parse(a.question()));
            RagRating rating = a.rating() == null ? null : problems.check(where, () -> RagRating.parse(a.rating()));
            if (ref != null && framework != null && !questions.contains(ref)) {
                problems.add(where + ": the framework in the archive has no question " + ref + ".");
            }
            for (String key : a.evidence()) {
                if (!items.containsKey(key)) {
                    problems.add(
                            where + ": cites evidence '" + key + "', which the archive's evidence list does not hold.");
                }
            }
            if (ref != null) {
                Assessment checked = problems.check(
                        where, () -> new Assessment(new ReviewId(0), ref, rating, a.commentary(), List.of(), 0));
                if (checked != null) {
                    assessed.add(checked);
                }
            }
        }
        for (int i = 0; i < archive.actions().size(); i++) {
            ReviewArchive.ActionPart a = archive.actions().get(i);
            String where = "actions[" + i + "] (" + a.question() + "." + a.number() + ")";
            RecommendedAction action = problems.check(where, () -> action(a, new ReviewId(0), null));
            if (action != null) {
                requireAgency(problems, where, action.owner());
            }
        }
        problems.throwIfAny();

        Framework used = Objects.requireNonNull(framework).id() != null ? framework : frameworks.add(framework);
        Review saved = reviews.save(new Review(
                null,
                Objects.requireNonNull(year),
                Objects.requireNonNull(used.id()),
                archive.review().scrutineer(),
                archive.review().overallJudgement(),
                Objects.requireNonNull(status),
                history,
                0));
        ReviewId id = saved.requireId();
        Map<String, EvidenceId> filed = new HashMap<>();
        items.forEach((key, item) -> filed.put(key, file(item, fileHashes.get(key))));
        Map<QuestionRef, List<String>> citations = new HashMap<>();
        archive.assessments().forEach(a -> citations.put(QuestionRef.parse(a.question()), a.evidence()));
        Set<QuestionRef> assessedQuestions = new HashSet<>();
        for (Assessment a : assessed) {
            List<EvidenceId> cited = citations.getOrDefault(a.question(), List.of()).stream()
                    .map(filed::get)
                    .distinct()
                    .toList();
            assessments.save(new Assessment(id, a.question(), a.rating(), a.commentary(), cited, 0));
            assessedQuestions.add(a.question());
        }
        used.questions()
                .filter(q -> !assessedQuestions.contains(q.ref()))
                .forEach(q -> assessments.save(Assessment.unrated(id, q.ref())));
        for (ReviewArchive.ActionPart a : archive.actions()) {
            actions.save(action(a, id, origin(a.carriedFrom())));
        }
        auditor.changed(
                ReviewService.reviewKey(id),
                "Review " + year,
                "imported",
                null,
                "from an archive of " + (archive.partnership() == null ? "another installation" : archive.partnership())
                        + (archive.exportedAt() == null ? "" : " exported " + archive.exportedAt())
                        + " with " + assessed.size() + " assessments, " + items.size() + " evidence items and "
                        + archive.actions().size() + " actions");
        if (status == ReviewStatus.PUBLISHED) {
            publications.freeze(reviewService.review(id));
        }
        return id;
    }

    private ReviewArchive archive(ReviewDetails details) {
        Framework f = details.framework();
        ReviewArchive.FrameworkPart framework = new ReviewArchive.FrameworkPart(
                f.family(),
                f.name(),
                f.version(),
                f.source(),
                new ReviewArchive.GuidancePart(
                        f.guidance().green(),
                        f.guidance().amber(),
                        f.guidance().red(),
                        f.guidance().actionPlan()),
                f.keyMeasures().stream()
                        .map(k -> new ReviewArchive.MeasurePart(k.number(), k.text()))
                        .toList(),
                f.steps().stream()
                        .map(s -> new ReviewArchive.StepPart(
                                s.number(),
                                s.title(),
                                s.questions().stream()
                                        .map(q -> new ReviewArchive.QuestionPart(
                                                q.ref().toString(), q.text(), q.keyMeasure()))
                                        .toList()))
                        .toList());
        Review r = details.review();
        ReviewArchive.ReviewPart review = new ReviewArchive.ReviewPart(
                r.year().toString(),
                r.scrutineer(),
                r.overallJudgement(),
                r.status().name(),
                r.history().stream()
                        .map(c -> new ReviewArchive.StatusChangePart(
                                c.from().name(), c.to().name(), c.at(), c.by(), c.reason()))
                        .toList());
        Map<EvidenceId, String> keys = new LinkedHashMap<>();
        List<ReviewArchive.EvidencePart> items = new ArrayList<>();
        List<ReviewArchive.AssessmentPart> assessed = new ArrayList<>();
        List<ReviewArchive.ActionPart> planned = new ArrayList<>();
        for (QuestionAssessment q : details.questions()) {
            List<String> cited = new ArrayList<>();
            for (EvidenceItem item : q.evidence()) {
                String key = keys.computeIfAbsent(Objects.requireNonNull(item.id()), i -> "E" + (keys.size() + 1));
                if (items.size() < keys.size()) {
                    items.add(evidencePart(key, item));
                }
                cited.add(key);
            }
            assessed.add(new ReviewArchive.AssessmentPart(
                    q.question().ref().toString(),
                    q.rating() == null ? null : q.rating().name(),
                    q.assessment().commentary(),
                    cited));
            for (RecommendedAction a : q.actions()) {
                planned.add(new ReviewArchive.ActionPart(
                        a.question().toString(),
                        a.number(),
                        a.text(),
                        a.owner() == null ? null : a.owner().value(),
                        a.due(),
                        a.status().name(),
                        a.carriedFrom() == null ? null : originOf(a.carriedFrom()),
                        a.notes().stream()
                                .map(n -> new ReviewArchive.NotePart(
                                        n.at(),
                                        n.author(),
                                        n.text(),
                                        n.newStatus() == null
                                                ? null
                                                : n.newStatus().name()))
                                .toList()));
            }
        }
        return new ReviewArchive(
                ReviewArchive.FORMAT,
                ReviewArchive.FORMAT_VERSION,
                clock.instant(),
                actor.get().username(),
                details.partnership(),
                framework,
                review,
                items,
                assessed,
                planned);
    }

    private static ReviewArchive.EvidencePart evidencePart(String key, EvidenceItem item) {
        var file = item.file();
        return new ReviewArchive.EvidencePart(
                key,
                item.type().name(),
                item.title(),
                item.date(),
                item.owner() == null ? null : item.owner().value(),
                item.source().name(),
                item.documentName(),
                file == null
                        ? null
                        : new ReviewArchive.FilePart(
                                file.originalName(), file.contentType(), file.size(), file.sha256()),
                item.link() == null ? null : item.link().toString(),
                item.draft(),
                item.meetingBody(),
                item.versionLabel(),
                item.addedAt(),
                item.addedBy());
    }

    private ReviewArchive.@Nullable ActionOrigin originOf(ActionId id) {
        return actions.find(id)
                .flatMap(a -> reviews.find(a.reviewId())
                        .map(r -> new ReviewArchive.ActionOrigin(
                                r.year().toString(), a.question().toString(), a.number())))
                .orElse(null);
    }

    private @Nullable ActionId origin(ReviewArchive.@Nullable ActionOrigin origin) {
        if (origin == null) {
            return null;
        }
        return reviews.findByYear(FinancialYear.parse(origin.year()))
                .flatMap(r -> actions.of(r.requireId()).stream()
                        .filter(a -> a.question().equals(QuestionRef.parse(origin.question()))
                                && a.number() == origin.number())
                        .findFirst())
                .map(RecommendedAction::id)
                .orElse(null);
    }

    private static ReviewArchive parse(byte[] json) {
        ReviewArchive archive;
        try {
            archive = JSON.readValue(json, ReviewArchive.class);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException(
                    "The file is not a review archive that this product can read" + where + ": "
                            + e.getOriginalMessage() + ". Export the review again and import the file unchanged.",
                    e);
        }
        if (archive == null || !ReviewArchive.FORMAT.equals(archive.format())) {
            throw new IllegalArgumentException("The file is not a review archive: its \"format\" is not \""
                    + ReviewArchive.FORMAT + "\". Choose a file exported with \"Export as JSON\".");
        }
        if (archive.formatVersion() != ReviewArchive.FORMAT_VERSION) {
            throw new IllegalArgumentException(
                    "The archive is in format version " + archive.formatVersion() + "; this installation reads version "
                            + ReviewArchive.FORMAT_VERSION + ". Update the product first.");
        }
        if (archive.framework() == null || archive.review() == null) {
            throw new IllegalArgumentException("The archive has no \"framework\" or no \"review\": it is incomplete. "
                    + "Export the review again.");
        }
        return archive;
    }

    /** The framework version the archive names: this installation's identical one, or a new version not yet saved. */
    private Framework framework(ReviewArchive.FrameworkPart part) {
        RagGuidance guidance = new RagGuidance(
                part.guidance().green(),
                part.guidance().amber(),
                part.guidance().red(),
                part.guidance().actionPlan());
        List<KeyMeasure> measures = part.keyMeasures().stream()
                .map(k -> new KeyMeasure(k.number(), k.text()))
                .toList();
        List<Step> steps = part.steps().stream()
                .map(s -> new Step(
                        s.number(),
                        s.title(),
                        s.questions().stream()
                                .map(q -> new Question(QuestionRef.parse(q.ref()), q.text(), q.keyMeasure()))
                                .toList()))
                .toList();
        Framework wanted = new Framework(
                null,
                part.family(),
                part.name(),
                Math.max(1, part.version()),
                part.source() == null ? "" : part.source(),
                guidance,
                measures,
                steps,
                0);
        List<Framework> family = frameworks.versionsOf(wanted.family());
        for (Framework existing : family) {
            if (existing.name().equals(wanted.name())
                    && existing.source().equals(wanted.source())
                    && existing.guidance().equals(wanted.guidance())
                    && existing.keyMeasures().equals(wanted.keyMeasures())
                    && existing.steps().equals(wanted.steps())) {
                return existing;
            }
        }
        int next = family.stream().mapToInt(Framework::version).max().orElse(wanted.version() - 1) + 1;
        return new Framework(null, wanted.family(), wanted.name(), next, wanted.source(), guidance, measures, steps, 0);
    }

    private EvidenceItem evidenceItem(ReviewArchive.EvidencePart e) {
        ReviewArchive.FilePart file = e.file();
        String documentName = e.documentName() != null ? e.documentName() : file == null ? null : file.originalName();
        return new EvidenceItem(
                null,
                EvidenceType.valueOf(e.type()),
                e.title(),
                e.date(),
                e.owner() == null ? null : AgencyCode.of(e.owner()),
                EvidenceSource.valueOf(e.source()),
                documentName,
                null,
                e.link() == null ? null : URI.create(e.link()),
                e.draft(),
                e.meetingBody(),
                e.versionLabel(),
                null,
                e.addedAt(),
                e.addedBy(),
                0);
    }

    /** The item already filed with the same file, or the archive's item filed now by its metadata. */
    private EvidenceId file(EvidenceItem item, @Nullable String sha256) {
        return (sha256 == null ? java.util.Optional.<EvidenceItem>empty() : evidence.findBySha256(sha256))
                .map(EvidenceItem::id)
                .orElseGet(() -> evidence.save(item).id());
    }

    private RecommendedAction action(ReviewArchive.ActionPart a, ReviewId review, @Nullable ActionId carriedFrom) {
        List<ProgressNote> notes = a.notes() == null
                ? List.of()
                : a.notes().stream()
                        .map(n -> new ProgressNote(
                                n.at(),
                                n.author(),
                                n.text(),
                                n.newStatus() == null ? null : ActionStatus.valueOf(n.newStatus())))
                        .toList();
        return new RecommendedAction(
                null,
                review,
                QuestionRef.parse(a.question()),
                a.number(),
                a.text(),
                a.owner() == null ? null : AgencyCode.of(a.owner()),
                a.due(),
                ActionStatus.valueOf(a.status()),
                carriedFrom,
                notes,
                0);
    }

    private void requireAgency(Problems problems, String where, @Nullable AgencyCode code) {
        if (code != null && agencies.find(code).isEmpty()) {
            problems.add(where + ": agency " + code + " is not in this installation; add it first, then import again.");
        }
    }

    /** Every problem of an archive, each with where it is, refused together. */
    private static final class Problems {

        private final List<String> found = new ArrayList<>();

        void add(String problem) {
            found.add(problem);
        }

        <T> @Nullable T check(String where, Supplier<T> reading) {
            try {
                return reading.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                add(where + ": " + (e.getMessage() == null ? "a required value is missing" : e.getMessage()));
                return null;
            }
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                List<String> all = new ArrayList<>();
                all.add("The archive was not imported; nothing was added.");
                all.addAll(found);
                throw new RuleViolationException(all);
            }
        }
    }
}
