package org.cxplanner.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Work a request asks for that its user does not wait for (a presence entry, its notice to colleagues) starts once
 * the answer has left: started during the request, it would share the processor and the database with building the
 * screen. Outside a request (a background thread, a test without a servlet) the work starts at once.
 */
@Component
public class AfterTheAnswer extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AfterTheAnswer.class);
    private static final ThreadLocal<List<Runnable>> LATER = new ThreadLocal<>();

    /** Starts {@code work} after the current request's answer is sent, or now if there is no request. */
    public static void start(Runnable work) {
        List<Runnable> later = LATER.get();
        if (later == null) {
            work.run();
        } else {
            later.add(work);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<Runnable> later = new ArrayList<>();
        LATER.set(later);
        try {
            chain.doFilter(request, response);
        } finally {
            LATER.remove();
            if (!later.isEmpty()) {
                startAll(request, response, later);
            }
        }
    }

    private static void startAll(HttpServletRequest request, HttpServletResponse response, List<Runnable> later) {
        try {
            if (!request.isAsyncStarted()) {
                response.flushBuffer();
            }
        } catch (IOException | IllegalStateException gone) {
            log.debug("The answer could not be sent before the work after it: {}", gone.getMessage());
        }
        for (Runnable work : later) {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Work after an answer could not start: {}", e.toString());
            }
        }
    }
}
