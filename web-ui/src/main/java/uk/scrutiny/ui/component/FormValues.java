package uk.scrutiny.ui.component;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;

/** Reading a form bound to a record: its values when every field is valid, otherwise nothing. */
public final class FormValues {

    private FormValues() {}

    /** The form's values, or empty when a field is invalid (the binder shows what is wrong, where it is). */
    public static <T> Optional<T> valid(Binder<T> binder) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
