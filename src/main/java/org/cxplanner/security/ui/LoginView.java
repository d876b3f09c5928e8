package org.cxplanner.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.cxplanner.security.LoginThrottle;
import org.cxplanner.security.SsoSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · CX Partnership Planner")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm (zzz)", Locale.ENGLISH);

    private final AuthenticationContext authenticationContext;
    private final LoginI18n i18n;
    private final boolean passwordLogin;
    /** Why the company's provider sign-in was refused, shown above the buttons; empty otherwise. */
    final Div refusal = new Div();
    final Div ssoOptions = new Div();

    public LoginView(AuthenticationContext authenticationContext, ObjectProvider<ClientRegistrationRepository> providers,
                     SsoSettings sso) {
        this.authenticationContext = authenticationContext;
        this.passwordLogin = sso.isPasswordLogin();
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("Sign-in refused");
        error.setMessage("Check your username and password. Disabled accounts cannot sign in, "
                + "and after five failed attempts an account is paused for 15 minutes.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1("CX Partnership Planner");
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph("One roadmap, one RACI matrix and one weekly review for marketing and customer experience.");
        tagline.addClassName("login-tagline");
        refusal.addClassName("sso-refused");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        ssoOptions.addClassName("sso-options");
        if (providers.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object item : registrations) {
                ClientRegistration provider = (ClientRegistration) item;
                Anchor button = new Anchor("oauth2/authorization/" + provider.getRegistrationId(), "Sign in with " + provider.getClientName());
                button.setRouterIgnore(true);
                button.addClassName("sso-button");
                ssoOptions.add(button);
            }
            if (passwordLogin && ssoOptions.getComponentCount() > 0) {
                Paragraph or = new Paragraph("or with your user name and password");
                or.addClassName("sso-or");
                ssoOptions.add(or);
            }
        }
        login.setVisible(passwordLogin || ssoOptions.getComponentCount() == 0);
        ssoOptions.setVisible(ssoOptions.getComponentCount() > 0);
        add(title, tagline, refusal, ssoOptions, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Instant pausedUntil = takePausedUntil();
        String typed = take(LoginThrottle.LAST_USERNAME) instanceof String name ? name : null;
        if (typed != null && parameters.containsKey("error")) {
            // LoginForm has no API for the username (vaadin/flow-components#1637): its field is set once it is drawn,
            // and the password field takes the focus, so a mistyped password is simply typed again.
            login.getElement().executeJs("""
                    const name = $0;
                    requestAnimationFrame(() => {
                      const field = document.getElementById('vaadinLoginUsername');
                      if (field) { field.value = name; }
                      document.getElementById('vaadinLoginPassword')?.focus();
                    });""", typed);
        }
        if (parameters.containsKey("refused")) {
            showRefusal(take(WebAttributes.AUTHENTICATION_EXCEPTION));
        } else if (parameters.containsKey("password-off")) {
            refusal.removeAll();
            refusal.add(new H2("Sign in with your company account"), new Paragraph("This planner does not take user names and "
                    + "passwords: use the button below."));
            refusal.setVisible(true);
        }
        if (parameters.containsKey("expired")) {
            showError("Please sign in again", "The sign-in page was open for too long (or was not this planner's own). "
                    + "Nothing was sent; enter your username and password once more.");
        } else if (parameters.containsKey("error") && pausedUntil != null) {
            showError("Account paused", "After five failed attempts this account is paused until "
                    + UNTIL.format(pausedUntil.atZone(ZoneId.systemDefault())) + ". Try again then, or ask an administrator "
                    + "to reset the password.");
        } else {
            login.setI18n(i18n);
            login.setError(parameters.containsKey("error"));
        }
    }

    private void showRefusal(Object failure) {
        String message = failure instanceof OAuth2AuthenticationException refused
                && "access_denied".equals(refused.getError().getErrorCode()) && refused.getMessage() != null
                ? refused.getMessage()
                : "Signing in with your company account did not work" + (failure instanceof Exception e && e.getMessage() != null
                        ? " (" + e.getMessage() + ")" : "") + ". Try again, or ask your administrator.";
        refusal.removeAll();
        refusal.add(new H2("You cannot sign in yet"), new Paragraph(message));
        refusal.setVisible(true);
    }

    private void showError(String title, String message) {
        LoginI18n shown = LoginI18n.createDefault();
        shown.setForm(i18n.getForm());
        shown.getErrorMessage().setTitle(title);
        shown.getErrorMessage().setMessage(message);
        login.setI18n(shown);
        login.setError(true);
    }

    private static Object take(String attribute) {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session == null) {
            return null;
        }
        Object value = session.getAttribute(attribute);
        session.removeAttribute(attribute);
        return value;
    }

    private static Instant takePausedUntil() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session == null || !(session.getAttribute(LoginThrottle.PAUSED_UNTIL) instanceof Instant until)) {
            return null;
        }
        session.removeAttribute(LoginThrottle.PAUSED_UNTIL);
        return until;
    }
}
