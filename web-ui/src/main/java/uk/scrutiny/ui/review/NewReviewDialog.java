package uk.scrutiny.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.review.ReviewService;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.framework.Framework;
import uk.scrutiny.domain.period.FinancialYear;
import uk.scrutiny.domain.review.ReviewId;
import uk.scrutiny.ui.component.FormValues;
import uk.scrutiny.ui.component.Notifications;

/**
 * Sets up the review of a financial year: the framework version it will keep, the scrutineer, and
 * which of last year's open actions to carry forward (all offered, all chosen to begin with).
 */
class NewReviewDialog extends Dialog {

    /** The form's values. */
    public record NewReviewData(
            @Nullable FinancialYear year,
            @Nullable Framework framework,
            String scrutineer,
            Set<RecommendedAction> carryForward) {}

    /** How many years back the list offers; any other year can be typed. */
    private static final int YEARS_BACK = 10;

    private final ReviewService reviews;
    private final CheckboxGroup<RecommendedAction> carryForward =
            new CheckboxGroup<>("Carry forward last year's open actions");

    NewReviewDialog(
            ReviewService reviews, ReferenceDataService referenceData, Clock clock, Consumer<ReviewId> created) {
        this.reviews = reviews;
        setHeaderTitle("Start a new review");
        FinancialYear current = FinancialYear.containing(LocalDate.now(clock));
        ComboBox<FinancialYear> year = new ComboBox<>("Financial year");
        List<FinancialYear> offered = new ArrayList<>(IntStream.rangeClosed(-1, YEARS_BACK)
                .mapToObj(i -> FinancialYear.of(current.startYear() - i))
                .toList());
        year.setItems(offered);
        year.setItemLabelGenerator(FinancialYear::toString);
        year.setAllowCustomValue(true);
        year.setHelperText("Choose a year, or type another, e.g. 2015/16.");
        year.addCustomValueSetListener(e -> {
            try {
                FinancialYear typed = FinancialYear.parse(e.getDetail());
                if (!offered.contains(typed)) {
                    offered.add(typed);
                    year.setItems(offered);
                }
                year.setValue(typed);
            } catch (IllegalArgumentException refused) {
                year.setInvalid(true);
                year.setErrorMessage(refused.getMessage());
            }
        });
        Select<Framework> framework = new Select<>();
        framework.setLabel("Framework");
        List<Framework> frameworks = referenceData.frameworks();
        framework.setItems(frameworks);
        framework.setItemLabelGenerator(Framework::label);
        TextField scrutineer = new TextField("Independent scrutineer");
        scrutineer.setMaxLength(120);
        carryForward.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        carryForward.setItemLabelGenerator(
                a -> a.label() + " " + a.text() + " (" + a.status().label() + ")");
        Binder<NewReviewData> binder = new Binder<>(NewReviewData.class);
        binder.forField(year).asRequired("Choose the financial year.").bind("year");
        binder.forField(framework)
                .withValidator(FormValues.chosen(context -> "Choose the framework."))
                .bind("framework");
        binder.forField(scrutineer)
                .asRequired("Name the independent scrutineer.")
                .bind("scrutineer");
        binder.forField(carryForward).bind("carryForward");
        binder.readRecord(
                new NewReviewData(current, frameworks.isEmpty() ? null : frameworks.getFirst(), "", Set.of()));
        offer(current);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                offer(e.getValue());
            }
        });

        add(
                new Paragraph("Each question starts unrated. The review keeps the framework version chosen here."),
                year,
                framework,
                scrutineer,
                carryForward);
        Button create = new Button(
                "Create review",
                e -> FormValues.valid(binder).ifPresent(data -> {
                    ReviewId[] id = new ReviewId[1];
                    if (Notifications.attempt(
                            () -> id[0] = reviews.create(
                                    Objects.requireNonNull(data.year()),
                                    Objects.requireNonNull(data.framework()).id(),
                                    data.scrutineer(),
                                    data.carryForward().stream()
                                            .map(RecommendedAction::requireId)
                                            .toList()),
                            "The " + data.year() + " review has been created.")) {
                        close();
                        created.accept(id[0]);
                    }
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    private void offer(FinancialYear year) {
        List<RecommendedAction> candidates = reviews.carryForwardCandidates(year);
        carryForward.setItems(candidates);
        carryForward.setValue(Set.copyOf(candidates));
        carryForward.setHelperText(
                candidates.isEmpty()
                        ? "The review of " + year.previous() + " has no open actions."
                        : candidates.size() + " open actions from the " + year.previous() + " review.");
    }
}
