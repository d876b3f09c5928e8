package org.cxplanner;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import org.cxplanner.base.ui.Markup;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/** Browserless UI tests: real views, real services, real PostgreSQL. */
public abstract class KaribuTest extends IntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.cxplanner");

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs a demo (or test-created) user in, the way the login form would leave the session. */
    protected void login(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role) || a.getAuthority().equals("ROLE_" + role)));
    }

    protected void loginAndOpen(String username, String route) {
        login(username);
        UI.getCurrent().navigate(route);
    }

    /** The text a user sees in a component, including what is drawn as {@link Markup} (which Flow holds as one property). */
    protected static String shownText(Component component) {
        return shownText(component.getElement());
    }

    private static String shownText(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.hasProperty("innerHTML")) {
            return Jsoup.parseBodyFragment(element.getProperty("innerHTML")).text();
        }
        return element.getChildren().map(KaribuTest::shownText).collect(Collectors.joining());
    }

    protected static List<String> navigationLabels() {
        return navigationItems().stream().map(org.jsoup.nodes.Element::text).toList();
    }

    /** The side navigation's entries, as the drawer's markup draws them. */
    protected static List<org.jsoup.nodes.Element> navigationItems() {
        return _find(Markup.class, spec -> spec.withClasses("drawer-content")).stream()
                .flatMap(drawer -> Jsoup.parseBodyFragment(drawer.getElement().getProperty("innerHTML", ""))
                        .select("vaadin-side-nav-item").stream())
                .toList();
    }
}
