package uk.scrutiny.application.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.Auditor;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.application.security.Roles;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.evidence.StoredFile;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialQuarter;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.Assessments;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.Reviews;

/**
 * Files what the evidence import brings in as evidence items: each accepted scorecard submission,
 * and each good row of a minutes manifest, linked to the named questions of the review whose
 * period holds the meeting date. A review that is signed off or published is read-only: its
 * minutes are stored unlinked, with a warning. Called by the import, as the system.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceFilingService {

    private final EvidenceItems items;
    private final Reviews reviews;
    private final Assessments assessments;
    private final Frameworks frameworks;
    private final Auditor auditor;
    private final Clock clock;

    public EvidenceFilingService(
            EvidenceItems items,
            Reviews reviews,
            Assessments assessments,
            Frameworks frameworks,
            Auditor auditor,
            Clock clock) {
        this.items = items;
        this.reviews = reviews;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** The evidence item of an accepted scorecard submission, dated at the quarter's end. */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public EvidenceId fileScorecard(
            AgencyCode agency,
            FinancialQuarter quarter,
            String fileName,
            @Nullable StoredFile file,
            String submittedBy) {
        EvidenceItem saved = items.save(new EvidenceItem(
                null,
                EvidenceType.SCORECARD,
                agency + " scorecard " + quarter,
                quarter.end(),
                agency,
                EvidenceSource.IMPORT,
                file == null ? fileName : null,
                file,
                null,
                false,
                null,
                null,
                null,
                clock.instant(),
                submittedBy,
                0));
        auditor.changed(
                "evidence:" + saved.id(),
                "Evidence item '" + saved.title() + "'",
                "imported",
                null,
                fileName + ", sent by " + submittedBy);
        return Objects.requireNonNull(saved.id());
    }

    /**
     * Checks a minutes row against the reviews: the question references must exist in the
     * framework of the review that holds the date (or, with no such review, in a current framework).
     *
     * @throws RuleViolationException naming the unknown references
     */
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public void checkQuestions(MinutesEntry entry) {
        if (entry.questions().isEmpty()) {
            return;
        }
        Optional<Review> review = reviewHolding(entry);
        List<Framework> candidates = review.map(
                        r -> frameworks.find(r.frameworkId()).stream().toList())
                .orElseGet(frameworks::latestVersions);
        List<QuestionRef> unknown = entry.questions().stream()
                .filter(q -> candidates.stream().noneMatch(f -> f.question(q).isPresent()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("There is no question "
                    + unknown.stream().map(QuestionRef::toString).collect(Collectors.joining(", "))
                    + (review.map(r -> " in the " + r.year() + " review").orElse(""))
                    + ": write references such as 2.3, separated by ';'.");
        }
    }

    /**
     * Files a good manifest row. The same meeting, date, version and document again changes
     * nothing; a new version of the same meeting's minutes supersedes the one before.
     *
     * @param store copies the document into evidence storage; called only when a new item is filed
     */
    @Transactional
    @PreAuthorize(Roles.BUSINESS_UNIT)
    public MinutesFiled fileMinutes(MinutesEntry entry, Supplier<@Nullable StoredFile> store, String by) {
        checkQuestions(entry);
        List<EvidenceItem> sameMeeting = items
                .find(
                        new EvidenceFilter(
                                EvidenceType.MINUTES, null, entry.meetingDate(), entry.meetingDate(), null, null, null),
                        0,
                        1000)
                .stream()
                .filter(i -> entry.body().code().equals(i.meetingBody()))
                .toList();
        Optional<EvidenceItem> same =
                sameMeeting.stream().filter(i -> isSame(i, entry)).findFirst();
        if (same.isPresent()) {
            return new MinutesFiled(Objects.requireNonNull(same.get().id()), true, List.of());
        }
        StoredFile file = store.get();
        EvidenceItem saved = items.save(new EvidenceItem(
                null,
                EvidenceType.MINUTES,
                entry.title(),
                entry.meetingDate(),
                entry.owner(),
                EvidenceSource.IMPORT,
                file == null ? entry.documentName() : null,
                file,
                entry.link(),
                entry.draft(),
                entry.body().code(),
                entry.version(),
                null,
                clock.instant(),
                by,
                0));
        EvidenceId id = Objects.requireNonNull(saved.id());
        String subject = "Evidence item '" + saved.title() + "'";
        auditor.changed(
                "evidence:" + id,
                subject,
                "imported",
                null,
                entry.body().name() + " minutes of " + entry.meetingDate() + (entry.draft() ? " (draft)" : ""));
        for (EvidenceItem older : sameMeeting) {
            if (!older.isSuperseded()) {
                items.save(older.supersededBy(id));
                auditor.changed(
                        "evidence:" + older.id(),
                        "Evidence item '" + older.title() + "'",
                        "superseded by",
                        null,
                        saved.title() + (saved.versionLabel() == null ? "" : " " + saved.versionLabel()));
            }
        }
        return new MinutesFiled(id, false, link(saved, entry));
    }

    private List<String> link(EvidenceItem item, MinutesEntry entry) {
        if (entry.questions().isEmpty()) {
            return List.of();
        }
        String refs = entry.questions().stream().map(QuestionRef::toString).collect(Collectors.joining(", "));
        Optional<Review> holding = reviewHolding(entry);
        if (holding.isEmpty()) {
            return List.of(
                    "No review covers " + entry.meetingDate() + ", so the minutes were stored in the evidence library "
                            + "without a link to question " + refs + ".");
        }
        Review review = holding.get();
        if (!review.isEditable()) {
            return List.of("The " + review.year() + " review is "
                    + review.status().label().toLowerCase()
                    + " and so read-only: the minutes were stored in the evidence library without a link to question "
                    + refs
                    + ". Cite them by hand if the review is reopened.");
        }
        List<String> warnings = new ArrayList<>();
        EvidenceId id = Objects.requireNonNull(item.id());
        for (QuestionRef question : entry.questions()) {
            Assessment before = assessments
                    .find(review.requireId(), question)
                    .orElseGet(() -> Assessment.unrated(review.requireId(), question));
            if (before.citedEvidence().contains(id)) {
                continue;
            }
            assessments.save(before.citing(id));
            auditor.changed(
                    ReviewService.assessmentKey(review.requireId(), question),
                    "Question " + question + " of the " + review.year() + " review",
                    "evidence cited",
                    null,
                    item.title());
        }
        if (item.draft()) {
            warnings.add(
                    "These minutes are a draft: they are cited, but a rating cannot rest on them until the approved "
                            + "version is imported.");
        }
        return warnings;
    }

    private Optional<Review> reviewHolding(MinutesEntry entry) {
        return reviews.all().stream()
                .filter(r -> r.year().contains(entry.meetingDate()))
                .findFirst();
    }

    private static boolean isSame(EvidenceItem item, MinutesEntry entry) {
        if (!Objects.equals(item.versionLabel(), entry.version())) {
            return false;
        }
        if (entry.link() != null) {
            return entry.link().equals(item.link());
        }
        return item.file() != null && item.file().sha256().equals(entry.documentSha256());
    }
}
