package org.cxplanner.calendar.ui;

import org.cxplanner.KaribuTest;
import org.cxplanner.calendar.CalendarFeedService;
import org.cxplanner.calendar.FeedChoices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar feed from the user menu: make the address (shown once), choose what it shows, renew it, turn it off. */
class CalendarFeedDialogTest extends KaribuTest {

    @Autowired
    private CalendarFeedService feeds;

    @Test
    void theCxMemberMakesTheirAddressChoosesWhatItShowsRenewsItAndTurnsItOff() {
        loginAndOpen("cx", "");
        new CalendarFeedAction(feeds).run();
        CalendarFeedDialog dialog = _get(CalendarFeedDialog.class);
        assertThat(dialog.state.getText()).isEqualTo("You have no calendar feed yet.");
        assertThat(dialog.turnOn.isVisible()).isTrue();
        assertThat(dialog.renew.isVisible()).isFalse();
        assertThat(dialog.actions.getValue()).isEqualTo(FeedChoices.Actions.MINE);

        _click(dialog.turnOn);
        String first = dialog.address.getValue();
        assertThat(first).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(feeds.feed(token(first))).isPresent();
        assertThat(dialog.renew.isVisible()).isTrue();

        _setValue(dialog.planItems, FeedChoices.PlanItems.ALL);
        _click(dialog.save);
        assertThat(feeds.mine().orElseThrow().choices().planItems()).isEqualTo(FeedChoices.PlanItems.ALL);

        _click(dialog.renew);
        assertThat(dialog.address.getValue()).isNotEqualTo(first);
        assertThat(feeds.feed(token(first))).as("the old address").isEmpty();

        _click(dialog.turnOff);
        assertThat(dialog.state.getText()).isEqualTo("You have no calendar feed yet.");
        assertThat(dialog.address.getValue()).isEmpty();
        assertThat(feeds.mine()).isEmpty();
    }

    private static String token(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }
}
