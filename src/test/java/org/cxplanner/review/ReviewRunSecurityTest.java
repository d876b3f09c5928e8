package org.cxplanner.review;

import org.cxplanner.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every role against running the meeting, setting section times, pinning a value and releasing a pin. */
class ReviewRunSecurityTest extends IntegrationTest {

    @Autowired
    private ReviewClock clocks;
    @Autowired
    private ReviewSchedules schedules;
    @Autowired
    private DecisionPins pins;
    @Autowired
    private ReviewMeeting meeting;
    @Autowired
    private ReviewQueries reviews;

    @ParameterizedTest(name = "{0}: runs the meeting {2}, pins {3}")
    @CsvSource({"cmo, CMO, true, true", "cco, CCO, true, true", "marketer, MARKETING, false, true", "cx, CX, false, true",
            "viewer, VIEWER, false, false", "admin, ADMIN, false, false"})
    void onlyTheLeadsRunTheMeetingAndReleasePinsAndOnlyThoseTakingPartPin(String username, String role, boolean lead,
                                                                          boolean participant) {
        actAs(username, role);
        ReviewWeek week = reviews.currentWeek();
        assertThatCode(() -> clocks.clock(week)).as("everyone reads the clock").doesNotThrowAnyException();
        long pin = jdbc.queryForObject("SELECT id FROM decision_pin", Long.class);
        long initiative = jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Pricing page clarity'", Long.class);
        Runnable[] leadsOnly = {
            () -> clocks.start(week),
            () -> clocks.next(week, AgendaSection.ACTIONS),
            () -> clocks.end(week),
            () -> schedules.set(DayOfWeek.MONDAY, LocalTime.of(10, 0), 60, null, Map.of(AgendaSection.RACI, 12),
                    schedules.current().version()),
            () -> pins.release(pin, "The date moved for a good reason."),
        };
        for (Runnable action : leadsOnly) {
            if (lead) {
                assertThatCode(action::run).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class);
            }
        }
        Runnable pinIt = () -> meeting.addDecision(week, DecisionForm.of("It stays.",
                new PlanLink(LinkKind.INITIATIVE, initiative, "Pricing page clarity"), PinKind.INITIATIVE_STATUS));
        if (participant) {
            pinIt.run();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM decision_pin WHERE kind = 'INITIATIVE_STATUS'", Integer.class)).isOne();
        } else {
            assertThatThrownBy(pinIt::run).isInstanceOf(AccessDeniedException.class);
        }
    }
}
