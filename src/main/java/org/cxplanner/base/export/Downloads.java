package org.cxplanner.base.export;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** The headers of every file download: an attachment with a (UTF-8) file name, never cached. */
public final class Downloads {

    private Downloads() {
    }

    /** Writes a file in the format its extension names (csv, xlsx, pdf), or answers 404 for any other extension. */
    public static void export(String extension, HttpServletResponse response, Function<ExportFormat, String> fileName,
                              Writer writer) throws IOException {
        ExportFormat format = ExportFormat.of(extension).orElse(null);
        if (format == null) {
            throw new NoSuchExport("Nothing to export at this address: export as csv, xlsx or pdf.");
        }
        attachment(response, fileName.apply(format), format.contentType());
        writer.write(format, response.getOutputStream());
    }

    /** What an export controller hands over: the file's contents in one format. */
    @FunctionalInterface
    public interface Writer {
        void write(ExportFormat format, OutputStream out) throws IOException;
    }

    public static void attachment(HttpServletResponse response, String fileName, String contentType) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
