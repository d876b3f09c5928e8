package org.cxplanner.base.web;

import com.vaadin.flow.router.internal.PathUtil;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * A page load answers with the status of what it shows: 404 for an address with no screen, 403 for a screen the
 * signed-in role may not open. Vaadin serves every page load as 200 and routes in a later request, so the screens
 * ("Page not found", "You don't have access to this page") were right and the status was not.
 */
@Component
class PageStatusFilter extends OncePerRequestFilter {

    private final AccessAnnotationChecker access;

    PageStatusFilter(AccessAnnotationChecker access) {
        this.access = access;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || accept == null || !accept.contains("text/html")
                || request.getParameter("v-r") != null || request.getUserPrincipal() == null
                || path.startsWith("/VAADIN/") || path.startsWith("/export/") || path.startsWith("/styles/")
                || path.startsWith("/actuator") || path.startsWith("/images/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = PathUtil.trimPath(request.getRequestURI().substring(request.getContextPath().length()));
        Optional<Class<? extends com.vaadin.flow.component.Component>> target = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(request.getServletContext())).getNavigationTarget(path);
        if (target.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (!access.hasAccess(target.get(), request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        chain.doFilter(request, response);
    }
}
