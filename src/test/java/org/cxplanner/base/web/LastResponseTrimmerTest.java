package org.cxplanner.base.web;

import com.vaadin.flow.component.UI;
import org.cxplanner.KaribuTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LastResponseTrimmerTest extends KaribuTest {

    @Test
    void eachNavigationAsksTheBrowserForOneSmallRoundTripASecondLater() {
        loginAndOpen("cx", "raci");
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .extracting(invocation -> invocation.getInvocation().getExpression())
                .contains(LastResponseTrimmer.DELAYED_NO_OP);
    }
}
