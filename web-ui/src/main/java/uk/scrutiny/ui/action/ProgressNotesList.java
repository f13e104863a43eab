package uk.scrutiny.ui.action;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import uk.scrutiny.domain.action.ProgressNote;
import uk.scrutiny.domain.action.RecommendedAction;
import uk.scrutiny.domain.period.UkDates;

/** An action's dated progress notes, oldest first: the day, who, what, and the status it moved to. */
public class ProgressNotesList extends UnorderedList {

    public ProgressNotesList(RecommendedAction action) {
        addClassName("progress-notes");
        action.notes().forEach(note -> add(new ListItem(line(note))));
    }

    static String line(ProgressNote note) {
        return UkDates.table(UkDates.day(note.at())) + " " + note.author() + ": " + note.text()
                + (note.newStatus() == null ? "" : " → " + note.newStatus().label());
    }
}
