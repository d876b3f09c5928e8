package org.cxplanner.base;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The planner's version as it was built (the Maven project's version, written by Spring Boot's {@code build-info}
 * goal): shown in the user menu and at {@code /actuator/info}, so a user reporting a problem and an operator checking
 * a node name the same release.
 */
@Component
public class AppVersion {

    private final String version;

    AppVersion(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        // Started from an IDE without a Maven build, there is no build-info: say so rather than guess.
        this.version = properties == null || properties.getVersion() == null ? "development build" : properties.getVersion();
    }

    public String version() {
        return version;
    }
}
