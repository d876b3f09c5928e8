package org.cxplanner.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With passwords switched off, a user name and password posted by hand never reach the check. */
class PasswordLoginSwitchTest {

    @Test
    void aPostedPasswordIsSentBackToTheSignInPageUnchecked() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login");
        post.setServletPath("/login");
        post.addParameter("username", "admin");
        post.addParameter("password", "guess");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new PasswordLoginSwitch().doFilter(post, response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?password-off");
        assertThat(chain.getRequest()).as("the password check was not reached").isNull();

        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
        page.setServletPath("/login");
        MockFilterChain pageChain = new MockFilterChain();
        new PasswordLoginSwitch().doFilter(page, new MockHttpServletResponse(), pageChain);
        assertThat(pageChain.getRequest()).as("the page itself still opens").isNotNull();
    }
}
