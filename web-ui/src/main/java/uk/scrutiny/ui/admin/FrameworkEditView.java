package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * Edits the newest version of a framework: its name, source and RAG guidance
 * ({@link FrameworkHeaderForm}), its key measures ({@link KeyMeasureForm}), steps ({@link StepForm})
 * and questions ({@link QuestionForm}), each a form of its own that renumbers as the lists change.
 * Saving changes the version in place while no review uses it, and otherwise makes the next
 * version, which the page says before anything is saved.
 */
@Route("admin/frameworks/:id([0-9]+)/edit")
@RolesAllowed("MANAGER")
@StyleSheet("context://assets/admin.css")
public class FrameworkEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String NEEDS_ATTENTION = "Some fields need your attention: each says what to do.";

    private final FrameworkAdminService frameworks;
    private final List<KeyMeasureForm> measures = new ArrayList<>();
    private final List<StepForm> steps = new ArrayList<>();
    private final Div measuresEditor = new Div();
    private final Div stepsEditor = new Div();
    private final Paragraph refusal = new Paragraph();
    private @Nullable FrameworkHeaderForm header;
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
        header = new FrameworkHeaderForm(framework);
        add(what, refusal, header, measuresSection(), stepsSection(), saveBar());
        load(framework);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void load(Framework f) {
        f.keyMeasures().forEach(m -> addMeasure(m.text()));
        for (Step step : f.steps()) {
            StepForm form = addStep(step.title());
            step.questions().forEach(q -> form.addQuestion(q.text(), q.keyMeasure()));
        }
    }

    private Component measuresSection() {
        Button add = new Button("Add a key measure", e -> addMeasure("").focus());
        return new Section(
                new H2("Key measures"),
                new Paragraph("Each question serves one key measure. Removing a key measure asks again for the key "
                        + "measure of the questions that served it."),
                measuresEditor,
                add);
    }

    private Component stepsSection() {
        Button add = new Button("Add a step", e -> {
            StepForm step = addStep("");
            step.addQuestion("", null);
            step.focus();
        });
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

    private KeyMeasureForm addMeasure(String text) {
        KeyMeasureForm form = new KeyMeasureForm(text, this::removeMeasure, () -> keyMeasuresChanged(0));
        measures.add(form);
        measuresEditor.add(form);
        renumberMeasures();
        keyMeasuresChanged(0);
        return form;
    }

    private void removeMeasure(KeyMeasureForm form) {
        int removed = measures.indexOf(form) + 1;
        measures.remove(form);
        measuresEditor.remove(form);
        renumberMeasures();
        keyMeasuresChanged(removed);
    }

    private void renumberMeasures() {
        for (int i = 0; i < measures.size(); i++) {
            measures.get(i).number(i + 1, measures.size() > 1);
        }
    }

    /** @param removed the number of the key measure just removed, or 0 */
    private void keyMeasuresChanged(int removed) {
        steps.forEach(step -> step.keyMeasuresChanged(removed));
    }

    private List<String> typedMeasures() {
        return measures.stream().map(KeyMeasureForm::typed).toList();
    }

    private StepForm addStep(String stepTitle) {
        StepForm form = new StepForm(stepTitle, this::typedMeasures, this::removeStep);
        steps.add(form);
        stepsEditor.add(form);
        renumberSteps();
        return form;
    }

    private void removeStep(StepForm form) {
        steps.remove(form);
        stepsEditor.remove(form);
        renumberSteps();
    }

    private void renumberSteps() {
        for (int s = 0; s < steps.size(); s++) {
            steps.get(s).number(s + 1, steps.size() > 1);
        }
    }

    private void save() {
        refusal.setVisible(false);
        Optional<FrameworkContent> content = content();
        if (content.isEmpty()) {
            refuse(NEEDS_ATTENTION);
            return;
        }
        Framework current = Objects.requireNonNull(framework);
        FrameworkId id = Objects.requireNonNull(current.id());
        Notifications.attempt(
                        () -> frameworks.edit(id, current.revision(), content.get()), "Framework saved.", this::refuse)
                .ifPresent(this::saved);
    }

    /** Every form's values, when all are valid; each invalid field says what to do. */
    private Optional<FrameworkContent> content() {
        Optional<FrameworkHeaderForm.HeaderData> head =
                Objects.requireNonNull(header).values();
        List<KeyMeasure> keyMeasures = new ArrayList<>();
        boolean valid = head.isPresent();
        for (int i = 0; i < measures.size(); i++) {
            var data = measures.get(i).values();
            valid &= data.isPresent();
            keyMeasures.add(new KeyMeasure(
                    i + 1, data.map(KeyMeasureForm.KeyMeasureData::text).orElse("")));
        }
        List<Step> stepList = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            var stepData = steps.get(s).values();
            valid &= stepData.isPresent();
            List<Question> questions = new ArrayList<>();
            List<QuestionForm> forms = steps.get(s).questions();
            for (int q = 0; q < forms.size(); q++) {
                var data = forms.get(q).values();
                valid &= data.isPresent();
                if (data.isPresent()) {
                    questions.add(new Question(
                            new QuestionRef(s + 1, q + 1),
                            data.get().text(),
                            Objects.requireNonNull(data.get().keyMeasure())));
                }
            }
            if (valid) {
                stepList.add(new Step(s + 1, stepData.orElseThrow().title(), questions));
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        var h = head.orElseThrow();
        return Optional.of(new FrameworkContent(
                h.name(),
                h.source() == null ? "" : h.source(),
                new RagGuidance(h.green(), h.amber(), h.red(), h.actionPlan()),
                keyMeasures,
                stepList));
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
