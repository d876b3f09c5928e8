package org.cxplanner.roadmap;

import org.cxplanner.security.Roles;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.export.ExportFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The roadmap for everyone signed in: the list as CSV or a workbook, the timeline as PDF, with the screen's filters. */
@Service
public class RoadmapExportService {

    private final RoadmapRecords query;
    private final RoadmapTableWriter table;
    private final RoadmapPdfWriter pdf;

    RoadmapExportService(RoadmapRecords query, RoadmapTableWriter table, RoadmapPdfWriter pdf) {
        this.query = query;
        this.table = table;
        this.pdf = pdf;
    }

    /** {@code from}: for the PDF, the first half year to print (the timeline's window); null for all. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public void export(ExportFormat format, RoadmapFilter filter, LocalDate from, OutputStream out) throws IOException {
        String title = "Roadmap";
        switch (format) {
            case CSV -> table.csv(query.exportRows(filter), out);
            case XLSX -> table.xlsx(query.exportRows(filter), title, out);
            case PDF -> pdf.write(query.span(filter, from == null ? null : RoadmapPdfWriter.halfStart(from), null), from,
                    LocalDate.now(), title, "Exported " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", java.util.Locale.ENGLISH))
                            + " by " + CurrentUser.name(), out);
        }
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public String fileName(ExportFormat format) {
        return format.fileName("roadmap", LocalDate.now());
    }
}
