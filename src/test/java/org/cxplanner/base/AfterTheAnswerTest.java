package org.cxplanner.base;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A screen's answer is not held up by work its user does not wait for (presence entries and their notices). */
class AfterTheAnswerTest {

    @Test
    void workAskedForDuringARequestStartsOnceTheAnswerHasBeenSent() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> happened = new ArrayList<>();
        new AfterTheAnswer().doFilter(new MockHttpServletRequest("POST", "/"), response, (req, res) -> {
            AfterTheAnswer.start(() -> happened.add("presence written, answer sent: " + response.isCommitted()));
            AfterTheAnswer.start(() -> happened.add("second"));
            happened.add("screen built");
            res.getWriter().write("the new screen");
        });
        assertThat(happened).containsExactly("screen built", "presence written, answer sent: true", "second");
        assertThat(response.getContentAsString()).isEqualTo("the new screen");
    }

    @Test
    void workFailingToStartDoesNotStopTheRestNorTheAnswer() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> happened = new ArrayList<>();
        new AfterTheAnswer().doFilter(new MockHttpServletRequest("POST", "/"), response, (req, res) -> {
            AfterTheAnswer.start(() -> { throw new IllegalStateException("queue full"); });
            AfterTheAnswer.start(() -> happened.add("still started"));
        });
        assertThat(happened).containsExactly("still started");
    }

    @Test
    void outsideARequestTheWorkStartsAtOnce() {
        List<String> happened = new ArrayList<>();
        AfterTheAnswer.start(() -> happened.add("now"));
        assertThat(happened).containsExactly("now");
    }
}
