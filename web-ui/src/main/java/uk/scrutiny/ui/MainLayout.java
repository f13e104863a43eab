package uk.scrutiny.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.scrutiny.application.admin.ReferenceDataService;
import uk.scrutiny.application.security.Actor;
import uk.scrutiny.application.security.CurrentActor;

/**
 * The frame of every page after sign-in: the partnership's name, the menu of the views the
 * signed-in role may open, who is signed in and the sign-out button.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    MainLayout(
            CurrentActor currentActor,
            ReferenceDataService referenceData,
            AuthenticationContext authenticationContext) {
        Actor actor = currentActor.get();
        setPrimarySection(Section.DRAWER);

        Span product = new Span("Safeguarding Scrutiny");
        product.addClassName("product-name");
        Span partnership = new Span(referenceData.partnership().name());
        partnership.addClassName("partnership-name");
        Header brand = new Header(product, partnership);
        brand.addClassName("brand");

        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> nav.addItem(
                        entry.icon() == null
                                ? new SideNavItem(entry.title(), entry.path())
                                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))));

        addToDrawer(brand, new Scroller(nav), userPanel(actor, authenticationContext));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        addToNavbar(toggle);
    }

    private static Component userPanel(Actor actor, AuthenticationContext authenticationContext) {
        Span name = new Span(actor.displayName());
        name.addClassName("user-name");
        Span role = new Span(actor.roleDescription());
        role.addClassName("user-role");
        Button signOut = new Button("Sign out", e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Aside panel = new Aside(name, role, signOut);
        panel.addClassName("user-panel");
        panel.getElement().setAttribute("aria-label", "Signed in");
        return panel;
    }

    /**
     * After each navigation, focus goes to the new page's main heading, so that a keyboard or screen
     * reader user starts reading the page they chose instead of staying in the menu.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement()
                .executeJs(
                        "const heading = document.querySelector('main h1');"
                                + "if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({preventScroll: true}); }");
    }
}
