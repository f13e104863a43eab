package uk.scrutiny.architecture.violations.ui.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;

/** Keeps the naming rule: a class that binds fields to a record, called a Form. */
public class ReviewJudgementForm extends Div {

    public record JudgementData(String judgement) {}

    private final Binder<JudgementData> binder = new Binder<>(JudgementData.class);

    public Binder<JudgementData> binder() {
        return binder;
    }
}
