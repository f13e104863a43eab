package uk.scrutiny.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A table too wide for a narrow screen scrolls sideways inside this box, not the page (WCAG 2.2,
 * reflow). The box is a named region that takes keyboard focus, so that it can be scrolled without a
 * pointer.
 */
public class ScrollBox extends Div {

    public ScrollBox(Component table, String name) {
        super(table);
        addClassName("table-scroll");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", name);
        getElement().setAttribute("tabindex", "0");
    }
}
