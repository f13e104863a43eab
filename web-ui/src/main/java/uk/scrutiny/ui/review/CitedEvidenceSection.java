package uk.scrutiny.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewPermissions;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.framework.QuestionRef;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.period.UkDates;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.ui.component.FormValues;
import uk.scrutiny.ui.component.Notifications;
import uk.scrutiny.ui.evidence.EvidenceLink;
import uk.scrutiny.ui.evidence.NewEvidenceForms;

/**
 * The evidence a question cites, with the ways to cite more: from the library (business unit and
 * scrutineer), or a new upload or link (business unit), each cited as it is added.
 */
class CitedEvidenceSection extends Section {

    /** The citing form's value: the library item chosen. */
    public record CitationData(@Nullable EvidenceItem item) {}

    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final ReviewId reviewId;
    private final QuestionRef question;
    private final long version;
    private final Runnable changed;

    CitedEvidenceSection(
            ReviewService reviews,
            EvidenceService evidence,
            ReviewId reviewId,
            QuestionAssessment q,
            ReviewPermissions may,
            List<Agency> agencies,
            Clock clock,
            Runnable changed) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.reviewId = reviewId;
        this.question = q.question().ref();
        this.version = q.assessment().version();
        this.changed = changed;
        add(new H2("Evidence"));
        if (q.evidence().isEmpty()) {
            add(new Paragraph("No evidence cited yet."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("cited-evidence");
            q.evidence().forEach(item -> list.add(cited(item, may.cite())));
            add(list);
        }
        if (may.cite()) {
            add(citeFromLibrary());
        }
        if (may.fileEvidence()) {
            NewEvidenceForms forms = new NewEvidenceForms(evidence, agencies, clock);
            Consumer<EvidenceItem> citeIt = item -> {
                reviews.cite(reviewId, question, Objects.requireNonNull(item.id()), version);
                changed.run();
            };
            add(
                    forms.uploadForm("Upload a new file and cite it", citeIt, "File uploaded and cited."),
                    forms.linkForm("Add a web link and cite it", citeIt, "Link added and cited."));
        }
    }

    private ListItem cited(EvidenceItem item, boolean mayRemove) {
        ListItem li = new ListItem(
                new Span(item.title()),
                new Span(" (" + item.type().label() + ", " + UkDates.table(item.date()) + ") "),
                EvidenceLink.of(item, evidence));
        if (item.draft()) {
            Span draft = new Span(" ⚠ Draft minutes: not approved, so they cannot support a Green rating.");
            draft.addClassName("draft-warning");
            li.add(draft);
        }
        if (mayRemove) {
            Button remove = new Button(
                    "Remove citation",
                    e -> change(
                            () -> reviews.uncite(reviewId, question, Objects.requireNonNull(item.id()), version),
                            "Citation removed."));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove citation of " + item.title());
            li.add(remove);
        }
        return li;
    }

    private Component citeFromLibrary() {
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
        Binder<CitationData> binder = new Binder<>(CitationData.class);
        binder.forField(picker).asRequired("Choose an evidence item first.").bind("item");
        binder.readRecord(new CitationData(null));
        Button cite = new Button(
                "Cite",
                e -> FormValues.valid(binder).ifPresent(data -> {
                    EvidenceItem chosen = Objects.requireNonNull(data.item());
                    change(
                            () -> reviews.cite(reviewId, question, Objects.requireNonNull(chosen.id()), version),
                            "'" + chosen.title() + "' cited.");
                }));
        HorizontalLayout row = new HorizontalLayout(picker, cite);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void change(Runnable change, String success) {
        if (Notifications.attempt(change, success)) {
            changed.run();
        }
    }
}
