package uk.scrutiny.ui.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.review.ReviewListItem;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.review.RagRating;

/** Every review the signed-in person may read, newest year first, with its rating counts. */
@PageTitle("Reviews | Safeguarding Scrutiny")
@Route("reviews")
@Menu(order = 1, icon = "vaadin:clipboard-check", title = "Reviews")
@PermitAll
public class ReviewListView extends Main {

    ReviewListView(ReviewService reviews, ReferenceDataService referenceData, Clock clock) {
        addClassName("page");
        Grid<ReviewListItem> grid = new Grid<>();
        grid.setAriaLabel("Reviews");
        grid.addComponentColumn(item -> new RouterLink(
                        "Review " + item.year(), ReviewView.class, item.id().value()))
                .setHeader("Year")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(ReviewListItem::scrutineer).setHeader("Scrutineer").setAutoWidth(true);
        for (RagRating rating : RagRating.values()) {
            grid.addColumn(item -> item.summary().count(rating))
                    .setHeader(rating.label())
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setPartNameGenerator(item -> "rag-count");
        }
        grid.addColumn(item -> item.summary().unrated())
                .setHeader("Not rated")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ReviewListItem::framework).setHeader("Framework").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(reviews.reviews());

        add(
                new H1("Reviews"),
                new Paragraph(
                        "Each year's independent scrutiny of the partnership's safeguarding children arrangements."));
        if (reviews.mayCreateReviews()) {
            Button start = new Button(
                    "Start a new review",
                    e -> new NewReviewDialog(
                                    reviews,
                                    referenceData,
                                    clock,
                                    id -> UI.getCurrent().navigate(ReviewView.class, id.value()))
                            .open());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(start);
        }
        add(grid);
    }
}
