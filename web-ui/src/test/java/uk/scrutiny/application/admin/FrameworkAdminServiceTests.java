package uk.scrutiny.application.admin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.common.RuleViolationException;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.framework.Step;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;

/** The manager's frameworks: versions that reviews keep, edits in place while unused, and JSON files in and out. */
@DemoApplicationTest
@Transactional
class FrameworkAdminServiceTests {

    @Autowired
    FrameworkAdminService frameworks;

    @Autowired
    ReviewService reviews;

    @Autowired
    AuditService audit;

    @Autowired
    SignedIn signedIn;

    private Framework sixSteps() {
        return signedIn.as("manager", () -> frameworks.frameworks()).stream()
                .filter(f -> f.family().equals("six-steps") && f.latest())
                .map(f -> signedIn.as(
                        "manager", () -> frameworks.framework(f.id()).framework()))
                .findFirst()
                .orElseThrow();
    }

    private static FrameworkContent withQuestion11(Framework framework, String text) {
        List<Step> steps = new ArrayList<>(framework.steps());
        Step first = steps.getFirst();
        List<Question> questions = new ArrayList<>(first.questions());
        Question q11 = questions.getFirst();
        questions.set(0, new Question(q11.ref(), text, q11.keyMeasure()));
        steps.set(0, new Step(first.number(), first.title(), questions));
        return new FrameworkContent(
                framework.name(), framework.source(), framework.guidance(), framework.keyMeasures(), steps);
    }

    @Test
    void editing_a_version_that_a_review_uses_makes_the_next_version_and_the_review_keeps_its_own() {
        Framework used = sixSteps();
        var review = signedIn.as("scrutineer", () -> reviews.review(reviews.currentReview()));
        assertThat(review.framework().id()).isEqualTo(used.id());

        EditedFramework edited = signedIn.as(
                "manager",
                () -> frameworks.edit(
                        used.id(),
                        used.revision(),
                        withQuestion11(used, "Are the arrangements published and understood by every agency?")));

        assertThat(edited.asNewVersion()).isTrue();
        assertThat(edited.framework().version()).isEqualTo(2);
        assertThat(edited.framework().id()).isNotEqualTo(used.id());
        var reread =
                signedIn.as("scrutineer", () -> reviews.review(review.review().requireId()));
        assertThat(reread.framework()).isEqualTo(used);
        assertThat(signedIn.as("manager", () -> frameworks.frameworks()))
                .filteredOn(f -> f.family().equals("six-steps"))
                .extracting(FrameworkListItem::version, FrameworkListItem::inUse, FrameworkListItem::latest)
                .containsExactly(Tuple.tuple(2, false, true), Tuple.tuple(1, true, false));
    }

    @Test
    void an_edit_is_recorded_field_by_field_with_the_old_and_new_text() {
        Framework used = sixSteps();
        signedIn.as(
                "manager",
                () -> frameworks.edit(used.id(), used.revision(), withQuestion11(used, "A clearer question?")));

        List<AuditEntry> history = signedIn.as("manager", () -> audit.history("framework:six-steps"));

        assertThat(history).extracting(AuditEntry::field).containsExactly("version", "question 1.1");
        assertThat(history.getLast().oldValue())
                .startsWith(used.questions().findFirst().orElseThrow().text());
        assertThat(history.getLast().newValue()).isEqualTo("A clearer question? (KM1)");
        assertThat(history.getLast().actor()).isEqualTo("manager");
    }

    @Test
    void a_version_no_review_uses_is_changed_in_place_and_a_stale_edit_is_refused() {
        Framework used = sixSteps();
        Framework copy = signedIn.as("manager", () -> frameworks.copy(used.id(), "six-steps-pilot", "Six Steps pilot"));

        EditedFramework edited = signedIn.as(
                "manager",
                () -> frameworks.edit(copy.id(), copy.revision(), withQuestion11(copy, "First draft of 1.1?")));

        assertThat(edited.asNewVersion()).isFalse();
        assertThat(edited.framework().id()).isEqualTo(copy.id());
        assertThat(edited.framework().version()).isEqualTo(1);
        assertThatThrownBy(() -> signedIn.as(
                        "manager",
                        () -> frameworks.edit(
                                copy.id(), copy.revision(), withQuestion11(copy, "Someone else's draft of 1.1?"))))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("was changed by someone else");
        assertThat(signedIn.as("manager", () -> frameworks.framework(copy.id()))
                        .framework()
                        .requireQuestion(uk.scrutiny.domain.framework.QuestionRef.parse("1.1"))
                        .text())
                .isEqualTo("First draft of 1.1?");
    }

    @Test
    void a_copy_under_a_key_that_is_taken_is_refused() {
        Framework used = sixSteps();

        assertThatThrownBy(() -> signedIn.as("manager", () -> frameworks.copy(used.id(), "six-steps", "Again")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("There is already a framework with the key 'six-steps': choose another key.");
    }

    @Test
    void an_edit_that_breaks_a_rule_of_frameworks_is_refused_with_the_rule() {
        Framework used = sixSteps();
        FrameworkContent fewerMeasures = new FrameworkContent(
                used.name(),
                used.source(),
                used.guidance(),
                List.of(new KeyMeasure(1, "The only key measure")),
                used.steps());

        assertThatThrownBy(
                        () -> signedIn.as("manager", () -> frameworks.edit(used.id(), used.revision(), fewerMeasures)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Question 1.2 serves KM2, which this framework does not have");
    }

    @Test
    void an_exported_framework_imports_back_as_it_was() {
        Framework original = sixSteps();
        FrameworkFile file = signedIn.as("manager", () -> frameworks.export(original.id()));
        assertThat(file.fileName()).isEqualTo("six-steps-version-1.json");
        signedIn.as(
                "manager",
                () -> frameworks.edit(original.id(), original.revision(), withQuestion11(original, "Changed?")));

        Framework imported = signedIn.as("manager", () -> frameworks.importFile(file.fileName(), file.content()));

        assertThat(imported.family()).isEqualTo("six-steps");
        assertThat(imported.version()).isEqualTo(3);
        assertThat(imported.hasSameContentAs(original)).isTrue();
        assertThat(signedIn.as("manager", () -> audit.history("framework:six-steps"))
                        .getLast()
                        .newValue())
                .isEqualTo("version 3 from the file 'six-steps-version-1.json'");
    }

    @Test
    void a_framework_file_with_a_new_key_is_added_as_a_framework_of_its_own() {
        Framework original = sixSteps();
        String json = new String(
                        signedIn.as("manager", () -> frameworks.export(original.id()))
                                .content(),
                        UTF_8)
                .replace("\"family\" : \"six-steps\"", "\"family\" : \"elsewhere\"");

        Framework imported =
                signedIn.as("manager", () -> frameworks.importFile("elsewhere.json", json.getBytes(UTF_8)));

        assertThat(imported.family()).isEqualTo("elsewhere");
        assertThat(imported.version()).isEqualTo(1);
        assertThat(imported.questionCount()).isEqualTo(12);
    }

    @Test
    void importing_what_the_newest_version_already_holds_is_refused() {
        Framework original = sixSteps();
        FrameworkFile file = signedIn.as("manager", () -> frameworks.export(original.id()));

        assertThatThrownBy(() -> signedIn.as("manager", () -> frameworks.importFile(file.fileName(), file.content())))
                .isInstanceOf(FrameworkFileException.class)
                .hasMessage("'six-steps-version-1.json' holds the same framework as version 1 of "
                        + "Six Steps for Independent Scrutiny (adapted), so there is nothing to import.");
    }

    @Test
    void a_malformed_framework_file_is_refused_with_where_and_what_and_nothing_is_saved() {
        int before = signedIn.as("manager", () -> frameworks.frameworks()).size();
        byte[] broken = "{ \"format\": \"safeguarding-scrutiny-framework\", \"formatVersion\": 1, \"family\": \"x\", "
                .getBytes(UTF_8);

        assertThatThrownBy(() -> signedIn.as("manager", () -> frameworks.importFile("broken.json", broken)))
                .isInstanceOf(FrameworkFileException.class)
                .hasMessageStartingWith("'broken.json' cannot be imported: it is not valid JSON")
                .hasMessageContaining("(line 1, column")
                .hasMessageEndingWith(
                        "Correct the file, or export the framework again, then import it again. Nothing has been saved.");
        assertThat(signedIn.as("manager", () -> frameworks.frameworks())).hasSize(before);
    }

    @Test
    void a_file_too_large_to_be_a_framework_is_refused() {
        byte[] large = new byte[FrameworkAdminService.MAX_FILE_BYTES + 1];

        assertThatThrownBy(() -> signedIn.as("manager", () -> frameworks.importFile("huge.json", large)))
                .isInstanceOf(FrameworkFileException.class)
                .hasMessageStartingWith("'huge.json' is larger than 1024 KB");
    }
}
