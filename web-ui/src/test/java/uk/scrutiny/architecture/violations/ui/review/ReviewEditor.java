package uk.scrutiny.architecture.violations.ui.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;

/** Breaks the naming rule: it binds fields to a record but is not called a Form. */
public class ReviewEditor extends Div {

    public record ReviewData(String judgement) {}

    private final Binder<ReviewData> binder = new Binder<>(ReviewData.class);

    public Binder<ReviewData> binder() {
        return binder;
    }
}
