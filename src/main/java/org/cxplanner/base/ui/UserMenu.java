package org.cxplanner.base.ui;

import org.cxplanner.security.Roles;
import org.cxplanner.security.SignedInUser;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The signed-in user's menu at the foot of the drawer: who is signed in, their own actions and "Sign out".
 * <p>
 * Drawn as markup with the browser's own popover (it opens, closes on Escape or a click elsewhere, and keeps focus
 * order by itself), and one click listener for all of its entries: a {@code MenuBar} with a sub-menu cost every open
 * tab five components and their listeners on every screen (issue #11, docs/benchmarks.md).
 */
final class UserMenu extends Markup {

    static final String ACTION_ATTRIBUTE = "data-user-action";
    static final String SIGN_OUT = "sign-out";
    /** The entry that was clicked, as the browser reports it. */
    static final String CLICKED = "event.target.closest('[" + ACTION_ATTRIBUTE + "]').getAttribute('" + ACTION_ATTRIBUTE + "')";
    /** Only clicks on an entry reach the server. */
    static final String ON_ENTRY = "event.target.closest('[" + ACTION_ATTRIBUTE + "]') != null";
    private static final String POPOVER_ID = "user-menu-entries";

    private final List<UserMenuAction> actions;
    private final Runnable signOut;

    UserMenu(SignedInUser user, List<UserMenuAction> actions, Runnable signOut, String version) {
        this.actions = List.copyOf(actions);
        this.signOut = signOut;
        addClassName("user-menu");
        show(opener(user), entries(this.actions, version));
        getElement().addEventListener("click", click -> chosen(click.getEventData().path(CLICKED).asString("")))
                .addEventData(CLICKED).setFilter(ON_ENTRY);
    }

    /** Runs the entry the user chose: an action by its place in the menu, or signing out. */
    void chosen(String entry) {
        if (SIGN_OUT.equals(entry)) {
            signOut.run();
            return;
        }
        int index;
        try {
            index = Integer.parseInt(entry);
        } catch (NumberFormatException notAnEntry) {
            return;
        }
        if (index >= 0 && index < actions.size()) {
            getElement().executeJs("document.getElementById($0)?.hidePopover()", POPOVER_ID);
            actions.get(index).run();
        }
    }

    /** The labels of the entries, in order, as the menu shows them. */
    List<String> entryLabels() {
        return org.jsoup.Jsoup.parseBodyFragment(getElement().getProperty("innerHTML", ""))
                .select("[" + ACTION_ATTRIBUTE + "]").eachText();
    }

    private static Element opener(SignedInUser user) {
        // The avatar works out its initials from the name in the browser.
        // The button's name is its visible text (name and roles), so speech input finds it; the title says what it opens.
        String roles = user.roleNames().stream().map(Roles::label).collect(Collectors.joining(", "));
        Element opener = new Element("button").attr("type", "button").addClass("user-menu-root")
                .attr("popovertarget", POPOVER_ID).attr("title", "Your account");
        opener.appendChild(new Element("vaadin-avatar").attr("name", user.getDisplayName()).attr("theme", "xsmall")
                .attr("aria-hidden", "true"));
        Element who = Markup.element("span", "user-who", null);
        who.appendChild(Markup.element("span", "user-name", user.getDisplayName()));
        who.appendChild(Markup.element("span", "user-roles", roles));
        return opener.appendChild(who);
    }

    /** The planner's version, as the menu shows it under the entries. */
    String versionShown() {
        return org.jsoup.Jsoup.parseBodyFragment(getElement().getProperty("innerHTML", "")).select(".user-menu-version").text();
    }

    private static Element entries(List<UserMenuAction> actions, String version) {
        // Plain buttons, not ARIA menu roles: those promise arrow-key navigation, which Tab already gives here.
        Element entries = new Element("div").id(POPOVER_ID).attr("popover", "auto").addClass("user-menu-entries");
        for (int i = 0; i < actions.size(); i++) {
            entries.appendChild(entry(actions.get(i).label(), String.valueOf(i)));
        }
        entries.appendChild(entry("Sign out", SIGN_OUT));
        return entries.appendChild(Markup.element("p", "user-menu-version", "CX Partnership Planner " + version));
    }

    private static Element entry(String label, String action) {
        return Markup.element("button", "user-menu-entry", label).attr("type", "button")
                .attr(ACTION_ATTRIBUTE, action);
    }
}
