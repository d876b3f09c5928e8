package org.cxplanner.base.web;

import org.cxplanner.ServerIT;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The push socket opens without per-message compression, which would cost every open tab about 50 KB of heap. */
class PushConnectionIT extends ServerIT {

    @Test
    void thePushSocketOpensWithoutCompressionEvenWhenTheBrowserOffersIt() throws Exception {
        String response = upgrade("permessage-deflate; client_max_window_bits");
        assertThat(response).startsWith("HTTP/1.1 101").containsIgnoringCase("Upgrade: websocket")
                .doesNotContainIgnoringCase("Sec-WebSocket-Extensions");
    }

    @Test
    void ordinaryRequestsKeepTheirHeaders() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /login HTTP/1.1\r\nHost: localhost\r\nSec-WebSocket-Extensions: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(headers(socket.getInputStream())).startsWith("HTTP/1.1 200");
        }
    }

    private String upgrade(String extensions) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Extensions: " + extensions + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return headers(socket.getInputStream());
        }
    }

    /** The response up to the blank line that ends its headers. */
    private static String headers(InputStream in) throws Exception {
        StringBuilder text = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            text.append((char) b);
            if (text.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return text.toString();
    }
}
