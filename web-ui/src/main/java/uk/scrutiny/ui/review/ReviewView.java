package uk.scrutiny.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewPermissions;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Step;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.review.RuleBreach;
import uk.scrutiny.domain.review.StatusChange;
import uk.scrutiny.ui.component.FormValues;
import uk.scrutiny.ui.component.Notifications;
import uk.scrutiny.ui.component.RagBadge;
import uk.scrutiny.ui.evidence.EvidenceLink;

/**
 * One review, read as the report reads: period, scrutineer, overall judgement, the derived
 * summary, the RAG guidance and key measures, then step by step each question with its rating,
 * commentary, evidence and numbered recommended actions. Rule breaches show where they are.
 */
@Route("review")
@PermitAll
public class ReviewView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReviewService reviews;
    private long id;
    private String title = "Review | Safeguarding Scrutiny";

    ReviewView(ReviewService reviews) {
        this.reviews = reviews;
        addClassNames("page", "review-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.id = id;
        ReviewDetails details;
        try {
            details = reviews.review(new ReviewId(id));
        } catch (AccessDeniedException | uk.scrutiny.domain.common.NotFoundException e) {
            // Refused and missing look alike, so that nobody learns what exists by typing addresses.
            event.rerouteToError(NotFoundException.class, "There is no review " + id + " that you can open.");
            return;
        }
        show(details);
    }

    private void refresh() {
        show(reviews.review(new ReviewId(id)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ReviewDetails details) {
        Review review = details.review();
        title = "Review " + review.year() + " | Safeguarding Scrutiny";
        removeAll();
        add(new H1("Independent scrutiny " + review.year()));
        Paragraph facts = new Paragraph();
        facts.addClassName("review-facts");
        facts.add(
                fact("Partnership", details.partnership()),
                fact("Period", review.year().spanInWords()),
                fact("Scrutineer", review.scrutineer()),
                fact("Status", review.status().label()),
                fact("Framework", details.framework().label()));
        review.publishedAt().ifPresent(at -> facts.add(fact("Published", UkDates.prose(UkDates.day(at)))));
        add(facts, actions(details));

        Section judgement = new Section(
                new H2("Overall judgement"),
                new Paragraph(review.overallJudgement() == null ? "Not written yet." : review.overallJudgement()),
                summary(details));
        judgement.addClassName("judgement");
        add(judgement);

        if (review.isEditable() && !details.breaches().isEmpty()) {
            add(breachPanel(details.breaches(), review.overallJudgement() == null));
        }
        add(guidance(details), keyMeasures(details));
        for (Step step : details.framework().steps()) {
            Section section = new Section(new H2(step.title()));
            section.addClassName("step");
            details.questionsOf(step).forEach(q -> section.add(question(review.requireId(), q, review.isEditable())));
            add(section);
        }
        if (!review.history().isEmpty()) {
            add(history(review.history()));
        }
    }

    /** What the signed-in role may do with the review as it stands. */
    private Component actions(ReviewDetails details) {
        Review review = details.review();
        ReviewId reviewId = review.requireId();
        Div bar = new Div();
        bar.addClassName("review-actions");
        ReviewPermissions may = reviews.permissions(review);
        if (may.handOver()) {
            bar.add(primary(
                    "Hand to the scrutineer",
                    () -> reviews.beginScrutiny(reviewId, review.version()),
                    "The review is now with the scrutineer."));
        }
        if (may.assess()) {
            bar.add(new Button("Write the overall judgement", e -> new JudgementDialog(review).open()));
        }
        if (may.signOff()) {
            Button signOff = primary(
                    "Sign off",
                    () -> reviews.signOff(reviewId, review.version()),
                    "The " + review.year() + " review is signed off.");
            if (!details.canBeSignedOff()) {
                signOff.setTooltipText("The rules listed under 'Before sign-off' must be met first.");
            }
            bar.add(signOff);
        }
        if (may.publish()) {
            bar.add(primary(
                    "Publish",
                    () -> reviews.publish(reviewId, review.version()),
                    "The " + review.year() + " review is published."));
        }
        if (may.reopen()) {
            bar.add(new Button("Reopen for a correction…", e -> new ReopenDialog(review).open()));
        }
        return bar;
    }

    private Button primary(String text, Runnable change, String success) {
        Button button = new Button(text, e -> {
            if (Notifications.attempt(change, success)) {
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** The scrutineer's overall judgement of the arrangements. */
    private final class JudgementDialog extends Dialog {
        JudgementDialog(Review review) {
            setHeaderTitle("Overall judgement, " + review.year());
            TextArea text = new TextArea("Overall judgement");
            text.setWidth("36em");
            text.setMinHeight("8em");
            text.setMaxLength(4000);
            text.setHelperText("For example: Overall the safeguarding children arrangements are effective.");
            Binder<JudgementData> binder = new Binder<>(JudgementData.class);
            binder.forField(text).bind("judgement");
            binder.readRecord(new JudgementData(Objects.requireNonNullElse(review.overallJudgement(), "")));
            add(text);
            Button save = new Button(
                    "Save",
                    e -> FormValues.valid(binder).ifPresent(data -> {
                        if (Notifications.attempt(
                                () -> reviews.writeOverallJudgement(
                                        review.requireId(), data.judgement(), review.version()),
                                "Overall judgement saved.")) {
                            close();
                            refresh();
                        }
                    }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button("Cancel", e -> close()), save);
        }
    }

    /** The judgement form's value. */
    public record JudgementData(String judgement) {}

    /** The reopening form's value. */
    public record ReopenData(String reason) {}

    /** Reopening a signed-off or published review needs a reason, which its history keeps. */
    private final class ReopenDialog extends Dialog {
        ReopenDialog(Review review) {
            setHeaderTitle("Reopen the " + review.year() + " review");
            add(new Paragraph("The review becomes editable again. What was published stays listed in its history."));
            TextArea reason = new TextArea("Reason for reopening");
            reason.setWidth("32em");
            reason.setMaxLength(2000);
            Binder<ReopenData> binder = new Binder<>(ReopenData.class);
            binder.forField(reason)
                    .asRequired("Give the reason: it is kept in the review's history.")
                    .bind("reason");
            binder.readRecord(new ReopenData(""));
            add(reason);
            Button reopen = new Button(
                    "Reopen",
                    e -> FormValues.valid(binder).ifPresent(data -> {
                        if (Notifications.attempt(
                                () -> reviews.reopen(review.requireId(), data.reason(), review.version()),
                                "The review is open again.")) {
                            close();
                            refresh();
                        }
                    }));
            reopen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button("Cancel", e -> close()), reopen);
        }
    }

    private static Component summary(ReviewDetails details) {
        Paragraph sentence = new Paragraph(details.summary().sentence() + ".");
        sentence.addClassName("rag-summary");
        Div counts = new Div();
        counts.addClassName("rag-counts");
        for (RagRating rating : RagRating.values()) {
            Span count = new Span(
                    new RagBadge(rating),
                    new Span(String.valueOf(details.summary().count(rating))));
            count.addClassName("rag-count");
            counts.add(count);
        }
        return new Div(sentence, counts);
    }

    private static Component breachPanel(List<RuleBreach> breaches, boolean judgementMissing) {
        Section panel = new Section(new H2("Before sign-off"));
        panel.addClassName("breaches");
        panel.getElement().setAttribute("role", "status");
        UnorderedList list = new UnorderedList();
        if (judgementMissing) {
            list.add(new ListItem("Write the overall judgement."));
        }
        breaches.forEach(b -> list.add(new ListItem(b.message())));
        panel.add(
                new Paragraph(
                        "These rules of the framework are not met yet. The review cannot be signed off until they are:"),
                list);
        return panel;
    }

    private static Component guidance(ReviewDetails details) {
        var g = details.framework().guidance();
        Section section = new Section(new H2("RAG rating guidance"));
        section.addClassName("guidance");
        UnorderedList list = new UnorderedList(
                guidanceItem(RagRating.GREEN, g.green()),
                guidanceItem(RagRating.AMBER, g.amber()),
                guidanceItem(RagRating.RED, g.red()));
        section.add(list, new Paragraph(g.actionPlan()));
        return section;
    }

    private static ListItem guidanceItem(RagRating rating, String text) {
        return new ListItem(new RagBadge(rating), new Span(" " + text));
    }

    private static Component keyMeasures(ReviewDetails details) {
        Section section = new Section(new H2("Key measures"));
        OrderedList list = new OrderedList();
        for (KeyMeasure km : details.framework().keyMeasures()) {
            list.add(new ListItem(km.code() + ": " + km.text()));
        }
        section.add(list);
        return section;
    }

    private static Component question(ReviewId reviewId, QuestionAssessment q, boolean editable) {
        Div card = new Div();
        card.addClassName("question");
        card.setId("question-" + q.question().ref().toString().replace('.', '-'));
        H3 heading = new H3(new RouterLink(
                q.question().ref() + " " + q.question().text(),
                QuestionView.class,
                QuestionView.parameters(reviewId, q.question().ref())));
        Paragraph meta = new Paragraph(
                new RagBadge(q.rating()),
                new Span(" " + q.keyMeasure().code() + ": " + q.keyMeasure().text()));
        meta.addClassName("question-meta");
        card.add(heading, meta);
        if (q.assessment().commentary() != null) {
            Paragraph commentary = new Paragraph(q.assessment().commentary());
            commentary.addClassName("commentary");
            card.add(commentary);
        }
        card.add(new H4("Evidence"));
        if (q.evidence().isEmpty()) {
            card.add(new Paragraph("No evidence cited."));
        } else {
            UnorderedList evidence = new UnorderedList();
            q.evidence().forEach(item -> evidence.add(evidenceItem(item)));
            card.add(evidence);
        }
        card.add(new H4("Recommended actions"));
        if (q.actions().isEmpty()) {
            card.add(new Paragraph("No recommended actions yet."));
        } else {
            OrderedList actions = new OrderedList();
            actions.addClassName("actions");
            q.actions().forEach(a -> actions.add(actionItem(a)));
            card.add(actions);
        }
        if (editable && !q.breaches().isEmpty()) {
            UnorderedList breaches = new UnorderedList();
            breaches.addClassName("question-breaches");
            q.breaches().forEach(b -> breaches.add(new ListItem("⚠ " + b.message())));
            card.add(breaches);
        }
        return card;
    }

    private static ListItem evidenceItem(EvidenceItem item) {
        List<Component> parts = new ArrayList<>();
        parts.add(new Span(item.title()));
        String detail =
                " (" + item.type().label() + ", " + UkDates.table(item.date()) + (item.draft() ? ", draft" : "") + ")";
        parts.add(new Span(detail));
        parts.add(new Span(" — "));
        parts.add(EvidenceLink.of(item, null));
        ListItem li = new ListItem();
        li.addClassName("evidence");
        parts.forEach(li::add);
        return li;
    }

    private static ListItem actionItem(RecommendedAction a) {
        ListItem li = new ListItem();
        li.getElement().setAttribute("value", String.valueOf(a.number()));
        li.add(new Span(a.text()));
        List<String> facts = new ArrayList<>();
        facts.add(a.status().label());
        if (a.owner() != null) {
            facts.add("owner " + a.owner());
        }
        if (a.due() != null) {
            facts.add("due " + UkDates.table(a.due()));
        }
        if (a.carriedFrom() != null) {
            facts.add("carried forward");
        }
        Span detail = new Span(" (" + String.join(", ", facts) + ")");
        detail.addClassName("action-facts");
        li.add(detail);
        return li;
    }

    private static Component history(List<StatusChange> changes) {
        Section section = new Section(new H2("History"));
        UnorderedList list = new UnorderedList();
        for (StatusChange c : changes) {
            String when = UkDates.table(c.at());
            list.add(new ListItem(when + ": " + c.from().label() + " → " + c.to().label() + " by " + c.by()
                    + (c.reason() == null ? "" : ". Reason: " + c.reason())));
        }
        section.add(list);
        return section;
    }

    private static Span fact(String label, String value) {
        Span term = new Span(label + ": ");
        term.addClassName("fact-label");
        Span fact = new Span(term, new Span(value));
        fact.addClassName("fact");
        return fact;
    }
}
