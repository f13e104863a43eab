package uk.scrutiny.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.application.action.ActionPlanService;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.application.security.Actor;
import uk.scrutiny.application.security.CurrentActor;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.RagRating;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.domain.user.Role;
import uk.scrutiny.ui.action.ProgressDialog;
import uk.scrutiny.ui.audit.QuestionHistoryDialog;
import uk.scrutiny.ui.component.Notifications;
import uk.scrutiny.ui.component.RagBadge;
import uk.scrutiny.ui.evidence.EvidenceDownloads;
import uk.scrutiny.ui.evidence.NewEvidenceForms;

/**
 * The workspace of one question: the task list of the review's questions beside it; the rating
 * and commentary (the scrutineer's alone); the cited evidence (cite from the library, upload a new
 * file or add an {@code https://} link); the numbered recommended actions and their progress; and
 * the framework's rules where this question breaks them. Each control appears only for the roles
 * that may use it, and the services refuse the rest whatever the page shows.
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
    private final Actor actor;
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
            CurrentActor currentActor,
            Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.reviews = reviews;
        this.evidence = evidence;
        this.actionPlan = actionPlan;
        this.agencies = referenceData.agencies().stream().filter(Agency::active).toList();
        this.actor = currentActor.get();
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
                | java.util.NoSuchElementException e) {
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
        Div layout = new Div(taskList(details), content(details, q));
        layout.addClassName("workspace-layout");
        add(layout);
    }

    private Component taskList(ReviewDetails details) {
        Nav nav = new Nav();
        nav.addClassName("task-list");
        nav.getElement().setAttribute("aria-label", "Questions of the review");
        nav.add(new RouterLink("← Review " + details.review().year(), ReviewView.class, reviewId.value()));
        OrderedList list = new OrderedList();
        for (QuestionAssessment q : details.questions()) {
            RouterLink link = new RouterLink(
                    QuestionView.class, parameters(reviewId, q.question().ref()));
            link.add(new Span(q.question().ref().toString()), new RagBadge(q.rating()));
            if (!q.breaches().isEmpty() && details.review().isEditable()) {
                Span warning = new Span(
                        "⚠ " + q.breaches().size() + (q.breaches().size() == 1 ? " rule" : " rules") + " not met");
                warning.addClassName("task-warning");
                link.add(warning);
            }
            ListItem item = new ListItem(link);
            if (q.question().ref().equals(question)) {
                item.addClassName("current");
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(item);
        }
        nav.add(list);
        return nav;
    }

    private Component content(ReviewDetails details, QuestionAssessment q) {
        boolean editable = details.review().isEditable();
        Div content = new Div();
        content.addClassName("workspace-content");
        content.add(new H1(q.question().ref() + " " + q.question().text()));
        content.add(new Paragraph(q.keyMeasure().code() + ": " + q.keyMeasure().text()));
        Button history = new Button(
                "History of this question",
                e -> new QuestionHistoryDialog(audit, ReviewService.assessmentKey(reviewId, question)).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(history);
        if (!editable) {
            content.add(new Paragraph("The " + details.review().year() + " review is "
                    + details.review().status().label().toLowerCase(Locale.UK) + ", so this question is read-only."));
        }
        if (editable && !q.breaches().isEmpty()) {
            Section rules = new Section(new H2("Rules not met yet"));
            rules.addClassName("breaches");
            rules.getElement().setAttribute("role", "status");
            UnorderedList list = new UnorderedList();
            q.breaches().forEach(b -> list.add(new ListItem(b.message())));
            rules.add(list);
            content.add(rules);
        }
        content.add(assessment(q, editable && actor.is(Role.SCRUTINEER)));
        content.add(evidenceSection(q, editable));
        content.add(actionsSection(q, editable));
        return content;
    }

    private Component assessment(QuestionAssessment q, boolean mayRate) {
        Section section = new Section(new H2("Rating and commentary"));
        if (!mayRate) {
            section.add(new Paragraph(new Span("Rating: "), new RagBadge(q.rating())));
            if (q.previousRating() != null) {
                section.add(new Paragraph("Last year: " + q.previousRating().label() + " ("
                        + q.change().label().toLowerCase(Locale.UK) + ")"));
            }
            section.add(new Paragraph(
                    q.assessment().commentary() == null
                            ? "No commentary yet."
                            : q.assessment().commentary()));
            return section;
        }
        RadioButtonGroup<RagRating> rating = new RadioButtonGroup<>("Rating");
        rating.setItems(RagRating.values());
        rating.setRenderer(new ComponentRenderer<>(RagBadge::new));
        rating.setValue(q.rating());
        rating.setHelperText(
                q.previousRating() == null
                        ? "Not rated last year."
                        : "Last year: " + q.previousRating().label() + ".");
        TextArea commentary = new TextArea("Commentary");
        commentary.setId("commentary");
        commentary.setWidthFull();
        commentary.setMinHeight("8em");
        commentary.setMaxLength(20_000);
        commentary.setValue(Objects.requireNonNullElse(q.assessment().commentary(), ""));
        commentary.setHelperText("What the evidence shows, and what is still to do.");
        Button save = new Button("Save rating and commentary", e -> {
            if (Notifications.attempt(
                    () -> reviews.assess(
                            reviewId,
                            question,
                            rating.getValue(),
                            commentary.getValue(),
                            q.assessment().version()),
                    "Question " + question + " saved.")) {
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(rating, commentary, save);
        return section;
    }

    private Component evidenceSection(QuestionAssessment q, boolean editable) {
        Section section = new Section(new H2("Evidence"));
        boolean mayCite =
                editable && (actor.is(Role.SCRUTINEER) || actor.is(Role.BUSINESS_UNIT) || actor.is(Role.MANAGER));
        if (q.evidence().isEmpty()) {
            section.add(new Paragraph("No evidence cited yet."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("cited-evidence");
            for (EvidenceItem item : q.evidence()) {
                ListItem li = new ListItem(
                        new Span(item.title()),
                        new Span(" (" + item.type().label() + ", " + UkDates.table(item.date()) + ") "),
                        reference(item));
                if (item.draft()) {
                    Span draft = new Span(" ⚠ Draft minutes: not approved, so they cannot support a Green rating.");
                    draft.addClassName("draft-warning");
                    li.add(draft);
                }
                if (mayCite) {
                    Button remove = new Button("Remove citation", e -> {
                        if (Notifications.attempt(
                                () -> reviews.uncite(
                                        reviewId,
                                        question,
                                        Objects.requireNonNull(item.id()),
                                        q.assessment().version()),
                                "Citation removed.")) {
                            refresh();
                        }
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel("Remove citation of " + item.title());
                    li.add(remove);
                }
                list.add(li);
            }
            section.add(list);
        }
        if (mayCite) {
            section.add(citeFromLibrary(q));
        }
        if (editable && (actor.is(Role.BUSINESS_UNIT) || actor.is(Role.MANAGER))) {
            NewEvidenceForms forms = new NewEvidenceForms(evidence, agencies, clock);
            java.util.function.Consumer<EvidenceItem> citeIt = item -> {
                reviews.cite(
                        reviewId,
                        question,
                        Objects.requireNonNull(item.id()),
                        q.assessment().version());
                refresh();
            };
            section.add(
                    forms.uploadForm("Upload a new file and cite it", citeIt, "File uploaded and cited."),
                    forms.linkForm("Add a web link and cite it", citeIt, "Link added and cited."));
        }
        return section;
    }

    private Component reference(EvidenceItem item) {
        if (item.link() != null) {
            Anchor a = new Anchor(item.link().toString(), item.link().toString(), AnchorTarget.BLANK);
            a.getElement().setAttribute("rel", "noopener noreferrer");
            return a;
        }
        if (item.file() != null) {
            return EvidenceDownloads.link(evidence, item);
        }
        Span name = new Span(item.reference());
        name.addClassName("file-name");
        return name;
    }

    private Component citeFromLibrary(QuestionAssessment q) {
        ComboBox<EvidenceItem> picker = new ComboBox<>("Cite evidence from the library");
        picker.setItems(query -> evidence
                .find(
                        new EvidenceFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                query.getFilter().orElse(null)),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        picker.setItemLabelGenerator(
                item -> item.title() + " (" + item.type().label() + ", " + UkDates.table(item.date()) + ")");
        picker.setHelperText("Type part of the title or file name.");
        picker.setWidth("32em");
        Button cite = new Button("Cite", e -> {
            EvidenceItem chosen = picker.getValue();
            if (chosen == null) {
                picker.setInvalid(true);
                picker.setErrorMessage("Choose an evidence item first.");
                return;
            }
            if (Notifications.attempt(
                    () -> reviews.cite(
                            reviewId,
                            question,
                            Objects.requireNonNull(chosen.id()),
                            q.assessment().version()),
                    "'" + chosen.title() + "' cited.")) {
                refresh();
            }
        });
        HorizontalLayout row = new HorizontalLayout(picker, cite);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component actionsSection(QuestionAssessment q, boolean editable) {
        Section section = new Section(new H2("Recommended actions"));
        if (q.actions().isEmpty()) {
            section.add(new Paragraph("No recommended actions yet. Every rating needs an action plan."));
        } else {
            OrderedList list = new OrderedList();
            list.addClassName("actions");
            q.actions().forEach(a -> list.add(actionItem(a, editable)));
            section.add(list);
        }
        if (editable && actor.is(Role.SCRUTINEER)) {
            section.add(newActionForm());
        }
        return section;
    }

    private ListItem actionItem(RecommendedAction a, boolean editable) {
        ListItem li = new ListItem();
        li.getElement().setAttribute("value", String.valueOf(a.number()));
        li.add(new Span(a.text()));
        Span facts = new Span(" (" + a.status().label()
                + (a.owner() == null ? "" : ", owner " + a.owner())
                + (a.due() == null ? "" : ", due " + UkDates.table(a.due()))
                + (a.carriedFrom() == null ? "" : ", carried forward") + ")");
        facts.addClassName("action-facts");
        li.add(facts);
        if (!a.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("progress-notes");
            a.notes()
                    .forEach(n -> notes.add(
                            new ListItem(UkDates.table(UkDates.day(n.at())) + " " + n.author() + ": " + n.text()
                                    + (n.newStatus() == null
                                            ? ""
                                            : " → " + n.newStatus().label()))));
            li.add(notes);
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (editable && actor.is(Role.SCRUTINEER)) {
            Button edit = new Button("Edit", e -> new ActionDialog(a).open());
            edit.setAriaLabel("Edit action " + a.label());
            buttons.add(edit);
        }
        if (mayReportProgress(a)) {
            Button progress = new Button("Add progress", e -> new ProgressDialog(actionPlan, a, this::refresh).open());
            progress.setAriaLabel("Add progress on action " + a.label());
            buttons.add(progress);
        }
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE));
        li.add(buttons);
        return li;
    }

    private boolean mayReportProgress(RecommendedAction a) {
        return actor.is(Role.BUSINESS_UNIT)
                || actor.is(Role.MANAGER)
                || actor.is(Role.SCRUTINEER)
                || (actor.is(Role.PARTNER_LEAD) && a.owner() != null && actor.mayActFor(a.owner()));
    }

    private Component newActionForm() {
        Section section = new Section(new H3("Recommend an action"));
        TextArea text = new TextArea("Action");
        text.setId("new-action");
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setRequired(true);
        ComboBox<Agency> owner = agencyPicker("Owning agency");
        DatePicker due = datePicker("Due date");
        Button add = new Button("Add action", e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage("Write what should be done.");
                return;
            }
            if (Notifications.attempt(
                    () -> reviews.recommend(
                            reviewId,
                            question,
                            text.getValue(),
                            owner.getValue() == null ? null : owner.getValue().code(),
                            due.getValue()),
                    "Action added.")) {
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(owner, due, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        section.add(text, row);
        return section;
    }

    private ComboBox<Agency> agencyPicker(String label) {
        return NewEvidenceForms.agencyPicker(label, agencies);
    }

    private static DatePicker datePicker(String label) {
        return NewEvidenceForms.datePicker(label);
    }

    private @Nullable Agency agency(@Nullable AgencyCode code) {
        return code == null
                ? null
                : agencies.stream()
                        .filter(a -> a.code().equals(code))
                        .findFirst()
                        .orElse(null);
    }

    /** The scrutineer rewords an action, or changes its owner or due date. */
    private final class ActionDialog extends com.vaadin.flow.component.dialog.Dialog {
        ActionDialog(RecommendedAction action) {
            setHeaderTitle("Edit action " + action.label());
            TextArea text = new TextArea("Action");
            text.setWidth("32em");
            text.setMaxLength(2000);
            text.setValue(action.text());
            ComboBox<Agency> owner = agencyPicker("Owning agency");
            owner.setValue(agency(action.owner()));
            DatePicker due = datePicker("Due date");
            due.setValue(action.due());
            add(text, new Div(owner), new Div(due));
            Button save = new Button("Save", e -> {
                if (Notifications.attempt(
                        () -> reviews.reword(
                                action.requireId(),
                                text.getValue(),
                                owner.getValue() == null
                                        ? null
                                        : owner.getValue().code(),
                                due.getValue(),
                                action.version()),
                        "Action " + action.label() + " saved.")) {
                    close();
                    refresh();
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button("Cancel", e -> close()), save);
        }
    }
}
