package uk.scrutiny.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.audit.AuditFilter;
import uk.scrutiny.ui.component.FormValues;

/**
 * The manager's view of the whole audit trail, newest first, narrowed by who made the change,
 * what kind of subject it was and words of the subject, and the days it was made. The list loads
 * a page at a time, so it stays quick however long the trail grows.
 */
@PageTitle("History | Safeguarding Scrutiny")
@Route("history")
@Menu(order = 70, icon = "vaadin:time-backward", title = "History")
@RolesAllowed("MANAGER")
@StyleSheet("context://assets/history.css")
public class AuditTrailView extends Main {

    private final AuditService audit;
    private final ComboBox<String> who = new ComboBox<>("Who");
    private final Select<SubjectKind> kind = new Select<>();
    private final TextField subject = new TextField("Subject contains");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Paragraph count = new Paragraph();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Binder<FilterData> binder = new Binder<>(FilterData.class);
    private AuditFilter filter = AuditFilter.ALL;

    /** The filters' values. */
    public record FilterData(
            @Nullable String who,
            @Nullable SubjectKind kind,
            String subject,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    AuditTrailView(AuditService audit) {
        this.audit = audit;
        addClassNames("page", "history-view");

        who.setItems(audit.actors());
        who.setClearButtonVisible(true);
        who.setHelperText("The username of whoever made the change");
        kind.setLabel("What");
        kind.setItems(SubjectKind.values());
        kind.setItemLabelGenerator(SubjectKind::label);
        subject.setHelperText("For example question 2.3, or a username");
        subject.setClearButtonVisible(true);
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        for (DatePicker day : new DatePicker[] {from, to}) {
            day.setLocale(Locale.UK);
            day.setHelperText("dd/mm/yyyy");
            day.setClearButtonVisible(true);
            day.setI18n(new DatePicker.DatePickerI18n()
                    .setBadInputErrorMessage("Write the day as dd/mm/yyyy, for example 13/12/2021."));
        }
        Button clear = new Button("Clear the filters", e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(who, kind, subject, from, to, clear);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("history-filters");
        binder.forField(who).bind("who");
        binder.forField(kind).bind("kind");
        binder.forField(subject).bind("subject");
        binder.forField(from).bind("from");
        binder.forField(to)
                .withValidator(
                        day -> day == null || from.getValue() == null || !day.isBefore(from.getValue()),
                        "Choose a day on or after the 'From' day.")
                .bind("to");
        binder.readRecord(new FilterData(null, SubjectKind.EVERYTHING, "", null, null));
        binder.addValueChangeListener(e -> applyFilters());

        count.addClassName("history-count");
        count.getElement().setAttribute("role", "status");

        grid.setAriaLabel("Changes, newest first");
        AuditColumns.addWhenAndWho(grid);
        grid.addComponentColumn(this::subjectButton)
                .setHeader("Subject")
                .setAutoWidth(true)
                .setFlexGrow(0);
        AuditColumns.addChange(grid);
        grid.setItems(query -> audit.find(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
        grid.addClassName("history-grid");

        add(
                new H1("History"),
                new Paragraph("Every change made in the product: who made it, when, and the value before and after. "
                        + "Choose a subject to see its whole history."),
                filters,
                count,
                grid);
        showCount();
    }

    private Button subjectButton(AuditEntry entry) {
        Button button = new Button(entry.subject(), e -> new QuestionHistoryDialog(audit, entry.subjectKey()).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.getElement().setAttribute("aria-label", entry.subject() + ": whole history");
        return button;
    }

    /** Applies the filters when they are valid; otherwise the field in the way says what to do. */
    private void applyFilters() {
        FormValues.valid(binder).ifPresent(data -> {
            filter = new AuditFilter(
                    data.who(),
                    data.kind() == null ? null : data.kind().keyPrefix(),
                    data.subject(),
                    data.from(),
                    data.to());
            grid.getDataProvider().refreshAll();
            showCount();
        });
    }

    private void clearFilters() {
        who.clear();
        kind.setValue(SubjectKind.EVERYTHING);
        subject.clear();
        from.clear();
        to.clear();
    }

    private void showCount() {
        long n = audit.count(filter);
        count.setText(n == 1 ? "1 change" : String.format(Locale.UK, "%,d changes", n));
    }
}
