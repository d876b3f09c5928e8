package org.cxplanner.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Synchronize;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.presence.PresenceService;
import org.cxplanner.security.Roles;
import org.cxplanner.security.SignedInUser;

import java.util.List;
import java.util.stream.Collectors;

/** The shell around every signed-in view: navigation limited to what the user may open, and the user's menu. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    private final PresenceBar presence;

    MainLayout(AuthenticationContext authenticationContext, List<UserMenuAction> userMenuActions,
               PresenceService presenceService, PlanEvents planEvents) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        presence = new PresenceBar(presenceService, planEvents,
                authenticationContext.getPrincipalName().orElse(""));
        addToNavbar(true, toggle, viewTitle, presence);

        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));

        Div drawer = new Div(brand(), new Scroller(nav));
        drawer.addClassName("drawer-content");
        addToDrawer(drawer);
        authenticationContext.getAuthenticatedUser(SignedInUser.class)
                .ifPresent(user -> addToDrawer(userMenu(user, authenticationContext, userMenuActions)));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() == null ? "" : MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title.replace(" · CX Partnership Planner", ""));
        presence.show(getContent() instanceof SharedScreen shared ? shared.presenceScreen() : null);
    }

    /** Names of the others on this screen, as the avatars show them. */
    List<String> presentOthers() {
        return presence.names();
    }

    private static Component brand() {
        Icon logo = VaadinIcon.CONNECT_O.create();
        logo.addClassName("brand-logo");
        Span name = new Span("CX Partnership Planner");
        name.addClassName("brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNavItem navItem(MenuEntry entry) {
        LeafNavItem item = new LeafNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        item.addClassName("nav-item");
        return item;
    }

    /**
     * A navigation entry without children never expands, so it need not listen for the browser expanding it: one
     * DOM listener less per entry in every open tab (see {@link FixedColumnsGrid} for why listeners count).
     */
    private static final class LeafNavItem extends SideNavItem {

        LeafNavItem(String label, String path) {
            super(label, path);
        }

        @Override
        @Synchronize(property = "expanded", value = {})
        public boolean isExpanded() {
            return super.isExpanded();
        }
    }

    private static Component userMenu(SignedInUser user, AuthenticationContext authenticationContext,
                                      List<UserMenuAction> actions) {
        Avatar avatar = new Avatar(user.getDisplayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.getDisplayName());
        name.addClassName("user-name");
        Span roles = new Span(user.roleNames().stream().map(Roles::label).collect(Collectors.joining(", ")));
        roles.addClassName("user-roles");
        Div who = new Div(name, roles);
        who.addClassName("user-who");

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", "Account");
        MenuItem root = menu.addItem(new Div(avatar, who));
        root.addClassName("user-menu-root");
        SubMenu sub = root.getSubMenu();
        actions.forEach(action -> sub.addItem(action.label(), click -> action.run()));
        sub.addItem("Sign out", click -> authenticationContext.logout());
        menu.addClassName("user-menu");
        return menu;
    }
}
