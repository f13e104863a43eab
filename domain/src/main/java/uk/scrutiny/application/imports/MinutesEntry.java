package uk.scrutiny.application.imports;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.MeetingBody;

/**
 * A good row of a minutes manifest: the document is either a file of the manifest's folder (named,
 * with the SHA-256 of its bytes) or an {@code https://} address.
 */
public record MinutesEntry(
        MeetingBody body,
        LocalDate meetingDate,
        boolean draft,
        String title,
        String documentName,
        @Nullable String documentSha256,
        @Nullable URI link,
        @Nullable String version,
        List<QuestionRef> questions,
        @Nullable AgencyCode owner) {

    public MinutesEntry {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentName, "documentName");
        questions = List.copyOf(questions);
        if ((documentSha256 == null) == (link == null)) {
            throw new IllegalArgumentException("Minutes are a file or an address, one of the two");
        }
    }
}
