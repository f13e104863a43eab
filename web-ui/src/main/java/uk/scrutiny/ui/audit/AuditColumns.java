package uk.scrutiny.ui.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scrutiny.domain.audit.AuditEntry;
import uk.scrutiny.domain.period.UkDates;

/** The columns every list of audit entries shares: when (UK time), who, what changed, and its value before and after. */
final class AuditColumns {

    /** How an absent value reads: a field that had no value before, or has none after. */
    static final String NONE = "(none)";

    private AuditColumns() {}

    static void addWhenAndWho(Grid<AuditEntry> grid) {
        grid.addColumn(e -> when(e)).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
    }

    static void addChange(Grid<AuditEntry> grid) {
        grid.addColumn(AuditEntry::field)
                .setHeader("What changed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> value(e.oldValue()))
                .setHeader("Before")
                .setFlexGrow(1)
                .setPartNameGenerator(e -> "audit-value");
        grid.addColumn(e -> value(e.newValue()))
                .setHeader("After")
                .setFlexGrow(1)
                .setPartNameGenerator(e -> "audit-value");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    }

    static String when(AuditEntry entry) {
        return UkDates.table(entry.at());
    }

    static String value(@Nullable String value) {
        return Objects.requireNonNullElse(value, NONE);
    }
}
