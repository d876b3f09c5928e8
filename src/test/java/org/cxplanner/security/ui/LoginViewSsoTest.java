package org.cxplanner.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.cxplanner.KaribuTest;
import org.cxplanner.security.SsoSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page with a company provider configured: its button, and only the button when passwords are off. */
class LoginViewSsoTest extends KaribuTest {

    @Autowired
    private AuthenticationContext authentication;
    @Autowired
    private ObjectProvider<ClientRegistrationRepository> providers;

    @Test
    void theCompanysButtonSitsAboveTheFormAndAloneWhenPasswordsAreOff() {
        LoginView both = new LoginView(authentication, providers, new SsoSettings());
        assertThat(both.ssoOptions.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getText()))
                .containsExactly("Sign in with Company account");
        assertThat(both.ssoOptions.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .containsExactly("oauth2/authorization/company");
        assertThat(both.getChildren().filter(LoginForm.class::isInstance).findFirst().orElseThrow().isVisible()).isTrue();

        SsoSettings off = new SsoSettings();
        off.setPasswordLogin(false);
        LoginView companyOnly = new LoginView(authentication, providers, off);
        assertThat(companyOnly.getChildren().filter(LoginForm.class::isInstance).findFirst().orElseThrow().isVisible()).isFalse();
        assertThat(companyOnly.ssoOptions.isVisible()).isTrue();
        assertThat(companyOnly.ssoOptions.getChildren().count()).as("no 'or with your user name' line").isEqualTo(1);
    }
}
