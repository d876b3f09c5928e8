package org.cxplanner.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address with no screen behind it: said in words, with status 404, inside the navigation. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found · CX Partnership Planner")
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Page not found", parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : "There is no page at /" + event.getLocation().getPath()
                + ". It may have been moved or deleted, or the address has a typing error.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
