package uk.scrutiny.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.scrutiny.domain.common.LogText;
import uk.scrutiny.ui.dashboard.DashboardView;

/**
 * What someone sees when they ask for a page that does not exist or that their role may not open,
 * by a link or a typed address. Both look the same, so that nobody learns what exists; every
 * refusal is logged with who asked for what.
 */
public class RefusedView extends Main {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedView.class);

    RefusedView() {
        addClassName("page");
        add(
                new H1("Page not available"),
                new Paragraph("There is no page at this address that you can open. If you followed a link from "
                        + "someone else, their role may allow more than yours: ask your business unit."),
                new RouterLink("Go to the dashboard", DashboardView.class));
    }

    static int refuse(BeforeEnterEvent event, String why) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        LOG.warn(
                "Refused: {} asked for {} ({})",
                who == null ? "nobody" : LogText.username(who.getName()),
                LogText.path("/" + event.getLocation().getPath()),
                why);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A page the role may not open. */
    public static class Denied extends RefusedView implements HasErrorParameter<AccessDeniedException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return refuse(event, "not allowed for this role");
        }
    }

    /** A page that does not exist, or a record the person may not see. */
    public static class Missing extends RefusedView implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return refuse(event, parameter.hasCustomMessage() ? parameter.getCustomMessage() : "no such page");
        }
    }
}
