package org.cxplanner.base.ui;

import org.cxplanner.security.SignOut;

import org.cxplanner.security.CurrentUser;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.presence.PresenceService;
import org.jsoup.nodes.Element;

import java.util.List;

/** The shell around every signed-in view: navigation limited to what the user may open, and the user's menu. */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(Scroller.class)
@Uses(Icon.class)
@Uses(Avatar.class)
@Uses(DrawerToggle.class)
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String MAIN_ID = "main-content";

    /** The skip link, the drawer toggle and the screen's title as one element: the toggle works in the browser alone. */
    private final Markup navbarStart = new Markup();

    private final PresenceBar presence;
    /**
     * The entries this user may open, read once per tab: Vaadin checks every route's access to list them, about 3 ms
     * of server time that each navigation used to pay again for the top bar's title.
     */
    private final List<MenuEntry> menu = MenuConfiguration.getMenuEntries();

    /**
     * The page's main landmark holds the screen under a heading that names it: after each navigation the focus goes
     * to that heading, so the next Tab reaches the screen's first control rather than the navigation. (The top bar's
     * title shows the name; the heading is for screen readers and the keyboard.)
     */
    private final Main screen = new Main();
    private final com.vaadin.flow.dom.Element screenHeading = new com.vaadin.flow.dom.Element("h1")
            .setAttribute("class", "screen-heading").setAttribute("tabindex", "-1");
    private Component view;

    MainLayout(SignOut signOut, List<UserMenuAction> userMenuActions, List<NavbarItem> navbarItems,
               PresenceService presenceService, PlanEvents planEvents, org.cxplanner.base.AppVersion version) {
        setPrimarySection(Section.DRAWER);
        navbarStart.addClassName("navbar-start");
        showTitle("");
        presence = new PresenceBar(presenceService, planEvents,
                CurrentUser.name());
        // The top bar is the page's banner and the drawer its navigation: with the screen as main, every part of the
        // page sits in a landmark a screen reader can jump to.
        Header top = new Header(navbarStart, presence);
        top.addClassName("top-bar");
        navbarItems.forEach(item -> top.add(item.create()));
        addToNavbar(true, top);

        Markup drawer = new Markup(navigation(menu));
        drawer.addClassName("drawer-content");
        Nav side = new Nav(brand(), drawer);
        side.addClassName("drawer-nav");
        side.getElement().setAttribute("aria-label", "Main");
        CurrentUser.signedIn()
                .ifPresent(user -> side.add(new UserMenu(user, userMenuActions, signOut::now, version.version())));
        addToDrawer(side);

        screen.setId(MAIN_ID);
        screen.addClassName("screen");
        screen.getElement().appendChild(screenHeading);
        setContent(screen);
    }

    /**
     * Enter on a grid cell with nothing to interact with inside acts as Space does (opens the RACI cell's menu, a
     * message or an initiative from its row); on a cell with a link or field Enter keeps the grid's own meaning, going
     * into the cell. Once per page, for every grid, with no state on the server.
     */
    private static final String ENTER_ON_GRID_CELLS = """
            if (!window.cxpEnterOnCells) {
              window.cxpEnterOnCells = true;
              document.addEventListener('keydown', e => {
                if (e.key !== 'Enter' || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || e.repeat) return;
                const path = e.composedPath();
                const cell = path[0];
                const grid = path.find(el => el.localName === 'vaadin-grid');
                if (!grid || grid.hasAttribute('interacting') || !cell || cell.localName !== 'td'
                    || !cell.parentElement || !cell.parentElement.parentElement
                    || cell.parentElement.parentElement.id !== 'items') return;
                if (cell._content && cell._content.querySelector('a:not([hidden]), button, input, [tabindex]')) return;
                e.preventDefault();
                e.stopPropagation();
                for (const type of ['keydown', 'keyup']) {
                  cell.dispatchEvent(new KeyboardEvent(type, {key: ' ', code: 'Space', bubbles: true, composed: true, cancelable: true}));
                }
              }, true);
            }""";

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs(ENTER_ON_GRID_CELLS);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        if (view != null) {
            screen.remove(view);
        }
        view = content.getElement().getComponent().orElseThrow();
        screen.add(view);
    }

    @Override
    public void removeRouterLayoutContent(com.vaadin.flow.component.HasElement oldContent) {
        oldContent.getElement().getComponent().ifPresent(old -> {
            if (old.getParent().filter(screen::equals).isPresent()) {
                screen.remove(old);
            }
            if (old == view) {
                view = null;
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = section(menu, event.getLocation().getPath()).orElseGet(() ->
                view == null ? "" : MenuConfiguration.getPageHeader(view).orElse(""));
        title = title.replace(" · CX Partnership Planner", "");
        showTitle(title);
        screenHeading.setText(title);
        // No tabindex on the screen itself: on a layout (a shadow host) tabindex="-1" takes everything inside it out
        // of the Tab order. The heading takes the focus; the skip link moves where Tab starts from.
        screenHeading.executeJs("this.focus({preventScroll: true})");
        presence.show(view instanceof SharedScreen shared ? shared.presenceScreen() : null);
    }

    /**
     * {@code vaadin-drawer-toggle} asks the surrounding {@code vaadin-app-layout} to open or close the drawer by an
     * event in the browser, so it needs no server state (a {@code DrawerToggle} and an {@code H1} cost three state
     * nodes with listeners per open tab, see docs/benchmarks.md).
     */
    private void showTitle(String title) {
        navbarStart.show(Markup.link("#" + MAIN_ID, "skip-link", "Skip to main content").attr("router-ignore", ""),
                new Element("vaadin-drawer-toggle").attr("aria-label", "Menu"),
                Markup.element("span", "view-title", title));
    }

    /**
     * The top bar names the section a page belongs to ("Roadmap" above an initiative), the entry of the navigation
     * whose path is the longest start of the page's: the page itself shows the item's title once, as its heading.
     */
    static java.util.Optional<String> section(List<MenuEntry> menu, String location) {
        return menu.stream()
                .filter(entry -> {
                    String path = path(entry);
                    return path.equals(location) || (!path.isEmpty() && location.startsWith(path + "/"));
                })
                .max(java.util.Comparator.comparingInt(entry -> path(entry).length()))
                .map(MenuEntry::title);
    }

    /** Names of the others on this screen, as the avatars show them. */
    List<String> presentOthers() {
        return presence.names();
    }

    /**
     * The logo is an {@code Icon} component, not markup: attaching one is what makes Vaadin load the icon set with
     * the page. Icons written as markup (the side navigation's) stayed blank until a screen with an {@code Icon}
     * component was opened, and that screen then paid for loading the set (about 20 ms on the RACI matrix).
     */
    private static Div brand() {
        Icon logo = VaadinIcon.CONNECT_O.create();
        logo.addClassName("brand-logo");
        Span name = new Span("CX Partnership Planner");
        name.addClassName("brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    /**
     * The side navigation as markup: the entries only link, and {@code vaadin-side-nav-item} marks the current one
     * in the browser, so 9 entries with icons and labels need none of the 30-odd state nodes per open tab that
     * {@code SideNavItem}s cost (see docs/benchmarks.md). The entries are those the signed-in user may open.
     */
    static Element navigation(List<MenuEntry> entries) {
        Element nav = new Element("vaadin-side-nav").addClass("main-nav").attr("aria-label", "Screens");
        for (MenuEntry entry : entries) {
            Element item = Markup.element("vaadin-side-nav-item", "nav-item", entry.title()).attr("path", path(entry));
            if (entry.icon() != null) {
                item.prependChild(icon(entry.icon()).attr("slot", "prefix"));
            }
            nav.appendChild(item);
        }
        // The entries are the tab stops. A plain scrolling box, not vaadin-scroller: that one is a tab stop of its
        // own, and with tabindex="-1" on it the browser skipped every entry inside it as well.
        return new Element("div").addClass("nav-scroller").appendChild(nav);
    }

    /** As {@code SideNavItem} writes it: relative to the application's base, so "" is the home screen. */
    private static String path(MenuEntry entry) {
        String path = entry.path();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static Element icon(String name) {
        return new Element("vaadin-icon").attr("icon", name);
    }
}
