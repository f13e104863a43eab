package uk.scrutiny.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.scrutiny.application.review.ReviewListItem;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;
import uk.scrutiny.ui.RefusedView;
import uk.scrutiny.ui.component.RagBadge;

@DemoApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class ReviewViewTests extends SpringBrowserlessTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    SignedIn signedIn;

    private long seedId() {
        return signedIn.as("scrutineer", () -> reviews.reviews().getLast().id().value());
    }

    private long inProgressId() {
        return signedIn.as("scrutineer", () -> reviews.reviews().getFirst().id().value());
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_reviews_list_shows_each_review_with_its_counts() {
        navigate(ReviewListView.class);
        @SuppressWarnings("unchecked")
        Grid<ReviewListItem> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(grid.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .contains("Year", "Status", "Green", "Amber", "Red", "Not rated");
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_seed_review_shows_every_question_with_its_rating_in_words() {
        navigate(ReviewView.class, seedId());
        assertThat(find(H1.class).single().getText()).isEqualTo("Independent scrutiny 2021/22");
        var questions = find(Div.class).withClassName("question").all();
        assertThat(questions).hasSize(12);
        var ratings = questions.stream()
                .map(q -> find(RagBadge.class, q).all().getFirst().getElement().getTextRecursively())
                .toList();
        assertThat(ratings.stream().filter(r -> r.endsWith("Green"))).hasSize(6);
        assertThat(ratings.stream().filter(r -> r.endsWith("Amber"))).hasSize(6);
        assertThat(find(Paragraph.class).withClassName("rag-summary").single().getText())
                .isEqualTo("There are 6 areas rated as green and 6 as amber.");
    }

    @Test
    @WithUserDetails("scrutineer")
    void a_review_in_progress_shows_what_stands_in_the_way_of_sign_off() {
        navigate(ReviewView.class, inProgressId());
        assertThat(find(Section.class)
                        .withClassName("breaches")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Write the overall judgement.")
                .contains("Question 3.4 is not rated yet: give it a rating.");
    }

    @Test
    @WithUserDetails("police.data")
    void a_data_officer_typing_the_address_of_a_review_in_progress_is_refused(CapturedOutput output) {
        long id = inProgressId();
        navigate("review/" + id, RefusedView.class);
        assertThat(find(Div.class).withClassName("question").exists()).isFalse();
        assertThat(output).contains("Refused: police.data asked for /review/" + id);
    }

    @Test
    @WithUserDetails("police.data")
    void a_data_officer_typing_the_address_of_the_evidence_library_is_refused_and_it_is_logged(CapturedOutput output) {
        navigate("evidence", RefusedView.class);
        assertThat(find(Grid.class).exists()).isFalse();
        assertThat(output).contains("Refused: police.data asked for /evidence");
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_scrutineer_rates_and_comments_in_the_question_workspace() {
        long id = inProgressId();
        navigate("review/" + id + "/question/3.2", QuestionView.class);
        @SuppressWarnings("unchecked")
        var rating = (RadioButtonGroup<RagRating>) find(RadioButtonGroup.class).single();
        rating.setValue(RagRating.AMBER);
        test(find(com.vaadin.flow.component.textfield.TextArea.class).id("commentary"))
                .setValue("Priorities agreed; escalation not audited.");
        test(find(Button.class).withText("Save rating and commentary").single()).click();
        var saved =
                signedIn
                        .as("scrutineer", () -> reviews.review(new uk.scrutiny.domain.review.ReviewId(id)))
                        .questions()
                        .stream()
                        .filter(q -> q.question().ref().toString().equals("3.2"))
                        .findFirst()
                        .orElseThrow();
        assertThat(saved.rating()).isEqualTo(RagRating.AMBER);
        assertThat(saved.assessment().commentary()).isEqualTo("Priorities agreed; escalation not audited.");
    }

    @Test
    @WithUserDetails("officer")
    void the_business_unit_sees_no_rating_control_but_can_file_evidence() {
        navigate("review/" + inProgressId() + "/question/1.1", QuestionView.class);
        assertThat(find(RadioButtonGroup.class).exists()).isFalse();
        assertThat(find(Upload.class).exists()).isTrue();
        assertThat(find(ComboBox.class)
                        .withCaption("Cite evidence from the library")
                        .exists())
                .isTrue();
    }

    @Test
    @WithUserDetails("health.lead")
    void an_unrated_question_gives_last_years_rating_and_says_this_years_is_still_to_come() {
        navigate("review/" + inProgressId() + "/question/3.4", QuestionView.class);

        List<String> texts =
                find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
        assertThat(texts)
                .anyMatch(t -> t.matches("Last year: (Green|Amber|Red); not rated yet this year\\."))
                .noneMatch(t -> t.contains("(not rated)"));
    }

    @Test
    @WithUserDetails("officer")
    void a_new_review_can_be_set_up_for_any_financial_year() {
        navigate(ReviewListView.class);
        test(find(Button.class).withText("Start a new review").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<FinancialYear> year =
                find(ComboBox.class).withCaption("Financial year").single();

        assertThat(test(year).getSuggestionItems()).hasSizeGreaterThanOrEqualTo(12);
        ComponentUtil.fireEvent(year, new ComboBoxBase.CustomValueSetEvent<>(year, true, "2012/13"));
        assertThat(year.getValue()).isEqualTo(FinancialYear.of(2012));
        assertThat(year.isInvalid()).isFalse();
    }
}
