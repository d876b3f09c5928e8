package org.cxplanner.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteConfiguration;
import org.cxplanner.KaribuTest;
import org.cxplanner.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest extends KaribuTest {

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "admin;    Home|RACI matrix|By function|Catalog|Roadmap|Indicators|Messages|Weekly review|Change history|Users|Outbox|Webhooks",
            "cmo;      Home|RACI matrix|By function|Catalog|Roadmap|Indicators|Messages|Weekly review|Change history",
            "cco;      Home|RACI matrix|By function|Catalog|Roadmap|Indicators|Messages|Weekly review|Change history",
            "marketer; Home|RACI matrix|By function|Catalog|Roadmap|Indicators|Messages|Weekly review|Change history",
            "cx;       Home|RACI matrix|By function|Catalog|Roadmap|Indicators|Messages|Weekly review|Change history",
            "viewer;   Home|RACI matrix|By function|Catalog|Roadmap|Indicators|Messages|Weekly review|Change history"})
    void eachRoleSeesExactlyTheViewsItMayOpen(String username, String expected) {
        loginAndOpen(username, "");
        assertThat(navigationLabels()).containsExactlyElementsOf(Arrays.asList(expected.split("\\|")));
    }

    @Test
    void navigationEntriesLinkToTheirScreensWithTheirIcons() {
        loginAndOpen("cx", "");
        var items = navigationItems();
        assertThat(items).extracting(item -> item.attr("path"))
                .containsExactly("", "raci", "raci/function", "catalog", "roadmap", "indicators", "messages", "reviews", "history");
        assertThat(items).allSatisfy(item -> assertThat(item.selectFirst("vaadin-icon[slot=prefix]")).isNotNull());
        assertThat(items.get(1).selectFirst("vaadin-icon").attr("icon")).isEqualTo("vaadin:table");
    }

    @Test
    void homeGreetsTheUserAndCountsThePlan() {
        loginAndOpen("cmo", "");
        assertThat(_get(H2.class, spec -> spec.withClasses("home-greeting")).getText())
                .isEqualTo("Welcome, Maria Marketing-Lead");
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("Home");
    }

    @Test
    void theTopBarNamesTheScreenBesideTheDrawerToggle() {
        loginAndOpen("cco", "raci");
        var navbar = _get(org.cxplanner.base.ui.Markup.class, spec -> spec.withClasses("navbar-start"));
        var markup = org.jsoup.Jsoup.parseBodyFragment(navbar.getElement().getProperty("innerHTML"));
        assertThat(markup.select("vaadin-drawer-toggle").attr("aria-label")).isEqualTo("Menu");
        assertThat(markup.select(".view-title").text()).isEqualTo("RACI matrix");
        assertThat(markup.select("a.skip-link").attr("href")).as("the first thing the keyboard reaches").isEqualTo("#main-content");
        var main = _get(org.cxplanner.raci.ui.RaciMatrixView.class).getParent().orElseThrow();
        assertThat(main.getElement().getTag()).isEqualTo("main");
        assertThat(main.getId()).hasValue("main-content");
        assertThat(main.getElement().getChild(0).getTag()).as("the screen's heading, which takes the focus").isEqualTo("h1");
        assertThat(main.getElement().getChild(0).getText()).isEqualTo("RACI matrix");

        long pricing = jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Pricing page clarity'", Long.class);
        UI.getCurrent().navigate("roadmap/" + pricing);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(navbar.getElement().getProperty("innerHTML")).select(".view-title").text())
                .as("the section above an item's page, whose heading names the item once").isEqualTo("Roadmap");

        UI.getCurrent().navigate("reviews");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(navbar.getElement().getProperty("innerHTML")).select(".view-title").text())
                .startsWith("Weekly review");
    }

    @ParameterizedTest
    @CsvSource({"cmo", "cco", "marketer", "cx", "viewer"})
    void nonAdministratorsAreRefusedUserAdministration(String username) {
        login(username);
        UI.getCurrent().navigate("admin/users");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(org.cxplanner.base.ui.AccessDeniedView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("You don't have access to this page");
        assertThat(UI.getCurrent().getCurrentView().getParent().flatMap(com.vaadin.flow.component.Component::getParent)).get()
                .as("inside the navigation").isInstanceOf(org.cxplanner.base.ui.MainLayout.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(org.cxplanner.users.ui.UserAdminView.class)).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToLoginFromEveryRoute() {
        List<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(route -> route.getTemplate()).filter(t -> !t.equals("login")).toList();
        assertThat(routes).contains("", "admin/users", "raci", "catalog");
        for (String route : routes) {
            UI.getCurrent().navigate(route.replaceAll(":[^/]+", "1"));
            assertThat(UI.getCurrent().getCurrentView()).as(route).isInstanceOf(LoginView.class);
        }
    }
}
