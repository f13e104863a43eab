package uk.scrutiny.application.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A review as a JSON archive, for keeping or for moving to another installation: the framework
 * version it used, its status and history, every assessment, the metadata of the evidence it
 * cites (not the files) and every recommended action with its progress notes. Evidence is
 * referred to within the archive by {@code key}; codes (agencies, meeting bodies) by value.
 */
public record ReviewArchive(
        String format,
        int formatVersion,
        @Nullable Instant exportedAt,
        @Nullable String exportedBy,
        @Nullable String partnership,
        FrameworkPart framework,
        ReviewPart review,
        List<EvidencePart> evidence,
        List<AssessmentPart> assessments,
        List<ActionPart> actions) {

    public static final String FORMAT = "safeguarding-scrutiny-review";
    public static final int FORMAT_VERSION = 1;

    public ReviewArchive {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public record FrameworkPart(
            String family,
            String name,
            int version,
            @Nullable String source,
            GuidancePart guidance,
            List<MeasurePart> keyMeasures,
            List<StepPart> steps) {}

    public record GuidancePart(String green, String amber, String red, String actionPlan) {}

    public record MeasurePart(int number, String text) {}

    public record StepPart(int number, String title, List<QuestionPart> questions) {}

    public record QuestionPart(String ref, String text, int keyMeasure) {}

    public record ReviewPart(
            String year,
            String scrutineer,
            @Nullable String overallJudgement,
            String status,
            List<StatusChangePart> history) {}

    public record StatusChangePart(
            String from,
            String to,
            Instant at,
            String by,
            @Nullable String reason) {}

    public record EvidencePart(
            String key,
            String type,
            String title,
            LocalDate date,
            @Nullable String owner,
            String source,
            @Nullable String documentName,
            @Nullable FilePart file,
            @Nullable String link,
            boolean draft,
            @Nullable String meetingBody,
            @Nullable String versionLabel,
            Instant addedAt,
            String addedBy) {}

    /** The stored file's name, content type, size and SHA-256: the file itself stays where it is kept. */
    public record FilePart(String originalName, String contentType, long size, String sha256) {}

    public record AssessmentPart(
            String question,
            @Nullable String rating,
            @Nullable String commentary,
            List<String> evidence) {}

    public record ActionPart(
            String question,
            int number,
            String text,
            @Nullable String owner,
            @Nullable LocalDate due,
            String status,
            @Nullable ActionOrigin carriedFrom,
            List<NotePart> notes) {}

    /** The action of an earlier review that an action was carried forward from. */
    public record ActionOrigin(String year, String question, int number) {}

    public record NotePart(
            Instant at,
            String author,
            String text,
            @Nullable String newStatus) {}
}
