package uk.scrutiny.ui.component;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ErrorMessageProvider;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.Validator;
import java.util.Objects;
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

    /**
     * A choice that must be made, for a {@code Select}: Binder's {@code asRequired} would mark the
     * select required, and the select then puts {@code aria-required} on its button, which assistive
     * technology may not accept there. The message still says what to choose.
     */
    public static <T> Validator<T> chosen(ErrorMessageProvider message) {
        return Validator.from(Objects::nonNull, message);
    }
}
