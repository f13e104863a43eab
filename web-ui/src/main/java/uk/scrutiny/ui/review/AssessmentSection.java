package uk.scrutiny.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.ui.component.FormValues;
import uk.scrutiny.ui.component.Notifications;
import uk.scrutiny.ui.component.RagBadge;

/** A question's rating and commentary: the scrutineer's form, or what they wrote for everyone else. */
class AssessmentSection extends Section {

    /** The form's values. */
    public record AssessmentData(@Nullable RagRating rating, String commentary) {}

    AssessmentSection(
            ReviewService reviews, ReviewId reviewId, QuestionAssessment q, boolean mayAssess, Runnable saved) {
        add(new H2("Rating and commentary"));
        if (mayAssess) {
            form(reviews, reviewId, q, saved);
        } else {
            summary(q);
        }
    }

    private void summary(QuestionAssessment q) {
        add(new Paragraph(new Span("Rating: "), new RagBadge(q.rating())));
        if (q.previousRating() != null) {
            add(new Paragraph(lastYear(q)));
        }
        add(new Paragraph(
                q.assessment().commentary() == null
                        ? "No commentary yet."
                        : q.assessment().commentary()));
    }

    /**
     * {@code Last year: Amber (improved)} once this year's rating is given; before that, last year's alone,
     * so that it never reads as if last year's rating were the one missing.
     */
    static String lastYear(QuestionAssessment q) {
        String last = "Last year: " + RagRating.labelOf(q.previousRating());
        return q.rating() == null
                ? last + "; not rated yet this year."
                : last + " (" + q.change().label().toLowerCase(Locale.UK) + ")";
    }

    private void form(ReviewService reviews, ReviewId reviewId, QuestionAssessment q, Runnable saved) {
        RadioButtonGroup<RagRating> rating = new RadioButtonGroup<>("Rating");
        rating.setItems(RagRating.values());
        rating.setRenderer(new ComponentRenderer<>(RagBadge::new));
        rating.setHelperText(
                q.previousRating() == null
                        ? "Not rated last year."
                        : "Last year: " + q.previousRating().label() + ".");
        TextArea commentary = new TextArea("Commentary");
        commentary.setId("commentary");
        commentary.setWidthFull();
        commentary.setMinHeight("8em");
        commentary.setMaxLength(20_000);
        commentary.setHelperText("What the evidence shows, and what is still to do.");
        Binder<AssessmentData> binder = new Binder<>(AssessmentData.class);
        binder.forField(rating).bind("rating");
        binder.forField(commentary).bind("commentary");
        binder.readRecord(new AssessmentData(
                q.rating(), Objects.requireNonNullElse(q.assessment().commentary(), "")));
        var question = q.question().ref();
        Button save = new Button("Save rating and commentary", e -> {
            AssessmentData data = FormValues.valid(binder).orElse(null);
            if (data != null
                    && Notifications.attempt(
                            () -> reviews.assess(
                                    reviewId,
                                    question,
                                    data.rating(),
                                    data.commentary(),
                                    q.assessment().version()),
                            "Question " + question + " saved.")) {
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(rating, commentary, save);
    }
}
