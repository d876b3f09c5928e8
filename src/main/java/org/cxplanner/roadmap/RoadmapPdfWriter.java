package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import org.cxplanner.base.export.PdfFonts;
import org.cxplanner.base.export.PdfReport;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline on paper: landscape A4, one page per half year, the three lanes with a bar per initiative (title and
 * status written on it, never colour alone), milestones as diamonds, a legend and a line for today.
 */
@Component
class RoadmapPdfWriter {

    private static final Map<InitiativeStatus, Color> FILLS = new EnumMap<>(Map.of(
            InitiativeStatus.PLANNED, new Color(0xE8, 0xEE, 0xF9), InitiativeStatus.IN_PROGRESS, new Color(0xE2, 0xF4, 0xEA),
            InitiativeStatus.AT_RISK, new Color(0xFD, 0xE7, 0xE4), InitiativeStatus.DONE, new Color(0xEC, 0xEC, 0xEC),
            InitiativeStatus.DROPPED, new Color(0xF4, 0xF4, 0xF4)));
    private static final Color GRID = new Color(0xD0, 0xD4, 0xDA);
    private static final Color TODAY = new Color(0xD9, 0x30, 0x25);
    private static final float MARGIN = 28;
    private static final float LABEL = 90;
    private static final int MAX_PAGES = 6;

    private final PdfFonts fonts;

    RoadmapPdfWriter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Half years from {@code from}'s half (or the first initiative's) to the last initiative's, at most six pages. */
    void write(List<InitiativeRow> rows, LocalDate from, LocalDate today, String title, String subtitle, OutputStream out) {
        LocalDate first = halfStart(from != null ? from : rows.stream().map(InitiativeRow::startDate).min(LocalDate::compareTo).orElse(today));
        LocalDate last = rows.stream().map(InitiativeRow::endDate).max(LocalDate::compareTo).orElse(first);
        try (PdfReport pdf = PdfReport.landscape(fonts, out, title, MARGIN)) {
            LocalDate half = first;
            int pages = 0;
            do {
                if (pages > 0) {
                    pdf.newPage();
                }
                page(pdf.writer().getDirectContent(), rows, half, today, title, subtitle);
                half = half.plusMonths(6);
                pages++;
            } while (!half.isAfter(last) && pages < MAX_PAGES);
        }
    }

    static LocalDate halfStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    private void page(PdfContentByte canvas, List<InitiativeRow> rows, LocalDate from, LocalDate today, String title,
                      String subtitle) {
        float width = PageSize.A4.rotate().getWidth();
        float height = PageSize.A4.rotate().getHeight();
        LocalDate to = from.plusMonths(6);
        long days = ChronoUnit.DAYS.between(from, to);
        float left = MARGIN + LABEL;
        float right = width - MARGIN;
        float top = height - MARGIN;
        text(canvas, title + " · " + (from.getMonthValue() == 1 ? "H1 " : "H2 ") + from.getYear(), MARGIN, top - 12, 14, true);
        text(canvas, subtitle, MARGIN, top - 26, 8, false);
        float legendY = top - 42;
        float x = MARGIN;
        for (InitiativeStatus status : InitiativeStatus.values()) {
            float w = fonts.width(status.label(), 8, false) + 10;
            box(canvas, x, legendY - 3, w, 12, FILLS.get(status));
            text(canvas, status.label(), x + 5, legendY, 8, false);
            x += w + 6;
        }
        diamond(canvas, x + 6, legendY + 2, Color.DARK_GRAY);
        text(canvas, "milestone   |  red line: today", x + 14, legendY, 8, false);

        float axisTop = top - 60;
        float axisBottom = axisTop - 16;
        YearMonth month = YearMonth.from(from);
        for (int m = 0; m < 6; m++) {
            float mx = position(from, days, month.atDay(1), left, right);
            line(canvas, mx, axisTop, mx, MARGIN + 14, GRID);
            text(canvas, month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear(), mx + 3,
                    axisBottom + 4, 8, month.getMonthValue() % 3 == 1);
            month = month.plusMonths(1);
        }
        line(canvas, left, axisBottom, right, axisBottom, GRID);

        Map<Team, List<List<InitiativeRow>>> lanes = new EnumMap<>(Team.class);
        int totalRows = 0;
        for (Team team : Team.values()) {
            List<List<InitiativeRow>> stacked = stack(rows.stream().filter(r -> r.team() == team
                    && !r.endDate().isBefore(from) && r.startDate().isBefore(to)).toList());
            lanes.put(team, stacked);
            totalRows += Math.max(1, stacked.size());
        }
        float available = axisBottom - (MARGIN + 14) - Team.values().length * 6;
        float rowHeight = Math.min(20, Math.max(9, available / totalRows));
        float fontSize = Math.min(8, rowHeight * 0.45f);
        float y = axisBottom - 4;
        for (Team team : Team.values()) {
            List<List<InitiativeRow>> stacked = lanes.get(team);
            float laneHeight = Math.max(1, stacked.size()) * rowHeight;
            text(canvas, team.label(), MARGIN, y - 12, 9, true);
            for (int r = 0; r < stacked.size(); r++) {
                float barTop = y - r * rowHeight - 2;
                for (InitiativeRow row : stacked.get(r)) {
                    bar(canvas, row, from, days, left, right, barTop, rowHeight - 4, fontSize);
                }
            }
            y -= laneHeight + 6;
            line(canvas, MARGIN, y + 3, right, y + 3, GRID);
        }
        if (!today.isBefore(from) && today.isBefore(to)) {
            float tx = position(from, days, today, left, right);
            line(canvas, tx, axisTop, tx, y + 3, TODAY);
            text(canvas, "Today", tx + 2, axisTop + 2, 7, true);
        }
    }

    private void bar(PdfContentByte canvas, InitiativeRow row, LocalDate from, long days, float left, float right,
                     float top, float height, float fontSize) {
        float x1 = Math.max(left, position(from, days, row.startDate(), left, right));
        float x2 = Math.min(right, position(from, days, row.endDate().plusDays(1), left, right));
        box(canvas, x1, top - height, Math.max(2, x2 - x1), height, row.conflict() ? FILLS.get(InitiativeStatus.AT_RISK) : FILLS.get(row.status()));
        String label = row.title().replaceAll("\\s+", " ") + " · " + row.status().label() + (row.conflict() ? " · dates conflict" : "");
        text(canvas, fonts.fit(label, fontSize, false, x2 - x1 - 4), x1 + 2, top - height / 2 - fontSize / 3, fontSize, false);
        for (Milestone milestone : row.milestones()) {
            if (!milestone.dueDate().isBefore(from) && milestone.dueDate().isBefore(from.plusDays(days))) {
                diamond(canvas, position(from, days, milestone.dueDate(), left, right), top - height,
                        milestone.isOutside(row.startDate(), row.endDate()) ? TODAY : Color.DARK_GRAY);
            }
        }
    }

    private static List<List<InitiativeRow>> stack(List<InitiativeRow> rows) {
        List<List<InitiativeRow>> stacked = new ArrayList<>();
        List<LocalDate> ends = new ArrayList<>();
        for (InitiativeRow row : rows) {
            int index = 0;
            while (index < ends.size() && !ends.get(index).isBefore(row.startDate())) {
                index++;
            }
            if (index == ends.size()) {
                ends.add(row.endDate());
                stacked.add(new ArrayList<>());
            } else {
                ends.set(index, row.endDate());
            }
            stacked.get(index).add(row);
        }
        return stacked;
    }

    private static float position(LocalDate from, long days, LocalDate day, float left, float right) {
        return left + (right - left) * ChronoUnit.DAYS.between(from, day) / days;
    }

    private void text(PdfContentByte canvas, String text, float x, float y, float size, boolean bold) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(text, size, bold), x, y, 0,
                PdfWriter.RUN_DIRECTION_LTR, 0);
    }

    private static void box(PdfContentByte canvas, float x, float y, float w, float h, Color fill) {
        canvas.saveState();
        canvas.setColorFill(fill);
        canvas.setColorStroke(GRID);
        canvas.setLineWidth(0.5f);
        canvas.rectangle(x, y, w, h);
        canvas.fillStroke();
        canvas.restoreState();
    }

    private static void line(PdfContentByte canvas, float x1, float y1, float x2, float y2, Color colour) {
        canvas.saveState();
        canvas.setColorStroke(colour);
        canvas.setLineWidth(colour == TODAY ? 1.2f : 0.4f);
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void diamond(PdfContentByte canvas, float x, float y, Color colour) {
        canvas.saveState();
        canvas.setColorFill(colour);
        canvas.moveTo(x, y + 3);
        canvas.lineTo(x + 3, y);
        canvas.lineTo(x, y - 3);
        canvas.lineTo(x - 3, y);
        canvas.closePath();
        canvas.fill();
        canvas.restoreState();
    }
}
