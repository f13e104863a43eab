package uk.scrutiny.persistence.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.domain.common.ConcurrentChangeException;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.Frameworks;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.framework.Step;
import uk.scrutiny.domain.review.Reviews;
import uk.scrutiny.persistence.Fixtures;

@Transactional
abstract class JdbcFrameworksTests {

    @Autowired
    Frameworks frameworks;

    @Autowired
    Reviews reviews;

    @Test
    void the_adapted_six_steps_framework_is_shipped_as_version_1() {
        Framework sixSteps = Fixtures.sixSteps(frameworks);

        assertThat(sixSteps.label()).isEqualTo("Six Steps for Independent Scrutiny (adapted) (version 1)");
        assertThat(sixSteps.source()).startsWith("Adapted from Pearce, J (2019) Six Steps for Independent Scrutiny");
        assertThat(sixSteps.guidance().green())
                .isEqualTo("positive that the question can be answered with evidence to illustrate this");
        assertThat(sixSteps.keyMeasures()).extracting(KeyMeasure::code).containsExactly("KM1", "KM2", "KM3", "KM4");
        assertThat(sixSteps.steps()).extracting(Step::title).allMatch(title -> title.matches("Step \\d: .+"));
        assertThat(sixSteps.questionCount()).isEqualTo(12);
        assertThat(sixSteps.questions()).allMatch(q -> q.keyMeasure() == q.ref().number());
        assertThat(sixSteps.requireQuestion(QuestionRef.parse("2.3")).text())
                .isEqualTo(
                        "Is all relevant data from within the core and wider partnership being used to review the impact of "
                                + "safeguarding initiatives on desired outcomes for children?");
    }

    @Test
    void a_framework_is_found_by_its_id_as_it_was_added() {
        Framework sixSteps = Fixtures.sixSteps(frameworks);

        assertThat(frameworks.find(sixSteps.id())).contains(sixSteps);
    }

    @Test
    void a_new_version_is_added_beside_the_old_one_and_becomes_the_latest() {
        Framework first = Fixtures.sixSteps(frameworks);
        Framework second = frameworks.add(first.nextVersion(
                first.name(),
                first.source(),
                first.guidance(),
                first.keyMeasures(),
                List.of(first.steps().get(0), first.steps().get(1))));

        assertThat(second.id()).isNotNull().isNotEqualTo(first.id());
        assertThat(frameworks.versionsOf("six-steps"))
                .extracting(Framework::version)
                .containsExactly(1, 2);
        assertThat(frameworks.latestVersions()).containsExactly(second);
        assertThat(frameworks.find(first.id()).orElseThrow().questionCount()).isEqualTo(12);
        assertThat(frameworks.find(second.id()).orElseThrow().questionCount()).isEqualTo(8);
    }

    @Test
    void a_copy_starts_a_family_of_its_own() {
        Framework copy =
                frameworks.add(Fixtures.sixSteps(frameworks).copyAs("six-steps-2024", "Six Steps (2024 pilot)"));

        assertThat(frameworks.latestVersions())
                .extracting(Framework::family)
                .containsExactlyInAnyOrder("six-steps", "six-steps-2024");
        assertThat(frameworks.versionsOf("six-steps-2024")).containsExactly(copy);
    }

    @Test
    void a_saved_version_is_never_changed() {
        Framework saved = Fixtures.sixSteps(frameworks);

        assertThatThrownBy(() -> frameworks.add(saved)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_version_that_someone_else_has_just_added_is_refused() {
        Framework first = Fixtures.sixSteps(frameworks);
        Step onlyStep = new Step(
                1, "Step 1: Arrangements", List.of(new Question(new QuestionRef(1, 1), "Are they in place?", 1)));
        frameworks.add(first.nextVersion(first.name(), "", first.guidance(), first.keyMeasures(), List.of(onlyStep)));

        assertThatThrownBy(() -> frameworks.add(
                        first.nextVersion(first.name(), "", first.guidance(), first.keyMeasures(), first.steps())))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith(
                        "The framework Six Steps for Independent Scrutiny (adapted) was changed by someone else");
    }

    @Test
    void a_version_that_no_review_uses_is_changed_in_place() {
        Framework copy = frameworks.add(Fixtures.sixSteps(frameworks).copyAs("draft", "Draft framework"));
        Step onlyStep = new Step(
                1, "Step 1: Arrangements", List.of(new Question(new QuestionRef(1, 1), "Are they in place?", 2)));

        Framework changed = frameworks.replace(copy.withContent(
                "Draft framework, second thoughts", "", copy.guidance(), copy.keyMeasures(), List.of(onlyStep)));

        assertThat(changed.revision()).isEqualTo(copy.revision() + 1);
        assertThat(frameworks.versionsOf("draft")).containsExactly(changed);
        assertThat(changed.id()).isEqualTo(copy.id());
        assertThat(changed.questionCount()).isEqualTo(1);
    }

    @Test
    void a_version_that_a_review_uses_is_never_changed_in_place() {
        Framework used = Fixtures.sixSteps(frameworks);
        Fixtures.savedReview(reviews, frameworks, 2021);

        assertThatThrownBy(() -> frameworks.replace(
                        used.withContent("Renamed", "", used.guidance(), used.keyMeasures(), used.steps())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(frameworks.find(used.id())).contains(used);
    }

    @Test
    void a_change_in_place_from_a_stale_revision_is_refused() {
        Framework copy = frameworks.add(Fixtures.sixSteps(frameworks).copyAs("draft", "Draft framework"));
        frameworks.replace(copy.withContent("First change", "", copy.guidance(), copy.keyMeasures(), copy.steps()));

        assertThatThrownBy(() -> frameworks.replace(
                        copy.withContent("Second change", "", copy.guidance(), copy.keyMeasures(), copy.steps())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(frameworks.find(copy.id()).orElseThrow().name()).isEqualTo("First change");
    }

    @Test
    void a_version_that_a_review_uses_is_in_use() {
        Framework first = Fixtures.sixSteps(frameworks);
        Framework unused = frameworks.add(first.copyAs("unused", "Unused framework"));

        Fixtures.savedReview(reviews, frameworks, 2021);

        assertThat(frameworks.isInUse(first.id())).isTrue();
        assertThat(frameworks.isInUse(unused.id())).isFalse();
    }
}
