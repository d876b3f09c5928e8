package org.cxplanner.base.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts PostgreSQL inside the application when no external database is configured, so a newcomer needs
 * nothing but a JDK. With a data directory the plan survives restarts; without one (tests) it is thrown away.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final java.util.Map<String, String> DURABLE_SETTINGS = java.util.Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${cxp.embedded-db.data-dir:}") String dataDir,
                                      @Value("${cxp.embedded-db.port:0}") int port) throws IOException {
        // Spring stops the server (destroyMethod) after everything that uses it; the library's own JVM shutdown hook
        // would stop it first, racing with the last writes of a clean shutdown.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (!dataDir.isBlank()) {
            Path directory = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(directory);
            OwnServerCheck.refuseIfInUse(directory);
            StopDuringStart.starting(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
            // The library's defaults suit throw-away test data; a real plan must survive a crash or power cut.
            DURABLE_SETTINGS.forEach(builder::setServerConfig);
        }
        if (port > 0) {
            EmbeddedPortCheck.holder(port).ifPresent(holder -> {
                throw new EmbeddedDatabaseRefused("Port " + port + ", where the planner starts its own PostgreSQL, is taken by "
                        + holder + ". The planner writes nothing into a database it did not start.",
                        "Stop that program, or give the planner's database another port, for example: "
                                + "DB_PORT=" + (port + 1) + " ./mvnw spring-boot:run");
            });
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        StopDuringStart.started(postgres);
        if (!dataDir.isBlank()) {
            OwnServerCheck.verify(postgres, Path.of(dataDir).toAbsolutePath());
        }
        log.info("Embedded PostgreSQL on port {} ({})", postgres.getPort(),
                dataDir.isBlank() ? "throw-away data" : "data in " + Path.of(dataDir).toAbsolutePath());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("cxp-embedded");
        return dataSource;
    }
}
