package uk.scrutiny.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.scrutiny.application.report.ReportService;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.common.Download;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.ReviewStatus;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;

/** A review exported as JSON and imported again comes back whole; a file that does not fit is refused whole. */
@DemoApplicationTest
@Transactional
class ReviewArchiveTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ReviewArchiveService archives;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReportService reports;

    @Autowired
    SignedIn signedIn;

    private ReviewId seedId() {
        return signedIn.as(
                "manager",
                () -> reviews.reviews().stream()
                        .filter(r -> r.year().equals(FinancialYear.of(2021)))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private byte[] seedArchive() {
        Download file = signedIn.as("health.lead", () -> archives.export(seedId()));
        assertThat(file.fileName()).isEqualTo("review-2021-22.json");
        assertThat(file.contentType()).isEqualTo("application/json");
        return file.content();
    }

    private static byte[] edited(byte[] archive, Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) JSON.readTree(archive);
        edit.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    private static Map<String, String> summary(ReviewDetails details) {
        return details.questions().stream()
                .collect(Collectors.toMap(
                        q -> q.question().ref().toString(),
                        q -> q.rating() + " | "
                                + q.evidence().stream()
                                        .map(EvidenceItem::reference)
                                        .toList() + " | "
                                + q.actions().stream()
                                        .map(a -> a.number() + " " + a.text() + " " + a.status() + " " + a.owner() + " "
                                                + a.due() + " " + a.notes().size())
                                        .toList()));
    }

    @Test
    void the_archive_holds_the_framework_assessments_evidence_and_actions() {
        JsonNode root = JSON.readTree(seedArchive());
        assertThat(root.get("format").asString()).isEqualTo("safeguarding-scrutiny-review");
        assertThat(root.get("framework").get("steps")).hasSize(3);
        assertThat(root.get("review").get("year").asString()).isEqualTo("2021/22");
        assertThat(root.get("review").get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(root.get("assessments")).hasSize(12);
        assertThat(root.get("evidence")).hasSize(16);
        assertThat(root.get("actions")).hasSize(27);
        assertThat(root.get("assessments").get(0).get("rating").asString()).isEqualTo("GREEN");
    }

    @Test
    void an_imported_archive_is_the_review_it_was_exported_from() {
        ReviewDetails seed = signedIn.as("manager", () -> reviews.review(seedId()));
        byte[] moved = edited(seedArchive(), root -> ((ObjectNode) root.get("review")).put("year", "2019/20"));

        ReviewId imported = signedIn.as("manager", () -> archives.importArchive(moved));

        ReviewDetails copy = signedIn.as("manager", () -> reviews.review(imported));
        assertThat(copy.review().year()).isEqualTo(FinancialYear.of(2019));
        assertThat(copy.review().status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(copy.review().history()).isEqualTo(seed.review().history());
        assertThat(copy.review().overallJudgement()).isEqualTo(seed.review().overallJudgement());
        assertThat(copy.framework().id()).isEqualTo(seed.framework().id());
        assertThat(copy.summary()).isEqualTo(seed.summary());
        assertThat(summary(copy)).isEqualTo(summary(seed));
        assertThat(signedIn.as("manager", () -> reports.publishedVersions(imported)))
                .extracting(r -> r.version() + " " + r.format())
                .containsExactly("1 PDF", "1 WORD");
    }

    @Test
    void an_archive_for_a_year_that_has_a_review_is_refused() {
        byte[] archive = seedArchive();
        assertThatThrownBy(() -> signedIn.as("manager", () -> archives.importArchive(archive)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("there is already a review for 2021/22 in this installation");
    }

    @Test
    void only_the_manager_imports() {
        byte[] moved = edited(seedArchive(), root -> ((ObjectNode) root.get("review")).put("year", "2019/20"));
        assertThatThrownBy(() -> signedIn.as("officer", () -> archives.importArchive(moved)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_file_that_is_not_an_archive_is_refused_saying_where() {
        byte[] broken = "{\"format\": \"safeguarding-scrutiny-review\", \"formatVersion\": 1, \"review\": ["
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> signedIn.as("manager", () -> archives.importArchive(broken)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a review archive")
                .hasMessageContaining("at line 1");
    }

    @Test
    void every_part_that_does_not_fit_is_named_and_nothing_is_added() {
        byte[] bad = edited(seedArchive(), root -> {
            ((ObjectNode) root.get("review")).put("year", "2019/20");
            ((ObjectNode) root.get("actions").get(1)).put("owner", "NOPE");
            ((ObjectNode) root.get("assessments").get(2)).put("rating", "Purple");
        });
        int before = signedIn.as("manager", () -> reviews.reviews()).size();
        assertThatThrownBy(() -> signedIn.as("manager", () -> archives.importArchive(bad)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).breaches())
                        .contains(
                                "The archive was not imported; nothing was added.",
                                "actions[1] (1.1.2): agency NOPE is not in this installation; add it first, then import again.",
                                "assessments[2] (question 1.3): 'Purple' is not a rating: use Green, Amber or Red"));
        assertThat(signedIn.as("manager", () -> reviews.reviews())).hasSize(before);
    }

    @Test
    void carried_forward_actions_point_back_at_their_origin_when_it_is_here() {
        ReviewId current = signedIn.as("manager", () -> reviews.currentReview());
        byte[] archive = signedIn.as("manager", () -> archives.export(current)).content();
        JsonNode carried = JSON.readTree(archive).get("actions").get(0).get("carriedFrom");
        assertThat(carried.get("year").asString()).isEqualTo("2021/22");
        List<RecommendedAction> seedActions =
                signedIn.as("manager", () -> reviews.review(seedId())).questions().stream()
                        .flatMap((QuestionAssessment q) -> q.actions().stream())
                        .toList();
        assertThat(seedActions).anySatisfy(a -> {
            assertThat(a.question().toString())
                    .isEqualTo(carried.get("question").asString());
            assertThat(a.number()).isEqualTo(carried.get("number").asInt());
        });
    }
}
