package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.ui.component.FormValues;

/** One question in the framework editor: its text and the key measure it serves, numbered within its step. */
class QuestionForm extends Div {

    /** The form's values. */
    public record QuestionData(String text, @Nullable Integer keyMeasure) {}

    private final Binder<QuestionData> binder = new Binder<>(QuestionData.class);
    private final TextArea text = new TextArea();
    private final Select<Integer> measure = new Select<>();
    private final Button remove;
    private String ref = "";
    private List<String> measures = List.of();

    QuestionForm(String value, @Nullable Integer keyMeasure, List<String> keyMeasures, Consumer<QuestionForm> removed) {
        addClassName("editor-row");
        text.setMaxLength(2000);
        measure.setLabel("Key measure it serves");
        measure.setEmptySelectionAllowed(true);
        measure.setEmptySelectionCaption("Choose the key measure");
        measure.setItemLabelGenerator(this::measureLabel);
        binder.forField(text)
                .asRequired(context -> "Write question " + ref + ", or remove it.")
                .bind("text");
        binder.forField(measure)
                .withValidator(FormValues.chosen(context -> "Choose the key measure that question " + ref + " serves."))
                .bind("keyMeasure");
        remove = new Button("Remove", e -> removed.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(text, measure, remove);
        offer(keyMeasures);
        binder.readRecord(
                new QuestionData(value, keyMeasure != null && keyMeasure <= keyMeasures.size() ? keyMeasure : null));
    }

    /** Numbers the question within its step and says whether it may be removed (not the step's last). */
    void number(String ref, boolean removable) {
        this.ref = ref;
        text.setLabel("Question " + ref);
        remove.getElement().setAttribute("aria-label", "Remove question " + ref);
        remove.setEnabled(removable);
    }

    /** The key measures to choose from, as typed now; a choice beyond them is cleared. */
    void offer(List<String> keyMeasures) {
        Integer chosen = measure.getValue();
        measures = List.copyOf(keyMeasures);
        measure.setItems(IntStream.rangeClosed(1, measures.size()).boxed().toList());
        measure.setValue(chosen != null && chosen <= measures.size() ? chosen : null);
    }

    /**
     * Key measure {@code removed} is gone: a question that served it must choose again, and one that
     * served a later measure follows its new number.
     */
    void measureRemoved(int removed) {
        Integer chosen = measure.getValue();
        if (chosen != null && chosen == removed) {
            measure.clear();
        } else if (chosen != null && chosen > removed) {
            measure.setValue(chosen - 1);
        }
    }

    Optional<QuestionData> values() {
        return FormValues.valid(binder);
    }

    void focus() {
        text.focus();
    }

    private String measureLabel(@Nullable Integer n) {
        if (n == null || n > measures.size()) {
            return "";
        }
        String text = measures.get(n - 1);
        return "KM" + n + ": " + (text.length() <= 60 ? text : text.substring(0, 59) + "…");
    }
}
