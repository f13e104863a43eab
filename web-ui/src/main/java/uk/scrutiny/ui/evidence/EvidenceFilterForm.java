package uk.scrutiny.ui.evidence;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.review.ReviewListItem;
import uk.scrutiny.domain.evidence.EvidenceFilter;
import uk.scrutiny.domain.evidence.EvidenceSource;
import uk.scrutiny.domain.evidence.EvidenceType;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.ui.component.FormValues;

/** The evidence library's filters: words, type, agency, dates, source and review; applied as they change. */
class EvidenceFilterForm extends HorizontalLayout {

    /** The filters' values. */
    public record FilterData(
            String words,
            @Nullable EvidenceType type,
            @Nullable Agency owner,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable EvidenceSource source,
            @Nullable ReviewListItem review) {

        EvidenceFilter filter() {
            return new EvidenceFilter(
                    type,
                    owner == null ? null : owner.code(),
                    from,
                    to,
                    source,
                    review == null ? null : review.id().value(),
                    words.isBlank() ? null : words.strip());
        }
    }

    private final Binder<FilterData> binder = new Binder<>(FilterData.class);

    EvidenceFilterForm(List<Agency> agencies, List<ReviewListItem> reviews, Consumer<EvidenceFilter> changed) {
        Select<EvidenceType> type = new Select<>();
        type.setLabel("Type");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        type.setItems(EvidenceType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any type" : t.label());
        ComboBox<Agency> owner = NewEvidenceForms.agencyPicker("Agency", agencies);
        DatePicker from = NewEvidenceForms.datePicker("From");
        DatePicker to = NewEvidenceForms.datePicker("To");
        Select<EvidenceSource> source = new Select<>();
        source.setLabel("Source");
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Any source");
        source.setItems(EvidenceSource.values());
        source.setItemLabelGenerator(s -> s == null ? "Any source" : s.label());
        Select<ReviewListItem> review = new Select<>();
        review.setLabel("Cited in review");
        review.setEmptySelectionAllowed(true);
        review.setEmptySelectionCaption("Any or none");
        review.setItems(reviews);
        review.setItemLabelGenerator(r -> r == null ? "Any or none" : r.year().toString());
        TextField words = new TextField("Words in the title or file name");
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setClearButtonVisible(true);
        binder.forField(words).bind("words");
        binder.forField(type).bind("type");
        binder.forField(owner).bind("owner");
        binder.forField(from).bind("from");
        binder.forField(to).bind("to");
        binder.forField(source).bind("source");
        binder.forField(review).bind("review");
        binder.readRecord(new FilterData("", null, null, null, null, null, null));
        binder.addValueChangeListener(
                e -> FormValues.valid(binder).map(FilterData::filter).ifPresent(changed));
        add(words, type, owner, from, to, source, review);
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", "Filter the evidence");
    }
}
