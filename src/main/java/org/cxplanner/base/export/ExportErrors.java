package org.cxplanner.base.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refused export answers with its status and a short text saying why. Answered here rather than through the
 * servlet error page, which a signed-in user's download reached as an empty 403.
 */
@RestControllerAdvice
class ExportErrors {

    private static final Logger log = LoggerFactory.getLogger(ExportErrors.class);

    @ExceptionHandler(BadExportParameter.class)
    ResponseEntity<String> badParameter(BadExportParameter e) {
        return text(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NoSuchExport.class)
    ResponseEntity<String> noSuchItem(NoSuchExport e) {
        return text(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> malformed(MethodArgumentTypeMismatchException e) {
        return text(HttpStatus.NOT_FOUND, "Nothing to export at this address: '" + e.getValue() + "' is not an id.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> refused(AccessDeniedException e) {
        log.info("Export refused: {}", e.getMessage());
        return text(HttpStatus.FORBIDDEN, "Your role may not export this.");
    }

    static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(message + "\n");
    }
}
