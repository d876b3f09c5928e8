package org.cxplanner.bench;

import org.cxplanner.Application;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/** The whole application in the benchmark's JVM, on a throw-away embedded PostgreSQL, counting SQL statements. */
final class BenchmarkApp {

    private BenchmarkApp() {
    }

    static ConfigurableApplicationContext start(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--cxp.embedded-db.data-dir=", "--cxp.embedded-db.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=warn", "--vaadin.devmode.devTools.enabled=false"));
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(Application.class)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof DataSource dataSource ? StatementCounter.wrap(dataSource) : bean;
                    }
                }))
                .run(args.toArray(String[]::new));
    }
}
