package org.cxplanner.base.web;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A node's route name ({@code cxp.node-route}, {@code CXP_NODE_ROUTE}), which Tomcat appends to every session id it
 * makes ({@code JSESSIONID=….node1}). A proxy routes by that suffix, so a session stays on its node also when its id
 * changes at sign-in (a proxy that hashed the whole cookie sent the signed-in session to the other node half the
 * time). See docs/deployment.md.
 */
@Configuration(proxyBeanMethods = false)
class NodeRoute {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> sessionRoute(@Value("${cxp.node-route:}") String route) {
        return factory -> {
            if (!route.isBlank()) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                        engine.setJvmRoute(route.strip());
                    }
                });
            }
        };
    }
}
