package uk.scrutiny.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where a page the signed-in role may not open ends, however it was asked for (a hidden link or a
 * typed address): the refusal is logged, and the person sees the page-not-found page, as Vaadin
 * shows by default, so that nobody learns from typing addresses which pages exist.
 */
@Tag(Tag.DIV)
public class RefusedNavigation extends Component implements HasErrorParameter<AccessDeniedException> {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedNavigation.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String who = authentication == null ? "nobody" : authentication.getName();
        LOG.warn("Refused: {} asked for page {}", who.replaceAll("[^A-Za-z0-9._@-]", "?"),
                event.getLocation().getPath().replaceAll("[^A-Za-z0-9._/-]", "?"));
        event.rerouteToError(NotFoundException.class, parameter.getCustomMessage());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
