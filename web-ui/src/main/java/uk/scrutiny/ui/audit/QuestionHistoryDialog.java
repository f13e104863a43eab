package uk.scrutiny.ui.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import uk.scrutiny.application.audit.AuditService;
import uk.scrutiny.domain.audit.AuditEntry;

/**
 * The audit trail of one subject in a dialog: who changed what, when, and the value before and
 * after, oldest first. Made for a question of a review, and fit for any subject key of the trail.
 *
 * <p>Use: {@code new QuestionHistoryDialog(auditService, ReviewService.assessmentKey(reviewId, questionRef)).open();}
 * The subject key is the one the change was audited under, e.g. {@code ReviewService.assessmentKey},
 * {@code ReviewService.actionKey}, {@code ReviewService.reviewKey}, or {@code user:<username>}.
 * Everyone who reads reviews may see the history of reviews, their questions, actions and
 * evidence; the history of accounts and reference data is the manager's, and anyone else is told
 * so in the dialog. The trail is read when the dialog is made.
 */
public class QuestionHistoryDialog extends Dialog {

    /**
     * @param audit the audit service, which checks that the signed-in person may read this history
     * @param subjectKey the key the changes were recorded under
     */
    public QuestionHistoryDialog(AuditService audit, String subjectKey) {
        addClassName("history-dialog");
        setHeaderTitle("History");
        setWidth("min(64rem, 95vw)");
        setDraggable(true);
        setResizable(true);
        Button close = new Button("Close", e -> close());
        getFooter().add(close);

        List<AuditEntry> entries;
        try {
            entries = audit.history(subjectKey);
        } catch (AccessDeniedException e) {
            add(new Paragraph("Your role does not allow you to see this history."));
            return;
        }
        if (entries.isEmpty()) {
            add(new Paragraph("No changes have been recorded for this yet."));
            return;
        }
        setHeaderTitle("History of " + entries.getLast().subject());
        Grid<AuditEntry> grid = new Grid<>();
        grid.setAriaLabel("Changes, oldest first");
        AuditColumns.addWhenAndWho(grid);
        AuditColumns.addChange(grid);
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 12);
        add(
                new Paragraph(
                        entries.size() == 1 ? "1 change, oldest first." : entries.size() + " changes, oldest first."),
                grid);
    }
}
