package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import java.util.function.Supplier;
import uk.scrutiny.ui.component.FormValues;
import uk.scrutiny.ui.component.Notifications;

/**
 * A dialog holding one form: a title, where a refusal is shown (read out by screen readers), the
 * fields, and Cancel and Save. It stays open when a save is refused, so that nothing typed is lost.
 */
abstract class FormDialog extends Dialog {

    protected final FormLayout form = new FormLayout();
    private final Paragraph refusal = new Paragraph();

    FormDialog(String title, String saveText) {
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);
        refusal.addClassName("form-error");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(refusal, form);
        Button cancel = new Button("Cancel", e -> close());
        Button save = new Button(saveText, e -> {
            refusal.setVisible(false);
            save();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    /** Tells the page when the dialog has closed, saved or not, so that it shows what is there now. */
    protected final void whenClosed(Runnable closed) {
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed.run();
            }
        });
    }

    /** The code of a piece of reference data: files and accounts refer to it, so an existing one stays as it is. */
    protected static TextField codeField(int maxLength, String helper, boolean existing) {
        TextField code = new TextField("Code");
        code.setMaxLength(maxLength);
        code.setHelperText(helper);
        code.setReadOnly(existing);
        return code;
    }

    protected static TextField nameField() {
        TextField name = new TextField("Name");
        name.setMaxLength(200);
        return name;
    }

    /** The form's values when every field is valid (the binder shows what is wrong where it is); empty otherwise. */
    protected static <T> Optional<T> valid(Binder<T> binder) {
        return FormValues.valid(binder);
    }

    /** Validates and saves; closes the dialog when the save succeeds. */
    protected abstract void save();

    /**
     * Runs the change; closes on success, otherwise shows why where the form is.
     *
     * @return what the change made, or empty when it was refused
     */
    protected <T> Optional<T> attempt(Supplier<T> change, String success) {
        Optional<T> made = Notifications.attempt(change, success, this::refuse);
        if (made.isPresent()) {
            close();
        }
        return made;
    }

    protected void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }
}
