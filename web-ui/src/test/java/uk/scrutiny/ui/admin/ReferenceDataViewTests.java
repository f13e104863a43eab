package uk.scrutiny.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.MeetingBody;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.support.DemoApplicationTest;

/** The agencies, meeting bodies and indicator catalogue as the manager keeps them. */
@DemoApplicationTest
@Transactional
@WithUserDetails("manager")
class ReferenceDataViewTests extends SpringBrowserlessTest {

    @Autowired
    ReferenceDataService referenceData;

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid() {
        return find(Grid.class).single();
    }

    private <T> List<T> rows() {
        var tester = test(this.<T>grid());
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private Button rowButton(int row, int column, String text) {
        Component cell = test(grid()).getCellComponent(row, column);
        return find(Button.class, cell).withText(text).single();
    }

    private void type(String label, String value) {
        test(find(TextField.class).withLabel(label).single()).setValue(value);
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    @Test
    void a_new_agency_is_added_to_the_register() {
        navigate(AgencyListView.class);
        click("New agency");
        type("Code", "prison");
        type("Name", "Prison service");
        click("Add agency");

        assertThat(this.<Agency>rows()).extracting(a -> a.code().value()).contains("PRISON");
        assertThat(this.<Agency>rows())
                .filteredOn(a -> a.code().value().equals("PRISON"))
                .extracting(a -> a.kind().label())
                .containsExactly("Relevant agency");
    }

    @Test
    void an_agency_code_that_exists_is_refused_as_existing() {
        navigate(AgencyListView.class);
        click("New agency");
        type("Code", "LA");
        type("Name", "A second local authority");
        test(find(RadioButtonGroup.class).withLabel("Kind").single()).selectItem("Statutory partner");
        click("Add agency");

        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo("There is already an agency with the code LA: choose another code, or edit that agency.");
    }

    @Test
    void an_agency_code_in_the_wrong_form_says_what_form_to_use() {
        navigate(AgencyListView.class);
        click("New agency");
        type("Code", "1st");
        type("Name", "Numbered agency");
        click("Add agency");

        TextField code = find(TextField.class).withLabel("Code").single();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage())
                .isEqualTo("Use 1 to 20 capital letters, digits, '-' or '_', starting with a letter, e.g. YJS.");
    }

    @Test
    void an_edit_someone_else_saved_first_is_refused_with_a_notification_and_nothing_is_overwritten() {
        navigate(AgencyListView.class);
        int cvs =
                this.<Agency>rows().stream().map(a -> a.code().value()).toList().indexOf("CVS");
        test(rowButton(cvs, 4, "Edit")).click();
        Agency read = this.<Agency>rows().get(cvs);
        referenceData.save(
                new Agency(read.code(), "Voluntary, community and faith sector", read.kind(), true, read.version()));

        type("Name", "Third sector");
        click("Save");

        Notification notification = find(Notification.class).last();
        assertThat(find(Span.class, notification).all().getFirst().getText())
                .startsWith("Agency CVS was changed by someone else while you were editing it.");
        assertThat(find(TextField.class).withLabel("Name").single().getValue()).isEqualTo("Third sector");
        assertThat(referenceData.agencies())
                .filteredOn(a -> a.code().value().equals("CVS"))
                .extracting(Agency::name)
                .containsExactly("Voluntary, community and faith sector");
    }

    @Test
    void a_new_meeting_body_is_added_and_an_existing_code_is_refused() {
        navigate(MeetingBodyListView.class);
        click("New meeting body");
        type("Code", "CSPR");
        type("Name", "Child safeguarding practice review panel");
        click("Add meeting body");
        assertThat(this.<MeetingBody>rows()).extracting(MeetingBody::code).contains("CSPR");

        click("New meeting body");
        type("Code", "exec");
        type("Name", "Executive again");
        click("Add meeting body");
        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo(
                        "There is already a meeting body with the code EXEC: choose another code, or edit that meeting body.");
    }

    @Test
    void an_indicator_needs_its_suppliers_or_every_agency() {
        navigate(IndicatorListView.class);
        click("New indicator");
        type("Code", "PRB-RECALLS");
        type("Name", "Recalls to custody");
        click("Add indicator");

        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> suppliers =
                find(CheckboxGroup.class).withLabel("Supplied by").single();
        assertThat(suppliers.getErrorMessage())
                .isEqualTo("Choose at least one agency that supplies it, or tick 'Supplied by every agency'.");

        test(suppliers).selectItem("PROBATION — Probation");
        click("Add indicator");

        assertThat(this.<Indicator>rows())
                .filteredOn(i -> i.code().value().equals("PRB-RECALLS"))
                .extracting(Indicator::suppliersLabel)
                .containsExactly("PROBATION");
    }

    @Test
    void an_indicator_supplied_by_every_agency_names_none() {
        navigate(IndicatorListView.class);
        click("New indicator");
        type("Code", "WF-DBS-PCT");
        type("Name", "Staff with a current DBS check");
        test(find(Checkbox.class).withLabel("Supplied by every agency").single())
                .click();
        assertThat(find(CheckboxGroup.class).withLabel("Supplied by").exists()).isFalse();
        click("Add indicator");

        assertThat(this.<Indicator>rows())
                .filteredOn(i -> i.code().value().equals("WF-DBS-PCT"))
                .extracting(Indicator::suppliersLabel)
                .containsExactly("every agency");
    }
}
