package org.cxplanner.base.export;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The file formats exports come in, with their content types and file names. */
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

    /** {@code raci-matrix-2026-11-23.xlsx}: what the export is, and the day it was made. */
    public String fileName(String what, LocalDate date) {
        return what + "-" + date + "." + name().toLowerCase(Locale.ROOT);
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
