package org.cxplanner.bench.yardstick;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.cxplanner.base.ui.MainLayout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Registers {@link YardstickView} at {@code /yardstick} in the planner's shell, in the {@code benchmark} profile only.
 * {@code .ci/click-benchmark} puts this package's classes beside the production jar and starts it with that profile.
 */
@Configuration(proxyBeanMethods = false)
@Profile("benchmark")
public class YardstickRoute {

    @Bean
    VaadinServiceInitListener registerYardstick() {
        // At service start there is no current VaadinService yet: the registry is reached through the context.
        return (ServiceInitEvent event) -> RouteConfiguration
                .forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute("yardstick", YardstickView.class, MainLayout.class);
    }
}
