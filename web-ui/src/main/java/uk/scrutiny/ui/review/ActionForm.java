package uk.scrutiny.ui.review;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.partnership.Agency;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.ui.component.FormValues;
import uk.scrutiny.ui.evidence.NewEvidenceForms;

/**
 * The fields of a recommended action, as the scrutineer writes one or rewords it: the action, its
 * owning agency and its due date. The caller lays the fields out.
 */
final class ActionForm {

    /** The form's values. */
    public record ActionData(
            String text, @Nullable Agency owner, @Nullable LocalDate due) {

        @Nullable
        AgencyCode ownerCode() {
            return owner == null ? null : owner.code();
        }
    }

    final TextArea text = new TextArea("Action");
    final ComboBox<Agency> owner;
    final DatePicker due = NewEvidenceForms.datePicker("Due date");
    private final Binder<ActionData> binder = new Binder<>(ActionData.class);

    ActionForm(List<Agency> agencies, @Nullable RecommendedAction editing) {
        owner = NewEvidenceForms.agencyPicker("Owning agency", agencies);
        text.setMaxLength(2000);
        binder.forField(text).asRequired("Write what should be done.").bind("text");
        binder.forField(owner).bind("owner");
        binder.forField(due).bind("due");
        binder.readRecord(
                editing == null
                        ? new ActionData("", null, null)
                        : new ActionData(editing.text(), agency(agencies, editing.owner()), editing.due()));
    }

    /** The values, when the action is written; otherwise the form shows what is missing. */
    Optional<ActionData> values() {
        return FormValues.valid(binder);
    }

    private static @Nullable Agency agency(List<Agency> agencies, @Nullable AgencyCode code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
    }
}
