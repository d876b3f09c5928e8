package org.cxplanner;

import org.cxplanner.review.ReviewMeeting;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.indicators.ScorecardExportService;
import org.cxplanner.indicators.ScorecardFilter;
import org.cxplanner.messaging.MessageExportService;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.RaciExportService;
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.ReviewExportService;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.roadmap.RoadmapExportService;
import org.cxplanner.roadmap.RoadmapFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every PDF draws the same mixed text the same way, titles and body alike: Latin, Arabic (joined, read right to
 * left), Hebrew, Chinese and an emoji. Read back with PDFBox, which returns right-to-left text in reading order, so
 * a reversed run (as the minutes once drew Arabic) or a dropped glyph fails.
 */
class PdfMixedScriptsTest extends IntegrationTest {

    static final String MIXED = "Latin café مرحبا بالعالم שלום עולם 你好 🚀";

    @Autowired
    private RaciExportService raci;
    @Autowired
    private RoadmapExportService roadmap;
    @Autowired
    private ScorecardExportService scorecard;
    @Autowired
    private MessageExportService messages;
    @Autowired
    private ReviewExportService minutes;
    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private ReviewMeeting meeting;

    private final LocalDate halfYear = LocalDate.now().withDayOfMonth(1).withMonth(LocalDate.now().getMonthValue() <= 6 ? 1 : 7);

    @BeforeEach
    void writeTheMixedTextEverywhere() {
        jdbc.update("UPDATE touchpoint SET name = ? WHERE name = 'Website'", MIXED);
        jdbc.update("UPDATE indicator SET name = ? WHERE name = 'Churn'", MIXED);
        jdbc.update("UPDATE message SET title = ?, body = ? WHERE title = 'Welcome series, first email'", MIXED, MIXED);
        jdbc.update("UPDATE initiative SET title = ?, start_date = ?, end_date = ? WHERE title = 'Pricing page clarity'",
                MIXED, halfYear.plusDays(1), halfYear.plusMonths(6).minusDays(2));
    }

    @Test
    void theRaciMatrix() throws IOException {
        actAs("viewer", "VIEWER");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        raci.export(ExportFormat.PDF, MatrixFilter.ALL, pdf);
        assertDrawn(pdf);
    }

    @Test
    void theRoadmap() throws IOException {
        actAs("viewer", "VIEWER");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        roadmap.export(ExportFormat.PDF, RoadmapFilter.ALL, halfYear, pdf);
        assertDrawn(pdf);
    }

    @Test
    void theScorecard() throws IOException {
        actAs("viewer", "VIEWER");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        scorecard.export(ExportFormat.PDF, ScorecardFilter.ALL, pdf);
        assertDrawn(pdf);
    }

    @Test
    void theAlignmentRecordTitleAndBody() throws IOException {
        long id = jdbc.queryForObject("SELECT id FROM message WHERE title = ?", Long.class, MIXED);
        actAs("viewer", "VIEWER");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        messages.exportAlignmentRecord(id, pdf);
        String text = assertDrawn(pdf);
        assertThat(text.split("مرحبا بالعالم", -1)).as("title and body").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theReviewMinutes() throws IOException {
        actAs("cx", "CX");
        ReviewWeek week = reviews.currentWeek();
        meeting.addNote(week, AgendaSection.SCORECARD, MIXED);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        minutes.minutesPdf(week, pdf);
        assertDrawn(pdf);
    }

    private static String assertDrawn(ByteArrayOutputStream pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Latin café", "مرحبا بالعالم", "שלום עולם", "你好", "🚀");
            return text;
        }
    }
}
