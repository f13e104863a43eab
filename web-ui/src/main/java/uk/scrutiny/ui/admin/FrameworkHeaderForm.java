package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.ui.component.FormValues;

/** A framework's name, source and RAG guidance, as the framework editor shows them above its lists. */
class FrameworkHeaderForm extends Section {

    /** The form's values. */
    public record HeaderData(String name, String source, String green, String amber, String red, String actionPlan) {}

    private final Binder<HeaderData> binder = new Binder<>(HeaderData.class);

    FrameworkHeaderForm(Framework framework) {
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
        binder.readRecord(new HeaderData(
                framework.name(),
                framework.source(),
                framework.guidance().green(),
                framework.guidance().amber(),
                framework.guidance().red(),
                framework.guidance().actionPlan()));
        add(new H2("Name and RAG guidance"), name, source, green, amber, red, actionPlan);
    }

    /** The values, when every field is filled in; otherwise each field says what to do. */
    Optional<HeaderData> values() {
        return FormValues.valid(binder);
    }

    private static TextArea guidanceArea(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(2000);
        area.setWidthFull();
        return area;
    }
}
