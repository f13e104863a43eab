package uk.scrutiny.persistence;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.evidence.EvidenceId;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.evidence.StoredFile;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.Reviews;

/** Small builders for the records the persistence tests save. */
public final class Fixtures {

    /** An instant to the microsecond, as both databases keep it. */
    public static final Instant AT = Instant.parse("2022-03-14T10:15:30.123456Z");

    private Fixtures() {}

    public static Framework sixSteps(Frameworks frameworks) {
        return frameworks.versionsOf("six-steps").getFirst();
    }

    /** A review of the year (e.g. 2021 for 2021/22) against the shipped framework, saved. */
    public static Review savedReview(Reviews reviews, Frameworks frameworks, int startYear) {
        return reviews.save(
                Review.start(FinancialYear.of(startYear), sixSteps(frameworks).id(), "Simon Westwood"));
    }

    public static EvidenceBuilder evidence(String title) {
        return new EvidenceBuilder(title);
    }

    public static StoredFile storedFile(String name, char digit) {
        return new StoredFile(
                "2022/03/" + digit + "-file", name, String.valueOf(digit).repeat(64), "application/pdf", 1234);
    }

    /** An evidence item, by default a named document of the local authority filed on 13 December 2021. */
    public static final class EvidenceBuilder {

        private final String title;
        private EvidenceType type = EvidenceType.DOCUMENT;
        private LocalDate date = LocalDate.of(2021, 12, 13);
        private @Nullable AgencyCode owner = new AgencyCode("LA");
        private EvidenceSource source = EvidenceSource.UPLOAD;
        private @Nullable String documentName;
        private @Nullable StoredFile file;
        private @Nullable URI link;
        private boolean draft;
        private @Nullable String meetingBody;
        private @Nullable EvidenceId supersededBy;

        private EvidenceBuilder(String title) {
            this.title = title;
            this.documentName = title + ".docx";
        }

        public EvidenceBuilder dated(LocalDate newDate) {
            date = newDate;
            return this;
        }

        public EvidenceBuilder ownedBy(@Nullable String agency) {
            owner = agency == null ? null : new AgencyCode(agency);
            return this;
        }

        public EvidenceBuilder withFile(StoredFile stored) {
            file = stored;
            documentName = null;
            return this;
        }

        public EvidenceBuilder webLink(String address) {
            type = EvidenceType.WEB_LINK;
            source = EvidenceSource.LINK;
            link = URI.create(address);
            documentName = null;
            return this;
        }

        public EvidenceBuilder minutesOf(String body, boolean isDraft) {
            type = EvidenceType.MINUTES;
            source = EvidenceSource.IMPORT;
            meetingBody = body;
            draft = isDraft;
            return this;
        }

        public EvidenceBuilder supersededBy(EvidenceId newer) {
            supersededBy = newer;
            return this;
        }

        public EvidenceItem build() {
            return new EvidenceItem(
                    null,
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
                    draft ? "v1" : null,
                    supersededBy,
                    AT,
                    "officer",
                    0);
        }
    }
}
