package org.cxplanner.base.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each UI's last response, to send it again should the browser repeat a request whose answer was lost.
 * After a navigation that response is the whole new screen (tens of KB, twice that in memory when it holds any
 * character outside Latin-1, such as "·" or "—"), and it stays for as long as the tab is then left open without a
 * click: in a meeting, an hour. One small round trip a second after each navigation replaces it with a short answer.
 * Were that answer lost, the browser would resynchronise the screen, as Vaadin does whenever it cannot replay.
 */
@Component
class LastResponseTrimmer implements VaadinServiceInitListener {

    /** A second: later than the requests a screen sends on its own once drawn (a grid asks for its rows). */
    static final String DELAYED_NO_OP = "return new Promise(resolve => setTimeout(() => resolve(0), 1000))";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> trim(init.getUI())));
    }

    private static void trim(UI ui) {
        ui.getPage().executeJs(DELAYED_NO_OP).then(answer -> { });
    }
}
