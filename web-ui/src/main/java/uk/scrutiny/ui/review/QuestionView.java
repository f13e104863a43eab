package uk.scrutiny.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.application.action.ActionPlanService;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewPermissions;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.ui.audit.QuestionHistoryDialog;

/**
 * The workspace of one question: the task list of the review's questions beside it; the rating
 * and commentary (the scrutineer's alone); the cited evidence (cite from the library, upload a new
 * file or add an {@code https://} link); the numbered recommended actions and their progress; and
 * the framework's rules where this question breaks them. Each control appears only where the review
 * service says the person may use it, and the services refuse the rest whatever the page shows.
 */
@Route("review/:reviewId/question/:question")
@PermitAll
public class QuestionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String REVIEW = "reviewId";
    static final String QUESTION = "question";

    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final ActionPlanService actionPlan;
    private final List<Agency> agencies;
    private final AuditService audit;
    private final Clock clock;
    private ReviewId reviewId = new ReviewId(0);
    private QuestionRef question = new QuestionRef(1, 1);
    private String title = "Question | Safeguarding Scrutiny";

    QuestionView(
            ReviewService reviews,
            EvidenceService evidence,
            ActionPlanService actionPlan,
            ReferenceDataService referenceData,
            AuditService audit,
            Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.reviews = reviews;
        this.evidence = evidence;
        this.actionPlan = actionPlan;
        this.agencies = referenceData.agencies().stream().filter(Agency::active).toList();
        addClassNames("page", "question-workspace");
    }

    static RouteParameters parameters(ReviewId review, QuestionRef question) {
        return new RouteParameters(Map.of(REVIEW, review.toString(), QUESTION, question.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reviewId = new ReviewId(
                    Long.parseLong(event.getRouteParameters().get(REVIEW).orElseThrow()));
            question =
                    QuestionRef.parse(event.getRouteParameters().get(QUESTION).orElseThrow());
            refresh();
        } catch (AccessDeniedException
                | uk.scrutiny.domain.common.NotFoundException
                | IllegalArgumentException
                | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, "There is no such question that you can open.");
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void refresh() {
        ReviewDetails details = reviews.review(reviewId);
        QuestionAssessment q = details.questions().stream()
                .filter(x -> x.question().ref().equals(question))
                .findFirst()
                .orElseThrow(() -> new uk.scrutiny.domain.common.NotFoundException("No question " + question));
        title = "Question " + question + ", review " + details.review().year() + " | Safeguarding Scrutiny";
        removeAll();
        Div layout = new Div(new QuestionTaskList(details, question), content(details, q));
        layout.addClassName("workspace-layout");
        add(layout);
    }

    private Component content(ReviewDetails details, QuestionAssessment q) {
        ReviewPermissions may = reviews.permissions(details.review());
        Div content = new Div();
        content.addClassName("workspace-content");
        content.add(new H1(q.question().ref() + " " + q.question().text()));
        content.add(new Paragraph(q.keyMeasure().code() + ": " + q.keyMeasure().text()));
        Button history = new Button(
                "History of this question",
                e -> new QuestionHistoryDialog(audit, ReviewService.assessmentKey(reviewId, question)).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(history);
        boolean editable = details.review().isEditable();
        if (!editable) {
            content.add(new Paragraph("The " + details.review().year() + " review is "
                    + details.review().status().label().toLowerCase(Locale.UK) + ", so this question is read-only."));
        }
        if (editable && !q.breaches().isEmpty()) {
            content.add(breaches(q));
        }
        content.add(
                new AssessmentSection(reviews, reviewId, q, may.assess(), this::refresh),
                new CitedEvidenceSection(reviews, evidence, reviewId, q, may, agencies, clock, this::refresh),
                new RecommendedActionsSection(reviews, actionPlan, reviewId, q, may.assess(), agencies, this::refresh));
        return content;
    }

    private static Component breaches(QuestionAssessment q) {
        Section rules = new Section(new H2("Rules not met yet"));
        rules.addClassName("breaches");
        rules.getElement().setAttribute("role", "status");
        UnorderedList list = new UnorderedList();
        q.breaches().forEach(b -> list.add(new ListItem(b.message())));
        rules.add(list);
        return rules;
    }
}
