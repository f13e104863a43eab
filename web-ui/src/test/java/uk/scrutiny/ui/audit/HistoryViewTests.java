package uk.scrutiny.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.support.DemoApplicationTest;
import uk.scrutiny.support.SignedIn;
import uk.scrutiny.ui.review.ReviewListView;

/** The manager's whole audit trail with its filters, and one subject's history in a dialog. */
@DemoApplicationTest
@Transactional
class HistoryViewTests extends SpringBrowserlessTest {

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    ReviewService reviews;

    @Autowired
    AuditService audit;

    @Autowired
    SignedIn signedIn;

    private void renameAgency(String code, String name) {
        signedIn.as("manager", () -> {
            Agency agency = referenceData.agencies().stream()
                    .filter(a -> a.code().value().equals(code))
                    .findFirst()
                    .orElseThrow();
            return referenceData.save(
                    new Agency(agency.code(), name, agency.kind(), agency.active(), agency.version()));
        });
    }

    private ReviewId rateQuestion34Amber() {
        return signedIn.as("scrutineer", () -> {
            ReviewId id = reviews.currentReview();
            var question = reviews.review(id).questions().stream()
                    .filter(q -> q.question().ref().equals(QuestionRef.parse("3.4")))
                    .findFirst()
                    .orElseThrow();
            reviews.rate(
                    id,
                    QuestionRef.parse("3.4"),
                    RagRating.AMBER,
                    question.assessment().version());
            return id;
        });
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return find(Grid.class).withClassName("history-grid").single();
    }

    @Test
    @WithUserDetails("manager")
    void the_whole_trail_is_listed_newest_first_and_narrowed_by_what_and_words_of_the_subject() {
        renameAgency("YJS", "Youth justice service (Salford)");
        rateQuestion34Amber();
        navigate(AuditTrailView.class);
        assertThat(test(grid()).getRow(0).subject()).isEqualTo("Question 3.4 of the 2022/23 review");

        @SuppressWarnings("unchecked")
        Select<SubjectKind> what = find(Select.class).withLabel("What").single();
        test(what).selectItem("Agencies");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).newValue()).isEqualTo("Youth justice service (Salford), relevant agency");
        assertThat(find(Paragraph.class).withClassName("history-count").single().getText())
                .isEqualTo("1 change");

        test(what).selectItem("Everything");
        test(find(TextField.class).withLabel("Subject contains").single()).setValue("QUESTION 3.4 OF THE 2022/23");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("(none)");
        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("Amber");
    }

    @Test
    @WithUserDetails("manager")
    void the_trail_is_narrowed_by_who_made_the_change() {
        renameAgency("YJS", "Youth justice");
        rateQuestion34Amber();
        navigate(AuditTrailView.class);

        @SuppressWarnings("unchecked")
        var who = (ComboBox<String>) find(ComboBox.class).withLabel("Who").single();
        test(who).selectItem("scrutineer");

        var rows = test(grid());
        assertThat(rows.size())
                .as("the demo year's ratings, citations and actions, and the new rating")
                .isGreaterThan(1);
        assertThat(rows.getRow(0).subject()).isEqualTo("Question 3.4 of the 2022/23 review");
        assertThat(IntStream.range(0, rows.size())
                        .mapToObj(i -> rows.getRow(i).actor())
                        .distinct()
                        .toList())
                .containsExactly("scrutineer");
    }

    @Test
    @WithUserDetails("manager")
    void a_first_day_after_the_last_is_refused_with_what_to_do() {
        navigate(AuditTrailView.class);
        test(find(DatePicker.class).withLabel("From").single()).setValue(LocalDate.of(2024, 5, 2));
        DatePicker to = find(DatePicker.class).withLabel("To").single();
        test(to).setValue(LocalDate.of(2024, 5, 1));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Choose a day on or after the 'From' day.");
    }

    @Test
    @WithUserDetails("manager")
    void a_subject_opens_its_whole_history() {
        renameAgency("CVS", "Voluntary sector");
        renameAgency("CVS", "Voluntary and community sector");
        navigate(AuditTrailView.class);

        test(find(Button.class, test(grid()).getCellComponent(0, 2)).single()).click();

        Dialog dialog = find(QuestionHistoryDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("History of Agency CVS");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> changes = find(Grid.class, dialog).single();
        assertThat(test(changes).size()).isEqualTo(2);
        assertThat(test(changes).getCellText(1, 3)).isEqualTo("Voluntary sector, relevant agency");
        assertThat(test(changes).getCellText(1, 4)).isEqualTo("Voluntary and community sector, relevant agency");
    }

    @Test
    @WithUserDetails("health.lead")
    void a_question_s_history_shows_who_changed_what_and_when_from_what_to_what() {
        ReviewId id = rateQuestion34Amber();
        navigate(ReviewListView.class);

        QuestionHistoryDialog dialog =
                new QuestionHistoryDialog(audit, ReviewService.assessmentKey(id, QuestionRef.parse("3.4")));
        dialog.open();

        assertThat(dialog.getHeaderTitle()).isEqualTo("History of Question 3.4 of the 2022/23 review");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> changes = find(Grid.class, dialog).single();
        var grid = test(changes);
        assertThat(grid.getCellText(0, 1)).isEqualTo("scrutineer");
        assertThat(grid.getCellText(0, 2)).isEqualTo("rating");
        assertThat(grid.getCellText(0, 3)).isEqualTo("(none)");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Amber");
        assertThat(grid.getCellText(0, 0)).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
    }

    @Test
    @WithUserDetails("scrutineer")
    void the_history_of_an_account_is_not_shown_to_those_who_are_not_the_manager() {
        navigate(ReviewListView.class);

        QuestionHistoryDialog dialog = new QuestionHistoryDialog(audit, "user:manager");
        dialog.open();

        assertThat(find(Paragraph.class, dialog).single().getText())
                .isEqualTo("Your role does not allow you to see this history.");
        assertThat(find(Grid.class, dialog).exists()).isFalse();
    }
}
