package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.ui.component.FormValues;

/** One step in the framework editor: its title and its questions, numbered within it (2.1, 2.2, …). */
class StepForm extends Div {

    /** The form's value above the questions. */
    public record StepData(String title) {}

    private final Binder<StepData> binder = new Binder<>(StepData.class);
    private final H3 heading = new H3();
    private final TextField title = new TextField();
    private final Div questions = new Div();
    private final List<QuestionForm> questionForms = new ArrayList<>();
    private final Supplier<List<String>> keyMeasures;
    private final Button addQuestion;
    private final Button removeStep;
    private int number;

    StepForm(String value, Supplier<List<String>> keyMeasures, Consumer<StepForm> removed) {
        this.keyMeasures = keyMeasures;
        addClassName("step-editor");
        title.setMaxLength(300);
        title.setWidthFull();
        binder.forField(title)
                .asRequired(context -> "Write the title of step " + number + ", or remove the step.")
                .bind("title");
        binder.readRecord(new StepData(value));
        addQuestion = new Button("", e -> addQuestion("", null).focus());
        removeStep = new Button("", e -> removed.accept(this));
        removeStep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(addQuestion, removeStep);
        buttons.setWrap(true);
        add(heading, title, questions, buttons);
    }

    QuestionForm addQuestion(String text, @Nullable Integer keyMeasure) {
        QuestionForm form = new QuestionForm(text, keyMeasure, keyMeasures.get(), this::removeQuestion);
        questionForms.add(form);
        questions.add(form);
        renumber();
        return form;
    }

    /** Numbers the step and its questions, and says whether the step may be removed (not the last one). */
    void number(int number, boolean removable) {
        this.number = number;
        heading.setText("Step " + number);
        title.setLabel("Title of step " + number);
        addQuestion.setText("Add a question to step " + number);
        removeStep.setText("Remove step " + number);
        removeStep.setEnabled(removable);
        renumber();
    }

    /** The key measures changed: each question offers them anew, following a removed one's numbers. */
    void keyMeasuresChanged(int removed) {
        questionForms.forEach(q -> {
            if (removed > 0) {
                q.measureRemoved(removed);
            }
            q.offer(keyMeasures.get());
        });
    }

    Optional<StepData> values() {
        return FormValues.valid(binder);
    }

    List<QuestionForm> questions() {
        return List.copyOf(questionForms);
    }

    void focus() {
        title.focus();
    }

    private void removeQuestion(QuestionForm form) {
        questionForms.remove(form);
        questions.remove(form);
        renumber();
    }

    private void renumber() {
        for (int q = 0; q < questionForms.size(); q++) {
            questionForms.get(q).number(number + "." + (q + 1), questionForms.size() > 1);
        }
    }
}
