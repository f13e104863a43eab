package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.EditedFramework;
import uk.scrutiny.application.admin.FrameworkAdminService;
import uk.scrutiny.application.admin.FrameworkContent;
import uk.scrutiny.application.admin.FrameworkDetails;
import uk.scrutiny.domain.common.NotFoundException;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.framework.FrameworkId;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Question;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.framework.RagGuidance;
import uk.scrutiny.domain.framework.Step;
import uk.scrutiny.ui.component.Notifications;

/**
 * Edits the newest version of a framework: its name, source, RAG guidance, key measures, steps and
 * questions. Saving changes the version in place while no review uses it, and otherwise makes the
 * next version, which the page says before anything is saved.
 */
@Route("admin/frameworks/:id([0-9]+)/edit")
@RolesAllowed("MANAGER")
@StyleSheet("context://assets/admin.css")
public class FrameworkEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The form's values above the lists. */
    public record HeaderData(String name, String source, String green, String amber, String red, String actionPlan) {}

    private static final class QuestionDraft {
        String text;

        @Nullable
        Integer keyMeasure;

        QuestionDraft(String text, @Nullable Integer keyMeasure) {
            this.text = text;
            this.keyMeasure = keyMeasure;
        }
    }

    private static final class StepDraft {
        String title;
        final List<QuestionDraft> questions = new ArrayList<>();

        StepDraft(String title) {
            this.title = title;
        }
    }

    private final FrameworkAdminService frameworks;
    private final Binder<HeaderData> binder = new Binder<>(HeaderData.class);
    private final List<String> measures = new ArrayList<>();
    private final List<StepDraft> steps = new ArrayList<>();
    /** Copies what is typed in the list fields into the drafts; run before the lists change shape and before saving. */
    private final List<Runnable> syncs = new ArrayList<>();

    private final List<Runnable> checks = new ArrayList<>();
    private final Div measuresEditor = new Div();
    private final Div stepsEditor = new Div();
    private final Paragraph refusal = new Paragraph();
    private @Nullable Focusable<?> focusAfterRender;
    private @Nullable Framework framework;
    private String title = "Edit framework | Safeguarding Scrutiny";

    FrameworkEditView(FrameworkAdminService frameworks) {
        this.frameworks = frameworks;
        addClassNames("page", "admin-view", "framework-editor");
        refusal.addClassName("form-error");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        FrameworkDetails details;
        try {
            details = frameworks.framework(new FrameworkId(id));
        } catch (NotFoundException e) {
            event.rerouteToError(
                    com.vaadin.flow.router.NotFoundException.class, "There is no framework version " + id + ".");
            return;
        }
        framework = details.framework();
        title = "Edit " + framework.label() + " | Safeguarding Scrutiny";
        removeAll();
        add(
                new RouterLink(
                        "Back to the framework", FrameworkView.class, FrameworkView.parameters(new FrameworkId(id))),
                new H1("Edit " + framework.label()));
        if (!details.isLatest()) {
            add(
                    new Paragraph("This is an older version: only the newest, version " + details.latestVersion()
                            + ", is edited. Open it from the list of frameworks."),
                    new RouterLink("All frameworks", FrameworkListView.class));
            return;
        }
        Paragraph what = new Paragraph(
                details.inUse()
                        ? "A review uses this version, so saving makes version " + (framework.version() + 1)
                                + ". The reviews keep version " + framework.version() + "."
                        : "No review uses this version yet, so saving changes it in place.");
        what.addClassName("framework-status");
        add(what, refusal);
        Component header = header();
        load(framework);
        add(header, measuresSection(), stepsSection(), saveBar());
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void load(Framework f) {
        binder.readRecord(new HeaderData(
                f.name(),
                f.source(),
                f.guidance().green(),
                f.guidance().amber(),
                f.guidance().red(),
                f.guidance().actionPlan()));
        measures.clear();
        f.keyMeasures().forEach(m -> measures.add(m.text()));
        steps.clear();
        for (Step step : f.steps()) {
            StepDraft draft = new StepDraft(step.title());
            step.questions().forEach(q -> draft.questions.add(new QuestionDraft(q.text(), q.keyMeasure())));
            steps.add(draft);
        }
    }

    private Component header() {
        TextField name = new TextField("Name");
        name.setMaxLength(200);
        name.setWidthFull();
        TextArea source = new TextArea("Source (optional)");
        source.setMaxLength(2000);
        source.setHelperText("Where the framework comes from, e.g. the publication it adapts");
        source.setWidthFull();
        TextArea green = guidanceArea("What Green means");
        TextArea amber = guidanceArea("What Amber means");
        TextArea red = guidanceArea("What Red means");
        TextArea actionPlan = guidanceArea("The note on action plans");
        binder.forField(name).asRequired("Write the framework's name.").bind("name");
        binder.forField(source).bind("source");
        binder.forField(green).asRequired("Write what a Green rating means.").bind("green");
        binder.forField(amber).asRequired("Write what an Amber rating means.").bind("amber");
        binder.forField(red).asRequired("Write what a Red rating means.").bind("red");
        binder.forField(actionPlan)
                .asRequired("Write the note on action plans.")
                .bind("actionPlan");
        return new Section(new H2("Name and RAG guidance"), name, source, green, amber, red, actionPlan);
    }

    private static TextArea guidanceArea(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(2000);
        area.setWidthFull();
        return area;
    }

    private Component measuresSection() {
        Button add = new Button("Add a key measure", e -> change(() -> measures.add(""), true));
        return new Section(
                new H2("Key measures"),
                new Paragraph("Each question serves one key measure. Removing a key measure asks again for the key "
                        + "measure of the questions that served it."),
                measuresEditor,
                add);
    }

    private Component stepsSection() {
        Button add = new Button(
                "Add a step",
                e -> change(
                        () -> {
                            StepDraft step = new StepDraft("");
                            step.questions.add(new QuestionDraft("", null));
                            steps.add(step);
                        },
                        true));
        return new Section(
                new H2("Steps and questions"),
                new Paragraph("Questions are numbered within their step (2.3 is the third question of step 2) in the "
                        + "order shown here."),
                stepsEditor,
                add);
    }

    private Component saveBar() {
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink cancel = new RouterLink(
                "Cancel",
                FrameworkView.class,
                FrameworkView.parameters(
                        Objects.requireNonNull(Objects.requireNonNull(framework).id())));
        HorizontalLayout bar = new HorizontalLayout(save, cancel);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("admin-toolbar");
        return bar;
    }

    /** Keeps what was typed, changes the lists' shape, and draws them again. */
    private void change(Runnable shapeChange, boolean focusLast) {
        syncs.forEach(Runnable::run);
        shapeChange.run();
        render();
        if (!focusLast) {
            focusAfterRender = null;
        }
        if (focusAfterRender != null) {
            focusAfterRender.focus();
        }
    }

    private void render() {
        syncs.clear();
        checks.clear();
        focusAfterRender = null;
        measuresEditor.removeAll();
        for (int i = 0; i < measures.size(); i++) {
            int index = i;
            TextArea text = new TextArea("KM" + (i + 1));
            text.setMaxLength(1000);
            text.setValue(measures.get(i));
            syncs.add(() -> measures.set(index, text.getValue()));
            checks.add(() -> require(text, "Write key measure KM" + (index + 1) + ", or remove it."));
            Button remove = new Button("Remove", e -> change(() -> removeMeasure(index), false));
            remove.getElement().setAttribute("aria-label", "Remove key measure KM" + (i + 1));
            remove.setEnabled(measures.size() > 1);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div row = new Div(text, remove);
            row.addClassName("editor-row");
            measuresEditor.add(row);
            focusAfterRender = text;
        }
        Focusable<?> lastMeasure = focusAfterRender;
        stepsEditor.removeAll();
        for (int s = 0; s < steps.size(); s++) {
            stepsEditor.add(stepEditor(s));
        }
        if (focusAfterRender == null) {
            focusAfterRender = lastMeasure;
        }
    }

    private Component stepEditor(int s) {
        StepDraft step = steps.get(s);
        int number = s + 1;
        Div editor = new Div();
        editor.addClassName("step-editor");
        TextField stepTitle = new TextField("Title of step " + number);
        stepTitle.setMaxLength(300);
        stepTitle.setWidthFull();
        stepTitle.setValue(step.title);
        syncs.add(() -> step.title = stepTitle.getValue());
        checks.add(() -> require(stepTitle, "Write the title of step " + number + ", or remove the step."));
        editor.add(new H3("Step " + number), stepTitle);
        focusAfterRender = stepTitle;
        for (int q = 0; q < step.questions.size(); q++) {
            editor.add(questionEditor(step, number, q));
        }
        Button addQuestion = new Button(
                "Add a question to step " + number,
                e -> change(() -> step.questions.add(new QuestionDraft("", null)), true));
        Button removeStep = new Button("Remove step " + number, e -> change(() -> steps.remove(s), false));
        removeStep.setEnabled(steps.size() > 1);
        removeStep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(addQuestion, removeStep);
        buttons.setWrap(true);
        editor.add(buttons);
        return editor;
    }

    private Component questionEditor(StepDraft step, int stepNumber, int q) {
        QuestionDraft question = step.questions.get(q);
        String ref = stepNumber + "." + (q + 1);
        TextArea text = new TextArea("Question " + ref);
        text.setMaxLength(2000);
        text.setValue(question.text);
        Select<Integer> measure = new Select<>();
        measure.setLabel("Key measure it serves");
        measure.setItems(IntStream.rangeClosed(1, measures.size()).boxed().toList());
        measure.setItemLabelGenerator(n -> n == null ? "" : "KM" + n + ": " + shortened(measures.get(n - 1)));
        measure.setEmptySelectionAllowed(true);
        measure.setEmptySelectionCaption("Choose the key measure");
        measure.setValue(
                question.keyMeasure != null && question.keyMeasure <= measures.size() ? question.keyMeasure : null);
        syncs.add(() -> {
            question.text = text.getValue();
            question.keyMeasure = measure.getValue();
        });
        checks.add(() -> require(text, "Write question " + ref + ", or remove it."));
        checks.add(() -> {
            if (measure.getValue() == null) {
                measure.setErrorMessage("Choose the key measure that question " + ref + " serves.");
                measure.setInvalid(true);
            } else {
                measure.setInvalid(false);
            }
        });
        Button remove = new Button("Remove", e -> change(() -> step.questions.remove(q), false));
        remove.getElement().setAttribute("aria-label", "Remove question " + ref);
        remove.setEnabled(step.questions.size() > 1);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(text, measure, remove);
        row.addClassName("editor-row");
        focusAfterRender = text;
        return row;
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static void require(TextArea field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(field.getValue().isBlank());
    }

    private static void require(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(field.getValue().isBlank());
    }

    private void removeMeasure(int index) {
        int removed = index + 1;
        measures.remove(index);
        for (StepDraft step : steps) {
            for (QuestionDraft question : step.questions) {
                if (question.keyMeasure != null && question.keyMeasure == removed) {
                    question.keyMeasure = null;
                } else if (question.keyMeasure != null && question.keyMeasure > removed) {
                    question.keyMeasure = question.keyMeasure - 1;
                }
            }
        }
    }

    private void save() {
        refusal.setVisible(false);
        syncs.forEach(Runnable::run);
        checks.forEach(Runnable::run);
        HeaderData header;
        try {
            header = binder.writeRecord();
        } catch (ValidationException e) {
            refuse("Some fields need your attention: each says what to do.");
            return;
        }
        boolean incomplete = measures.stream().anyMatch(String::isBlank)
                || steps.stream()
                        .anyMatch(s -> s.title.isBlank()
                                || s.questions.stream().anyMatch(q -> q.text.isBlank() || q.keyMeasure == null));
        if (incomplete) {
            refuse("Some fields need your attention: each says what to do.");
            return;
        }
        Framework current = Objects.requireNonNull(framework);
        FrameworkId id = Objects.requireNonNull(current.id());
        AdminNotifications.attempt(
                        () -> frameworks.edit(id, current.revision(), content(header)),
                        "Framework saved.",
                        this::refuse)
                .ifPresent(this::saved);
    }

    private FrameworkContent content(HeaderData header) {
        List<KeyMeasure> keyMeasures = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            keyMeasures.add(new KeyMeasure(i + 1, measures.get(i)));
        }
        List<Step> stepList = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            StepDraft draft = steps.get(s);
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < draft.questions.size(); q++) {
                QuestionDraft question = draft.questions.get(q);
                questions.add(new Question(
                        new QuestionRef(s + 1, q + 1), question.text, Objects.requireNonNull(question.keyMeasure)));
            }
            stepList.add(new Step(s + 1, draft.title, questions));
        }
        return new FrameworkContent(
                header.name(),
                header.source() == null ? "" : header.source(),
                new RagGuidance(header.green(), header.amber(), header.red(), header.actionPlan()),
                keyMeasures,
                stepList);
    }

    private void saved(EditedFramework edited) {
        Framework saved = edited.framework();
        if (edited.asNewVersion()) {
            Notifications.saved("Saved as version " + saved.version() + ". The reviews that use version "
                    + (saved.version() - 1) + " keep it.");
        }
        UI.getCurrent().navigate(FrameworkView.class, FrameworkView.parameters(Objects.requireNonNull(saved.id())));
    }

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }
}
