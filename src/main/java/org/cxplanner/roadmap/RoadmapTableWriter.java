package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cxplanner.base.export.CsvFiles;
import org.cxplanner.base.export.SafeCells;
import org.cxplanner.base.export.XlsxSheets;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The initiative list as CSV and as a workbook: one row per initiative, the same columns in both. */
@Component
class RoadmapTableWriter {

    static final List<String> HEADER = List.of("Title", "Team", "Status", "Owner", "Start", "End", "Journey stages",
            "Touchpoints", "Milestones", "Depends on", "Dates conflict", "Description");
    private static final Map<InitiativeStatus, IndexedColors> FILLS = Map.of(
            InitiativeStatus.PLANNED, IndexedColors.PALE_BLUE, InitiativeStatus.IN_PROGRESS, IndexedColors.LIGHT_GREEN,
            InitiativeStatus.AT_RISK, IndexedColors.ROSE, InitiativeStatus.DONE, IndexedColors.GREY_25_PERCENT,
            InitiativeStatus.DROPPED, IndexedColors.GREY_25_PERCENT);

    void csv(List<RoadmapExportRow> rows, OutputStream out) throws IOException {
        CSVPrinter printer = CsvFiles.printer(out);
        printer.printRecord(HEADER);
        for (RoadmapExportRow row : rows) {
            printer.printRecord(values(row).stream().map(SafeCells::escape).toList());
        }
        printer.flush();
    }

    void xlsx(List<RoadmapExportRow> rows, String title, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            SXSSFSheet sheet = workbook.createSheet("Roadmap");
            XlsxSheets.tableSheet(sheet, HEADER, new int[]{36, 18, 12, 20, 11, 11, 24, 30, 40, 36, 14, 50}, 1, title);
            CellStyle text = XlsxSheets.wrapped(workbook);
            Map<InitiativeStatus, CellStyle> statuses = new EnumMap<>(InitiativeStatus.class);
            FILLS.forEach((status, colour) -> {
                CellStyle style = XlsxSheets.bordered(workbook);
                style.cloneStyleFrom(text);
                style.setFillForegroundColor(colour.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                statuses.put(status, style);
            });
            int r = 1;
            for (RoadmapExportRow row : rows) {
                Row line = sheet.createRow(r++);
                List<String> values = values(row);
                for (int c = 0; c < values.size(); c++) {
                    XlsxSheets.text(line, c, values.get(c), c == 2 ? statuses.get(row.row().status()) : text);
                }
            }
            workbook.write(out);
        }
    }

    private static List<String> values(RoadmapExportRow export) {
        InitiativeRow row = export.row();
        String milestones = row.milestones().stream()
                .map(m -> m.name() + " " + m.dueDate() + (m.done() ? " (done)" : "")
                        + (m.isOutside(row.startDate(), row.endDate()) ? " (outside the dates)" : ""))
                .collect(Collectors.joining("; "));
        return List.of(row.title(), row.team().label(), row.status().label(), row.ownerName(), row.startDate().toString(),
                row.endDate().toString(), nullToEmpty(export.stages()), nullToEmpty(export.touchpoints()), milestones,
                nullToEmpty(row.dependsOn()), row.conflict() ? "Yes" : "", nullToEmpty(export.description()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
