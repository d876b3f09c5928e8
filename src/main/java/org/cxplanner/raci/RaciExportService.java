package org.cxplanner.raci;

import org.cxplanner.security.Roles;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.export.ExportFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Writes the (filtered) matrix as CSV, XLSX or PDF for anyone signed in, viewers included. */
@Service
public class RaciExportService {

    private final RaciService raciService;
    private final RaciCsvWriter csv;
    private final RaciXlsxWriter xlsx;
    private final RaciPdfWriter pdf;
    private final Clock clock = Clock.systemDefaultZone();

    RaciExportService(RaciService raciService, RaciCsvWriter csv, RaciXlsxWriter xlsx, RaciPdfWriter pdf) {
        this.raciService = raciService;
        this.csv = csv;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public String fileName(ExportFormat format) {
        return format.fileName("raci-matrix", LocalDate.now(clock));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public void export(ExportFormat format, MatrixFilter filter, OutputStream out) throws IOException {
        MatrixSnapshot matrix = raciService.snapshot(filter);
        String title = "RACI matrix — " + LocalDate.now(clock);
        switch (format) {
            case CSV -> csv.write(matrix, out);
            case XLSX -> xlsx.write(matrix, title, out);
            case PDF -> pdf.write(matrix, title, subtitle(matrix, filter), out);
        }
    }

    private String subtitle(MatrixSnapshot matrix, MatrixFilter filter) {
        long gaps = matrix.rows().stream().filter(MatrixRow::isGap).count();
        return "Exported " + ZonedDateTime.now(clock).format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", java.util.Locale.ENGLISH))
                + " by " + CurrentUser.name() + " · " + matrix.rows().size() + " touchpoints, " + gaps + " need attention"
                + (filter.equals(MatrixFilter.ALL) ? "" : " · filtered: " + describe(filter));
    }

    private static String describe(MatrixFilter filter) {
        StringBuilder text = new StringBuilder();
        if (filter.stageId() != null) {
            text.append("one stage; ");
        }
        if (filter.functionId() != null) {
            text.append("one function takes part; ");
        }
        if (filter.gapsOnly()) {
            text.append("gaps only; ");
        }
        if (filter.text() != null) {
            text.append("text \"").append(filter.text()).append("\"; ");
        }
        return text.substring(0, text.length() - 2);
    }
}
