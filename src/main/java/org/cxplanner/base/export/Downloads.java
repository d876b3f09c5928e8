package org.cxplanner.base.export;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;

/** The headers of every file download: an attachment with a (UTF-8) file name, never cached. */
public final class Downloads {

    private Downloads() {
    }

    public static void attachment(HttpServletResponse response, String fileName, String contentType) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
