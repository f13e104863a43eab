package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import uk.scrutiny.application.admin.FrameworkAdminService;
import uk.scrutiny.domain.framework.FrameworkId;

/** Copies a framework version into a new framework of its own, under a new key and name, as its version 1. */
final class CopyFrameworkDialog extends FormDialog {

    /** The form's values. */
    public record CopyData(String family, String name) {}

    private final FrameworkAdminService frameworks;
    private final FrameworkId source;
    private final Binder<CopyData> binder = new Binder<>(CopyData.class);

    CopyFrameworkDialog(FrameworkAdminService frameworks, FrameworkId source, String family, String name) {
        super("Copy " + name, "Make the copy");
        this.frameworks = frameworks;
        this.source = source;
        TextField key = new TextField("Key of the new framework");
        key.setMaxLength(60);
        key.setHelperText("Lower-case letters, digits and '-', e.g. " + family + "-2024");
        TextField newName = new TextField("Name of the new framework");
        newName.setMaxLength(200);
        binder.forField(key)
                .asRequired("Write a key for the new framework, e.g. " + family + "-2024.")
                .withValidator(
                        k -> k.strip().matches("^[a-z0-9][a-z0-9-]*$"),
                        "Use lower-case letters, digits and '-' only, starting with a letter or digit, e.g. " + family
                                + "-2024.")
                .bind("family");
        binder.forField(newName)
                .asRequired("Write a name for the new framework.")
                .bind("name");
        binder.readRecord(new CopyData(family + "-copy", name + " (copy)"));
        form.add(key, newName);
    }

    @Override
    protected void save() {
        CopyData data = valid(binder).orElse(null);
        if (data == null) {
            return;
        }
        attempt(
                        () -> frameworks.copy(source, data.family(), data.name()),
                        "Copied as " + data.name().strip() + ", version 1.")
                .ifPresent(copy -> UI.getCurrent().navigate(FrameworkView.class, FrameworkView.parameters(copy.id())));
    }
}
