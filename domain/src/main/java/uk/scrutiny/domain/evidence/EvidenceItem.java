package uk.scrutiny.domain.evidence;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.common.Text;
import uk.scrutiny.domain.partnership.AgencyCode;

/**
 * A piece of evidence that questions can cite: a document, a web link, a scorecard submission,
 * minutes or an action log.
 *
 * <p>Invariants: a web link has an {@code https://} address and no file; other items are named by
 * their document ({@link #documentName}) and may hold the file itself ({@link #file}); only
 * minutes can be draft, and draft minutes are not approved evidence (a Green rating cannot rest
 * on them). One item can be cited by many questions of many reviews.
 */
public record EvidenceItem(
        @Nullable EvidenceId id,
        EvidenceType type,
        String title,
        LocalDate date,
        @Nullable AgencyCode owner,
        EvidenceSource source,
        @Nullable String documentName,
        @Nullable StoredFile file,
        @Nullable URI link,
        boolean draft,
        @Nullable String meetingBody,
        @Nullable String versionLabel,
        @Nullable EvidenceId supersededBy,
        Instant addedAt,
        String addedBy,
        long version) {

    public EvidenceItem {
        Objects.requireNonNull(type, "type");
        title = Text.required(title, "An evidence item's title", 500);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        documentName = Text.optional(documentName, "A document name", 255);
        meetingBody = Text.optional(meetingBody, "A meeting body", 20);
        versionLabel = Text.optional(versionLabel, "A version", 40);
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(addedBy, "addedBy");
        if (type == EvidenceType.WEB_LINK) {
            if (link == null) {
                throw new IllegalArgumentException("A web link needs its address");
            }
            if (file != null) {
                throw new IllegalArgumentException("A web link holds no file");
            }
        }
        if (link != null) {
            requireHttps(link);
        }
        if (type != EvidenceType.WEB_LINK && link == null && documentName == null && file == null) {
            throw new IllegalArgumentException("Name the document this evidence is, or attach it");
        }
        if (draft && type != EvidenceType.MINUTES) {
            throw new IllegalArgumentException("Only minutes can be marked as draft");
        }
    }

    /** Refuses anything but an absolute {@code https://} address with a host. */
    public static URI requireHttps(URI link) {
        if (link.getScheme() == null
                || !link.getScheme().toLowerCase(Locale.ROOT).equals("https")
                || link.getHost() == null) {
            throw new IllegalArgumentException(
                    "'" + link + "' is not an https:// address: only secure web links can be evidence");
        }
        return link;
    }

    /** Approved evidence can support a Green rating: everything except draft minutes. */
    public boolean isApproved() {
        return !draft;
    }

    public boolean isSuperseded() {
        return supersededBy != null;
    }

    /** What a reader sees as the item's file: the stored file's name, the document's name or the address. */
    public String reference() {
        if (file != null) {
            return file.originalName();
        }
        if (documentName != null) {
            return documentName;
        }
        return Objects.requireNonNull(link).toString();
    }

    public EvidenceItem withId(EvidenceId newId) {
        return new EvidenceItem(
                newId,
                type,
                title,
                date,
                owner,
                source,
                documentName,
                file,
                link,
                draft,
                meetingBody,
                versionLabel,
                supersededBy,
                addedAt,
                addedBy,
                version);
    }

    public EvidenceItem supersededBy(EvidenceId newer) {
        return new EvidenceItem(
                id,
                type,
                title,
                date,
                owner,
                source,
                documentName,
                file,
                link,
                draft,
                meetingBody,
                versionLabel,
                newer,
                addedAt,
                addedBy,
                version);
    }
}
