package uk.scrutiny.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Step;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.RecommendedAction;
import uk.scrutiny.domain.review.Review;
import uk.scrutiny.domain.review.RuleBreach;
import uk.scrutiny.domain.review.StatusChange;
import uk.scrutiny.ui.component.RagBadge;

/**
 * One review, read as the report reads: period, scrutineer, overall judgement, the derived
 * summary, the RAG guidance and key measures, then step by step each question with its rating,
 * commentary, evidence and numbered recommended actions. Rule breaches show where they are.
 */
@Route("review")
@PermitAll
public class ReviewView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReviewService reviews;
    private String title = "Review | Safeguarding Scrutiny";

    ReviewView(ReviewService reviews) {
        this.reviews = reviews;
        addClassNames("page", "review-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ReviewDetails details;
        try {
            details = reviews.review(new uk.scrutiny.domain.review.ReviewId(id));
        } catch (AccessDeniedException | uk.scrutiny.domain.common.NotFoundException e) {
            // Refused and missing look alike, so that nobody learns what exists by typing addresses.
            event.rerouteToError(NotFoundException.class, "There is no review " + id + " that you can open.");
            return;
        }
        title = "Review " + details.review().year() + " | Safeguarding Scrutiny";
        removeAll();
        show(details);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ReviewDetails details) {
        Review review = details.review();
        add(new H1("Independent scrutiny " + review.year()));
        Paragraph facts = new Paragraph();
        facts.addClassName("review-facts");
        facts.add(fact("Partnership", details.partnership()),
                fact("Period", review.year().spanInWords()),
                fact("Scrutineer", review.scrutineer()),
                fact("Status", review.status().label()),
                fact("Framework", details.framework().label()));
        review.publishedAt().ifPresent(at -> facts.add(fact("Published", UkDates.prose(
                at.atZone(uk.scrutiny.ScrutinyApplication.UK).toLocalDate()))));
        add(facts);

        Section judgement = new Section(new H2("Overall judgement"),
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
            details.questionsOf(step).forEach(q -> section.add(question(q, review.isEditable())));
            add(section);
        }
        if (!review.history().isEmpty()) {
            add(history(review.history()));
        }
    }

    private static Component summary(ReviewDetails details) {
        Paragraph sentence = new Paragraph(details.summary().sentence() + ".");
        sentence.addClassName("rag-summary");
        Div counts = new Div();
        counts.addClassName("rag-counts");
        for (RagRating rating : RagRating.values()) {
            Span count = new Span(new RagBadge(rating), new Span(String.valueOf(details.summary().count(rating))));
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
        panel.add(new Paragraph("These rules of the framework are not met yet. The review cannot be signed off until they are:"),
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

    private static Component question(QuestionAssessment q, boolean editable) {
        Div card = new Div();
        card.addClassName("question");
        card.setId("question-" + q.question().ref().toString().replace('.', '-'));
        H3 heading = new H3(q.question().ref() + " " + q.question().text());
        Paragraph meta = new Paragraph(new RagBadge(q.rating()),
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
        String detail = " (" + item.type().label() + ", " + UkDates.table(item.date())
                + (item.draft() ? ", draft" : "") + ")";
        parts.add(new Span(detail));
        if (item.link() != null) {
            Anchor link = new Anchor(item.link().toString(), item.link().toString(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            parts.add(new Span(" — "));
            parts.add(link);
        } else {
            Span file = new Span(" — " + item.reference());
            file.addClassName("file-name");
            parts.add(file);
        }
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
            String when = UkDates.table(c.at().atZone(uk.scrutiny.ScrutinyApplication.UK).toLocalDateTime());
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
