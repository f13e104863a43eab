package uk.scrutiny.ui.component;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import uk.scrutiny.application.review.QuestionAssessment;
import uk.scrutiny.application.review.ReviewDetails;
import uk.scrutiny.domain.framework.KeyMeasure;
import uk.scrutiny.domain.framework.Step;

/**
 * The review's ratings as a table of steps (rows) by key measures (columns): each cell names its
 * questions and their ratings in words, so the grid reads the same to a screen reader.
 */
public class RatingGrid extends NativeTable {

    public RatingGrid(ReviewDetails details) {
        addClassName("rating-grid");
        setCaptionText("Ratings by step and key measure, " + details.review().year());
        NativeTableRow head = getHead().addRow();
        NativeTableHeaderCell corner = head.addHeaderCell();
        corner.setText("Step");
        corner.getElement().setAttribute("scope", "col");
        for (KeyMeasure km : details.framework().keyMeasures()) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(km.code());
            cell.getElement().setAttribute("scope", "col");
            cell.getElement().setAttribute("title", km.text());
        }
        NativeTableBody body = addBody();
        for (Step step : details.framework().steps()) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell stepCell = row.addHeaderCell();
            stepCell.setText(step.title());
            stepCell.getElement().setAttribute("scope", "row");
            for (KeyMeasure km : details.framework().keyMeasures()) {
                NativeTableCell cell = row.addDataCell();
                for (QuestionAssessment q : details.questionsOf(step)) {
                    if (q.question().keyMeasure() == km.number()) {
                        Span entry = new Span(new Span(q.question().ref() + " "), new RagBadge(q.rating()));
                        entry.addClassName("rating-grid-entry");
                        cell.add(entry);
                    }
                }
            }
        }
    }
}
