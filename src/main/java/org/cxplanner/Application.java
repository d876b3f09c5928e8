package org.cxplanner;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.cxplanner.base.db.StopDuringStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class Application implements AppShellConfigurator {

    /**
     * Tomcat's WebSocket buffers per socket (8 KB each for reading, the message being read, writing and encoding).
     * The push socket only writes, and its pushes are mostly a few hundred bytes, so 1 KB each saves about 36 KB per
     * open tab; a longer push goes out as several frames of 1 KB, which the browser joins. A system property because
     * Tomcat reads it once, when its WebSocket classes load.
     */
    static final String WEBSOCKET_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        if (System.getProperty(WEBSOCKET_BUFFER_SIZE) == null) {
            System.setProperty(WEBSOCKET_BUFFER_SIZE, "1024");
        }
        SpringApplication application = new SpringApplication(Application.class);
        StopDuringStart.install(application);
        application.run(args);
    }
}
