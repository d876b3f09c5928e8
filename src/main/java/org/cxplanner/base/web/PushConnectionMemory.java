package org.cxplanner.base.web;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Every open tab keeps one push WebSocket, so what each socket holds decides how many sessions fit in the heap
 * (issue #11; the measurements are in docs/benchmarks.md). Vaadin pushes over the socket and sends the browser's
 * requests as ordinary HTTP requests (its default WEBSOCKET_XHR transport), so the socket's receiving side stays idle.
 * <ul>
 *   <li>Atmosphere allocates a 16 K-char and a 16 KB buffer per socket ({@code org.atmosphere.websocket.bufferSize},
 *   which Vaadin sets to 16384) that it never reads or writes: 48 KB of every session for nothing. The message size
 *   limits Vaadin sets beside it stay, so a large message still fits.</li>
 *   <li>Per-message compression keeps a 32 KB inflater window, two 8 KB buffers and a zlib deflater (about 256 KB
 *   of native memory) per socket, to compress pushes that are mostly a few hundred bytes. The socket is opened
 *   without it; page and request responses are unaffected.</li>
 *   <li>Atmosphere writes pushes from a fixed pool of 200 threads that starts a new thread for each write until it
 *   has 200, so every push to a screen full of colleagues (presence, live edits) adds threads, each with its own
 *   buffers. Writes to a socket do not block (Tomcat sends asynchronously), so a few threads keep up.</li>
 *   <li>The upgrade request's headers are copied three times and kept for the socket's life (Tomcat's handshake
 *   request, Atmosphere's endpoint and its request). Those that only describe the browser or ask for caching and
 *   content encoding mean nothing to a push socket and are hidden from the upgrade; the ones the handshake, the
 *   session and the origin need stay.</li>
 *   <li>Tomcat gives every connection an 8 KB read and an 8 KB write buffer for its whole life, and each open tab
 *   keeps its push socket and one or two idle keep-alive connections. Tomcat's documentation advises smaller ones
 *   for many long-lived connections; 1 KB each costs little elsewhere, as Tomcat reads request bodies and writes
 *   large responses past these buffers (in chunks of their size: a 2 MB bundle, sent once per browser, takes
 *   2000 writes of a few microseconds each instead of 250).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PushConnectionMemory {

    static final String UNUSED_BUFFER_SIZE = "64";
    static final String PUSH_WRITE_THREADS = "8";
    static final String SOCKET_BUFFER_SIZE = "1024";
    /** Hidden from a push socket's upgrade: compression (see above) and what a socket does not use. */
    static final java.util.Set<String> HIDDEN_UPGRADE_HEADERS = java.util.Set.of("sec-websocket-extensions", "user-agent",
            "accept-language", "accept-encoding", "cache-control", "pragma");

    @Bean
    static BeanPostProcessor smallerAtmosphereBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, UNUSED_BUFFER_SIZE);
                    registration.addInitParameter(ApplicationConfig.BROADCASTER_ASYNC_WRITE_THREADPOOL_MAXSIZE, PUSH_WRITE_THREADS);
                }
                return bean;
            }
        };
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> smallerSocketBuffers() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", SOCKET_BUFFER_SIZE);
            connector.setProperty("socket.appWriteBufSize", SOCKET_BUFFER_SIZE);
        });
    }

    @Bean
    FilterRegistrationBean<UncompressedPush> uncompressedPush() {
        FilterRegistrationBean<UncompressedPush> registration = new FilterRegistrationBean<>(new UncompressedPush());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * On a WebSocket upgrade, hides the browser's offer of extensions, so the upgrade negotiates none, and the
     * headers a socket keeps copies of without using them.
     */
    static final class UncompressedPush extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
        }

        private static boolean hidden(String name) {
            return HIDDEN_UPGRADE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public String getHeader(String name) {
                    return hidden(name) ? null : super.getHeader(name);
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
                }

                @Override
                public Enumeration<String> getHeaderNames() {
                    return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                            .filter(header -> !hidden(header)).toList());
                }
            }, response);
        }
    }
}
