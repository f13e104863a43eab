package uk.scrutiny.ui.evidence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.evidence.EvidenceDetails;
import uk.scrutiny.application.evidence.EvidenceService;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.evidence.Citation;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceItem;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.period.UkDates;

/**
 * Every evidence item, newest first, in a grid that loads a page at a time from the database (it
 * stays quick with a hundred thousand items), filtered by type, agency, date, source, review and
 * words of the title; each item's file to download and the questions that cite it.
 */
@PageTitle("Evidence library | Safeguarding Scrutiny")
@Route("evidence")
@Menu(order = 3, icon = "vaadin:archive", title = "Evidence library")
@RolesAllowed({"BUSINESS_UNIT", "MANAGER", "SCRUTINEER", "PARTNER_LEAD"})
public class EvidenceLibraryView extends Main {

    private final EvidenceService evidence;
    private final Grid<EvidenceItem> grid = new Grid<>();
    private final Div details = new Div();
    private EvidenceFilter filter = EvidenceFilter.ALL;

    EvidenceLibraryView(
            EvidenceService evidence, ReviewService reviews, ReferenceDataService referenceData, Clock clock) {
        this.evidence = evidence;
        addClassNames("page", "evidence-library");
        List<Agency> agencies = referenceData.agencies();
        add(new H1("Evidence library"));

        if (evidence.mayFile()) {
            add(addEvidence(agencies, clock));
        }

        add(new EvidenceFilterForm(agencies, reviews.reviews(), next -> {
            filter = next;
            grid.getDataProvider().refreshAll();
        }));
        configureGrid();
        add(grid, details);
    }

    private Details addEvidence(List<Agency> agencies, Clock clock) {
        NewEvidenceForms forms = new NewEvidenceForms(evidence, agencies, clock);
        Details add = new Details(
                "Add evidence",
                new Div(
                        forms.uploadForm("Upload a file", this::refreshAndShow, "File added to the library."),
                        forms.linkForm("Add a web link", this::refreshAndShow, "Link added to the library."),
                        new Paragraph(
                                new Span("Files refused on upload are not in the library: they are listed under "),
                                new RouterLink("Rejected uploads", RejectedUploadsView.class),
                                new Span("."))));
        add.addClassName("add-evidence");
        return add;
    }

    private void configureGrid() {
        grid.setAriaLabel("Evidence items");
        grid.addColumn(EvidenceItem::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(i -> i.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(i -> UkDates.table(i.date())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(i -> i.owner() == null ? "" : i.owner().value())
                .setHeader("Agency")
                .setAutoWidth(true);
        grid.addColumn(i -> i.source().label()).setHeader("Source").setAutoWidth(true);
        grid.addComponentColumn(this::reference).setHeader("File or link").setFlexGrow(2);
        grid.addColumn(EvidenceLibraryView::state).setHeader("State").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> evidence.find(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, evidence.count(filter)));
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        grid.setHeight("32rem");
        details.addClassName("evidence-details");
        details.getElement().setAttribute("aria-live", "polite");
    }

    private void refreshAndShow(EvidenceItem item) {
        grid.getDataProvider().refreshAll();
        showDetails(item);
    }

    private Component reference(EvidenceItem item) {
        Component reference = EvidenceLink.of(item, evidence);
        if (item.link() == null && item.file() == null) {
            return new Span(reference, new Span(" (recorded by name; no file held)"));
        }
        return reference;
    }

    private static String state(EvidenceItem item) {
        if (item.isSuperseded()) {
            return "Superseded";
        }
        return item.draft() ? "Draft" : "Approved";
    }

    private void showDetails(@Nullable EvidenceItem item) {
        details.removeAll();
        if (item == null) {
            return;
        }
        EvidenceDetails d = evidence.details(Objects.requireNonNull(item.id()));
        Section section = new Section(new H2(d.item().title()));
        section.add(new Paragraph(d.item().type().label() + ", "
                + UkDates.prose(d.item().date())
                + (d.item().meetingBody() == null ? "" : ", " + d.item().meetingBody())
                + (d.item().versionLabel() == null ? "" : ", " + d.item().versionLabel())
                + ". Added "
                + UkDates.table(UkDates.day(d.item().addedAt()))
                + " by " + d.item().addedBy() + "."));
        if (d.item().file() != null) {
            section.add(new Paragraph("SHA-256: " + d.item().file().sha256() + " ("
                    + d.item().file().contentType() + ", " + d.item().file().size() + " bytes)"));
        }
        if (d.citations().isEmpty()) {
            section.add(new Paragraph("No question cites this item."));
        } else {
            UnorderedList list = new UnorderedList();
            for (Citation c : d.citations()) {
                Anchor link = new Anchor(
                        "review/" + c.reviewId() + "/question/" + c.questionRef(),
                        "Question " + c.questionRef() + " of the " + c.reviewYear() + " review");
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link));
            }
            section.add(new Paragraph("Cited by:"), list);
        }
        Button close = new Button("Close", e -> grid.deselectAll());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        section.add(close);
        details.add(section);
    }
}
