package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.partnership.AgencyKind;

/** Adds an agency or edits one; the code of an existing agency stays as it is, since files and accounts refer to it. */
final class AgencyForm extends FormDialog {

    /** The form's values. */
    public record AgencyData(
            String code, String name, @Nullable AgencyKind kind, boolean active) {}

    static final String CODE_PATTERN = "^[A-Z][A-Z0-9_-]{0,19}$";

    private final ReferenceDataService referenceData;
    private final @Nullable Agency editing;
    private final Binder<AgencyData> binder = new Binder<>(AgencyData.class);

    AgencyForm(ReferenceDataService referenceData, @Nullable Agency editing, Runnable closed) {
        super(
                editing == null ? "New agency" : "Edit agency " + editing.code(),
                editing == null ? "Add agency" : "Save");
        this.referenceData = referenceData;
        this.editing = editing;
        whenClosed(closed);
        TextField code = codeField(20, "As it appears in files and screens, e.g. LA or POLICE", editing != null);
        TextField name = nameField();
        RadioButtonGroup<AgencyKind> kind = new RadioButtonGroup<>("Kind");
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(AgencyKind::label);
        kind.setHelperText("The statutory partners are the local authority, the police and health");
        Checkbox active = new Checkbox("Active (offered when choosing an agency)");

        binder.forField(code)
                .asRequired("Write the agency's code, e.g. LA.")
                .withValidator(
                        c -> c.strip().toUpperCase(Locale.ROOT).matches(CODE_PATTERN),
                        "Use 1 to 20 capital letters, digits, '-' or '_', starting with a letter, e.g. YJS.")
                .bind("code");
        binder.forField(name).asRequired("Write the agency's name.").bind("name");
        binder.forField(kind)
                .asRequired("Choose whether the agency is a statutory partner or a relevant agency.")
                .bind("kind");
        binder.forField(active).bind("active");
        binder.readRecord(
                editing == null
                        ? new AgencyData("", "", AgencyKind.RELEVANT, true)
                        : new AgencyData(editing.code().value(), editing.name(), editing.kind(), editing.active()));
        form.add(code, name, kind, active);
    }

    @Override
    protected void save() {
        AgencyData data = valid(binder).orElse(null);
        if (data == null) {
            return;
        }
        attempt(
                () -> referenceData.save(new Agency(
                        AgencyCode.of(data.code()),
                        data.name(),
                        Objects.requireNonNull(data.kind()),
                        data.active(),
                        editing == null ? 0 : editing.version())),
                "Agency " + data.code().strip().toUpperCase(java.util.Locale.ROOT) + " saved.");
    }
}
