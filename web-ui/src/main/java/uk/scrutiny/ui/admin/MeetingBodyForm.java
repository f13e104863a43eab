package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.domain.partnership.MeetingBody;

/** Adds a meeting body or edits one; the code stays as it is, since imported minutes name the body by it. */
final class MeetingBodyForm extends FormDialog {

    /** The form's values. */
    public record MeetingBodyData(String code, String name, boolean active) {}

    private final ReferenceDataService referenceData;
    private final @Nullable MeetingBody editing;
    private final Binder<MeetingBodyData> binder = new Binder<>(MeetingBodyData.class);

    MeetingBodyForm(ReferenceDataService referenceData, @Nullable MeetingBody editing, Runnable closed) {
        super(
                editing == null ? "New meeting body" : "Edit meeting body " + editing.code(),
                editing == null ? "Add meeting body" : "Save");
        this.referenceData = referenceData;
        this.editing = editing;
        whenClosed(closed);
        TextField code = codeField(20, "Short, as imported minutes name it, e.g. EXEC", editing != null);
        TextField name = nameField();
        Checkbox active = new Checkbox("Active (still meets)");
        binder.forField(code)
                .asRequired("Write the meeting body's code, e.g. EXEC.")
                .withValidator(
                        c -> c.strip().toUpperCase(Locale.ROOT).matches(AgencyForm.CODE_PATTERN),
                        "Use 1 to 20 capital letters, digits, '-' or '_', starting with a letter, e.g. SOG.")
                .bind("code");
        binder.forField(name).asRequired("Write the meeting body's name.").bind("name");
        binder.forField(active).bind("active");
        binder.readRecord(
                editing == null
                        ? new MeetingBodyData("", "", true)
                        : new MeetingBodyData(editing.code(), editing.name(), editing.active()));
        form.add(code, name, active);
    }

    @Override
    protected void save() {
        MeetingBodyData data = valid(binder).orElse(null);
        if (data == null) {
            return;
        }
        attempt(
                () -> referenceData.save(new MeetingBody(
                        data.code(), data.name(), data.active(), editing == null ? 0 : editing.version())),
                "Meeting body " + data.code().strip().toUpperCase(Locale.ROOT) + " saved.");
    }
}
