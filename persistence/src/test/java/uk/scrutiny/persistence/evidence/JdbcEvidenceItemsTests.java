package uk.scrutiny.persistence.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.evidence.Citation;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.evidence.EvidenceItems;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.review.Assessment;
import uk.scrutiny.domain.review.Assessments;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcEvidenceItemsTests {

    @Autowired
    EvidenceItems evidence;

    @Autowired
    Reviews reviews;

    @Autowired
    Frameworks frameworks;

    @Autowired
    Assessments assessments;

    @Test
    void an_uploaded_file_is_saved_with_its_stored_file() {
        EvidenceItem saved = evidence.save(Fixtures.evidence("Salford Exec Terms of Reference")
                .withFile(Fixtures.storedFile("Salford Exec Terms of Reference.docx", 'a'))
                .build());

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(evidence.find(saved.id())).contains(saved);
    }

    @Test
    void a_web_link_and_draft_minutes_are_saved_as_they_are() {
        EvidenceItem link = evidence.save(Fixtures.evidence("Greater Manchester procedures: information sharing")
                .webLink("https://greatermanchesterscb.proceduresonline.com/chapters/p_info_sharing.html")
                .ownedBy(null)
                .build());
        EvidenceItem minutes = evidence.save(Fixtures.evidence("SSCP minutes 16 January 2023")
                .minutesOf("EXEC", true)
                .build());

        assertThat(evidence.findAll(List.of(link.id(), minutes.id())))
                .containsOnly(entry(link.id(), link), entry(minutes.id(), minutes));
        assertThat(evidence.find(minutes.id()).orElseThrow().isApproved()).isFalse();
    }

    @Test
    void a_newer_version_supersedes_the_older() {
        EvidenceItem older = evidence.save(Fixtures.evidence("SSCP minutes 13 December 2021")
                .minutesOf("EXEC", false)
                .build());
        EvidenceItem newer = evidence.save(Fixtures.evidence("SSCP minutes 13 December 2021 v2")
                .minutesOf("EXEC", false)
                .build());

        EvidenceItem superseded = evidence.save(older.supersededBy(newer.id()));

        assertThat(evidence.find(older.id())).contains(superseded);
        assertThat(superseded.isSuperseded()).isTrue();
        assertThat(superseded.version()).isEqualTo(2);
    }

    @Test
    void stale_evidence_save_is_refused() {
        EvidenceItem read =
                evidence.save(Fixtures.evidence("learning-from-lockdown").build());
        evidence.save(read);

        assertThatThrownBy(() -> evidence.save(read))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Evidence item 'learning-from-lockdown' was changed by someone else");
    }

    @Test
    void an_item_holding_the_same_bytes_is_found_by_its_sha256() {
        EvidenceItem saved = evidence.save(Fixtures.evidence("Salford TTL Practice Guidance")
                .withFile(Fixtures.storedFile("Salford TTL Practice Guidance (1).pdf", 'b'))
                .build());

        assertThat(evidence.findBySha256("b".repeat(64))).contains(saved);
        assertThat(evidence.findBySha256("c".repeat(64))).isEmpty();
    }

    @Test
    void the_library_is_filtered_by_type_owner_dates_source_and_words() {
        evidence.save(Fixtures.evidence("Annual Report Action Priorities 21 22")
                .dated(LocalDate.of(2022, 3, 1))
                .build());
        evidence.save(Fixtures.evidence("Police scorecard 2021/22 Q2")
                .ownedBy("POLICE")
                .dated(LocalDate.of(2021, 9, 30))
                .build());
        evidence.save(Fixtures.evidence("Minutes SOG 2021-11-08 Approved")
                .minutesOf("SOG", false)
                .dated(LocalDate.of(2021, 11, 8))
                .build());

        assertThat(titles(new EvidenceFilter(EvidenceType.MINUTES, null, null, null, null, null, null)))
                .containsExactly("Minutes SOG 2021-11-08 Approved");
        assertThat(titles(new EvidenceFilter(null, new AgencyCode("POLICE"), null, null, null, null, null)))
                .containsExactly("Police scorecard 2021/22 Q2");
        assertThat(titles(new EvidenceFilter(
                        null, null, LocalDate.of(2021, 11, 8), LocalDate.of(2022, 3, 1), null, null, null)))
                .containsExactly("Annual Report Action Priorities 21 22", "Minutes SOG 2021-11-08 Approved");
        assertThat(titles(new EvidenceFilter(null, null, null, null, EvidenceSource.IMPORT, null, null)))
                .containsExactly("Minutes SOG 2021-11-08 Approved");
        assertThat(titles(new EvidenceFilter(null, null, null, null, null, null, "  priorities ANNUAL ")))
                .containsExactly("Annual Report Action Priorities 21 22");
        assertThat(titles(new EvidenceFilter(null, null, null, null, null, null, "100%_")))
                .isEmpty();
    }

    @Test
    void the_library_is_paged_newest_first() {
        for (int day = 1; day <= 5; day++) {
            evidence.save(Fixtures.evidence("Newsletter " + day)
                    .dated(LocalDate.of(2021, 12, day))
                    .build());
        }

        assertThat(evidence.find(EvidenceFilter.ALL, 0, 2))
                .extracting(EvidenceItem::title)
                .containsExactly("Newsletter 5", "Newsletter 4");
        assertThat(evidence.find(EvidenceFilter.ALL, 4, 2))
                .extracting(EvidenceItem::title)
                .containsExactly("Newsletter 1");
        assertThat(evidence.count(EvidenceFilter.ALL)).isEqualTo(5);
    }

    @Test
    void items_of_one_day_are_paged_newest_filed_first_with_none_missed_or_repeated() {
        List<String> filed = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            filed.add(evidence.save(Fixtures.evidence("Minutes part " + n)
                            .minutesOf("SOG", false)
                            .dated(LocalDate.of(2022, 5, 9))
                            .build())
                    .title());
        }
        evidence.save(Fixtures.evidence("Police scorecard")
                .ownedBy("POLICE")
                .dated(LocalDate.of(2022, 5, 9))
                .build());
        EvidenceFilter minutes = new EvidenceFilter(EvidenceType.MINUTES, null, null, null, null, null, null);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            evidence.find(minutes, offset, 3).forEach(item -> paged.add(item.title()));
        }

        assertThat(paged).containsExactlyElementsOf(filed.reversed());
    }

    @Test
    void items_found_by_words_are_paged_newest_first() {
        for (int day = 1; day <= 5; day++) {
            evidence.save(Fixtures.evidence("Partners in Salford newsletter " + day)
                    .dated(LocalDate.of(2021, 12, day))
                    .build());
            evidence.save(Fixtures.evidence("Threshold document " + day)
                    .dated(LocalDate.of(2021, 12, day))
                    .build());
        }
        EvidenceFilter newsletters = new EvidenceFilter(null, null, null, null, null, null, "NEWSLETTER");

        assertThat(evidence.find(newsletters, 0, 2))
                .extracting(EvidenceItem::title)
                .containsExactly("Partners in Salford newsletter 5", "Partners in Salford newsletter 4");
        assertThat(evidence.find(newsletters, 2, 2))
                .extracting(EvidenceItem::title)
                .containsExactly("Partners in Salford newsletter 3", "Partners in Salford newsletter 2");
        assertThat(evidence.find(newsletters, 4, 2))
                .extracting(EvidenceItem::title)
                .containsExactly("Partners in Salford newsletter 1");
    }

    @Test
    void the_questions_that_cite_an_item_are_listed_and_filter_the_library() {
        EvidenceItem newsletter = evidence.save(
                Fixtures.evidence("dec-2021-partners-in-salford-newsletter").build());
        EvidenceItem uncited = evidence.save(
                Fixtures.evidence("salford-interboard-protocol-october-2019").build());
        ReviewId first = Fixtures.savedReview(reviews, frameworks, 2021).requireId();
        ReviewId second = Fixtures.savedReview(reviews, frameworks, 2022).requireId();
        assessments.save(Assessment.unrated(second, QuestionRef.parse("1.2")).citing(newsletter.id()));
        assessments.save(Assessment.unrated(first, QuestionRef.parse("2.1"))
                .citing(newsletter.id())
                .citing(uncited.id()));
        assessments.save(Assessment.unrated(first, QuestionRef.parse("1.1")).citing(newsletter.id()));

        assertThat(evidence.citations(newsletter.id()))
                .containsExactly(
                        new Citation(first.value(), "2021/22", "1.1"),
                        new Citation(first.value(), "2021/22", "2.1"),
                        new Citation(second.value(), "2022/23", "1.2"));
        assertThat(titles(new EvidenceFilter(null, null, null, null, null, second.value(), null)))
                .containsExactly("dec-2021-partners-in-salford-newsletter");
        assertThat(evidence.count(new EvidenceFilter(null, null, null, null, null, first.value(), null)))
                .isEqualTo(2);
    }

    private List<String> titles(EvidenceFilter filter) {
        return evidence.find(filter, 0, 50).stream().map(EvidenceItem::title).toList();
    }
}
