package uk.scrutiny.ui.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.scorecard.Direction;
import uk.scrutiny.domain.scorecard.Indicator;
import uk.scrutiny.domain.scorecard.IndicatorCode;
import uk.scrutiny.domain.scorecard.IndicatorUnit;

/** Adds an indicator to the catalogue or edits one: what it counts, which way is better, and who supplies it. */
final class IndicatorForm extends FormDialog {

    /** The form's values. */
    public record IndicatorData(
            String code,
            String name,
            @Nullable IndicatorUnit unit,
            @Nullable Direction better,
            boolean everyAgency,
            Set<AgencyCode> suppliers,
            boolean active) {}

    private final ReferenceDataService referenceData;
    private final @Nullable Indicator editing;
    private final Binder<IndicatorData> binder = new Binder<>(IndicatorData.class);

    IndicatorForm(
            ReferenceDataService referenceData, List<Agency> agencies, @Nullable Indicator editing, Runnable closed) {
        super(
                editing == null ? "New indicator" : "Edit indicator " + editing.code(),
                editing == null ? "Add indicator" : "Save");
        this.referenceData = referenceData;
        this.editing = editing;
        whenClosed(closed);
        TextField code = codeField(40, "As scorecard files name it, e.g. CP-PLANS-RATE", editing != null);
        TextField name = nameField();
        RadioButtonGroup<IndicatorUnit> unit = new RadioButtonGroup<>("Unit");
        unit.setItems(IndicatorUnit.values());
        unit.setItemLabelGenerator(IndicatorUnit::label);
        RadioButtonGroup<Direction> better = new RadioButtonGroup<>("Which way is better");
        better.setItems(Direction.values());
        better.setItemLabelGenerator(Direction::label);
        Checkbox everyAgency = new Checkbox("Supplied by every agency");
        Map<AgencyCode, Agency> byCode = agencies.stream().collect(Collectors.toMap(Agency::code, Function.identity()));
        CheckboxGroup<AgencyCode> suppliers = new CheckboxGroup<>("Supplied by");
        suppliers.setItems(agencies.stream()
                .filter(a ->
                        a.active() || (editing != null && editing.suppliers().contains(a.code())))
                .map(Agency::code)
                .toList());
        suppliers.setItemLabelGenerator(
                c -> c + " — " + (byCode.containsKey(c) ? byCode.get(c).name() : ""));
        Checkbox active = new Checkbox("Active (asked for in scorecards)");

        binder.forField(code)
                .asRequired("Write the indicator's code, e.g. CP-PLANS-RATE.")
                .withValidator(
                        c -> c.strip().toUpperCase(Locale.ROOT).matches("^[A-Z][A-Z0-9-]{0,39}$"),
                        "Use capital letters, digits and '-', starting with a letter, e.g. EH-ASSESSMENTS.")
                .bind("code");
        binder.forField(name).asRequired("Write the indicator's name.").bind("name");
        binder.forField(unit).asRequired("Choose what the indicator counts.").bind("unit");
        binder.forField(better)
                .asRequired("Choose which way the indicator is better.")
                .bind("better");
        binder.forField(everyAgency).bind("everyAgency");
        binder.forField(suppliers)
                .withValidator(
                        s -> everyAgency.getValue() || !s.isEmpty(),
                        "Choose at least one agency that supplies it, or tick 'Supplied by every agency'.")
                .bind("suppliers");
        binder.forField(active).bind("active");
        everyAgency.addValueChangeListener(e -> {
            suppliers.setVisible(!e.getValue());
            if (e.getValue()) {
                suppliers.clear();
            }
        });
        binder.readRecord(
                editing == null
                        ? new IndicatorData("", "", IndicatorUnit.COUNT, Direction.NEITHER, false, Set.of(), true)
                        : new IndicatorData(
                                editing.code().value(),
                                editing.name(),
                                editing.unit(),
                                editing.better(),
                                editing.everyAgency(),
                                editing.suppliers(),
                                editing.active()));
        suppliers.setVisible(!everyAgency.getValue());
        form.add(code, name, unit, better, everyAgency, suppliers, active);
    }

    @Override
    protected void save() {
        IndicatorData data = valid(binder).orElse(null);
        if (data == null) {
            return;
        }
        attempt(
                () -> referenceData.save(new Indicator(
                        IndicatorCode.of(data.code()),
                        data.name(),
                        Objects.requireNonNull(data.unit()),
                        Objects.requireNonNull(data.better()),
                        data.everyAgency(),
                        data.everyAgency() ? Set.of() : data.suppliers(),
                        data.active(),
                        editing == null ? 0 : editing.version())),
                "Indicator " + data.code().strip().toUpperCase(Locale.ROOT) + " saved.");
    }
}
