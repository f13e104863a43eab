package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import java.util.function.Consumer;
import uk.scrutiny.ui.component.FormValues;

/** One key measure in the framework editor: its text, numbered KM1, KM2, … in the order shown. */
class KeyMeasureForm extends Div {

    /** The form's value. */
    public record KeyMeasureData(String text) {}

    private final Binder<KeyMeasureData> binder = new Binder<>(KeyMeasureData.class);
    private final TextArea text = new TextArea();
    private final Button remove;
    private int number;

    KeyMeasureForm(String value, Consumer<KeyMeasureForm> removed, Runnable edited) {
        addClassName("editor-row");
        text.setMaxLength(1000);
        text.addValueChangeListener(e -> edited.run());
        binder.forField(text)
                .asRequired(context -> "Write key measure KM" + number + ", or remove it.")
                .bind("text");
        binder.readRecord(new KeyMeasureData(value));
        remove = new Button("Remove", e -> removed.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(text, remove);
    }

    /** Numbers the measure (from 1) and says whether it may be removed (not the last one). */
    void number(int number, boolean removable) {
        this.number = number;
        text.setLabel("KM" + number);
        remove.getElement().setAttribute("aria-label", "Remove key measure KM" + number);
        remove.setEnabled(removable);
    }

    /** What is typed now, valid or not, for labelling the questions' choice of measure. */
    String typed() {
        return text.getValue();
    }

    Optional<KeyMeasureData> values() {
        return FormValues.valid(binder);
    }

    void focus() {
        text.focus();
    }
}
