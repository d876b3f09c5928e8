package org.cxplanner.raci;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

public enum ExportFormat {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String fileName(LocalDate date) {
        return "raci-matrix-" + date + "." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> of(String extension) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
