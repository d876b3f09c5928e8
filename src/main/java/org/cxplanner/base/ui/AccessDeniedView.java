package org.cxplanner.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A screen the signed-in role may not open: said in words, with status 403, inside the navigation. */
@ParentLayout(MainLayout.class)
@PageTitle("No access · CX Partnership Planner")
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("You don't have access to this page", "Your role may not open /" + event.getLocation().getPath()
                + ". If you need it for your work, ask an administrator to change your role.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
