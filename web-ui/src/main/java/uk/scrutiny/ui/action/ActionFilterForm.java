package uk.scrutiny.ui.action;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.review.ReviewListItem;
import uk.scrutiny.domain.action.ActionFilter;
import uk.scrutiny.domain.action.ActionStatus;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.ui.component.FormValues;

/**
 * The action plan's filters: owner, status, review and overdue only, applied as they change. The
 * fields are laid out by the page, beside its export link.
 */
final class ActionFilterForm {

    /** The filters' values. */
    public record FilterData(
            @Nullable Agency owner,
            @Nullable ActionStatus status,
            @Nullable ReviewListItem review,
            boolean overdueOnly) {

        ActionFilter filter(LocalDate today) {
            return new ActionFilter(
                    review == null ? null : review.id(),
                    owner == null ? null : owner.code(),
                    status,
                    overdueOnly,
                    overdueOnly ? today : null);
        }
    }

    final ComboBox<Agency> owner = new ComboBox<>("Owner");
    final Select<ActionStatus> status = new Select<>();
    final Select<ReviewListItem> review = new Select<>();
    final Checkbox overdueOnly = new Checkbox("Overdue only");
    private final Binder<FilterData> binder = new Binder<>(FilterData.class);

    /**
     * @param ownAgency the agency whose actions the person looks after, which the plan opens on; or none
     */
    ActionFilterForm(
            List<Agency> agencies,
            List<ReviewListItem> reviews,
            @Nullable AgencyCode ownAgency,
            LocalDate today,
            Consumer<ActionFilter> changed) {
        owner.setItems(agencies);
        owner.setItemLabelGenerator(a -> a.code() + " — " + a.name());
        owner.setClearButtonVisible(true);
        status.setLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        review.setLabel("Review");
        review.setEmptySelectionAllowed(true);
        review.setEmptySelectionCaption("Every review");
        review.setItems(reviews);
        review.setItemLabelGenerator(r -> r == null ? "Every review" : r.year().toString());
        binder.forField(owner).bind("owner");
        binder.forField(status).bind("status");
        binder.forField(review).bind("review");
        binder.forField(overdueOnly).bind("overdueOnly");
        Agency own = agencies.stream()
                .filter(a -> a.code().equals(ownAgency))
                .findFirst()
                .orElse(null);
        binder.readRecord(new FilterData(own, null, null, false));
        binder.addValueChangeListener(
                e -> FormValues.valid(binder).map(data -> data.filter(today)).ifPresent(changed));
    }

    ActionFilter filter(LocalDate today) {
        return FormValues.valid(binder).orElseThrow().filter(today);
    }
}
