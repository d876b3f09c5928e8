package org.cxplanner.review;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cxplanner.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewExportTest extends IntegrationTest {

    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private ReviewMeeting meeting;
    @Autowired
    private ReviewLifecycle lifecycle;
    @Autowired
    private ReviewExportService exports;

    @Test
    void thePdfReadsLikeTheMinutesOfTheMeeting() throws Exception {
        ReviewWeek week = reviews.currentWeek();
        actAs("cx", "CX");
        meeting.attend(week);
        meeting.addNote(week, AgendaSection.SCORECARD, "Churn needs a recovery plan");
        meeting.addDecision(week, DecisionForm.of("Start the churn recovery plan now", null));
        meeting.addAction(week, ActionForm.of("Write the churn recovery plan", id("cco"), LocalDate.now().plusDays(4), null));
        actAs("cco", "CCO");
        meeting.attend(week);
        lifecycle.close(week, reviews.page(week).version());

        actAs("viewer", "VIEWER");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exports.minutesPdf(week, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Weekly planning review · " + week.label(), "Closed by Chris Customer-Lead on",
                    "Attendees: Casey Experience, Chris Customer-Lead", "1. Open action items (4)",
                    "Share this quarter's NPS verbatims", "2. Scorecard", "Off track (3)", "Churn (KPI)", "3. Roadmap",
                    "Live chat in product", "In progress → At risk", "4. Responsibilities (RACI)", "Social media",
                    "5. Messages", "December customer newsletter", "Churn needs a recovery plan", "Decisions (1)",
                    "1. Start the churn recovery plan now", "Action items (1)", "Action Owner Due About Status",
                    "Write the churn recovery plan Chris Customer-", "Lead " + LocalDate.now().plusDays(4) + " Open");
            assertThat(text.indexOf("1. Open action items")).isLessThan(text.indexOf("2. Scorecard"));
            assertThat(text.indexOf("4. Responsibilities")).isLessThan(text.indexOf("5. Messages"));
        }
    }

    @Test
    void theMarkdownIsTheSameMinutesWithPlanTextEscaped() {
        ReviewWeek week = reviews.currentWeek();
        actAs("marketer", "MARKETING");
        meeting.addDecision(week, DecisionForm.of("Use *one* voice | for <all> sends", null));
        meeting.addAction(week, ActionForm.of("Brief the agency", id("marketer"), LocalDate.now().plusDays(2),
                new PlanLink(LinkKind.TOUCHPOINT, 1, "Website")));
        String md = exports.minutesMarkdown(week);
        assertThat(md).startsWith("# Weekly planning review · Week " + week.week());
        assertThat(md).contains("Open — the agenda as it stands on", "## 1. Open action items (4)", "### Overdue (2)",
                "- [ ] Share this quarter's NPS verbatims", "## 2. Scorecard", "### Off track (3)", "- Churn (KPI) — Latest",
                "## 3. Roadmap", "## 4. Responsibilities (RACI)", "## 5. Messages", "## Decisions (1)",
                "1. Use \\*one\\* voice \\| for &lt;all&gt; sends — Mark Campaigns",
                "| Action | Owner | Due | About | Status |",
                "| Brief the agency | Mark Campaigns | " + LocalDate.now().plusDays(2) + " | Touchpoint: Website | Open |");
    }

    @Test
    void theDecisionLogCsvEscapesFormulas() throws Exception {
        actAs("cx", "CX");
        meeting.addDecision(reviews.currentWeek(), DecisionForm.of("=HYPERLINK(\"x\")", null));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.decisionsCsv(null, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFWeek,Decision,About,Decided by,Decided at,Pins,Pin now\r\n");
        assertThat(text).contains("'=HYPERLINK").contains("Keep live chat in product at risk").contains("Initiative: Live chat in product");
        assertThat(text.lines()).hasSize(7);
        assertThat(text).contains("Pricing page clarity goes live", "End date ", "Changed: ");
    }

    @Test
    void lastWeeksMinutesShowEachSectionsTimeTheRatingAndThePinThatNoLongerHolds() throws Exception {
        actAs("viewer", "VIEWER");
        ReviewWeek last = reviews.currentWeek().previous();
        String md = exports.minutesMarkdown(last);
        assertThat(md).contains("**Meeting time:** The meeting took 60 of 60 minutes, from 10:00 to 11:00.",
                "| Section | Started | Took | Given |", "| Open action items | 10:00 | 9 min | 10 min |",
                "| Scorecard | 10:09 | 12 min (2 over) | 10 min |", "| Roadmap | 10:21 | 17 min (2 over) | 15 min |",
                "| Actions agreed in this review | 10:55 | 5 min | 5 min |", "**Rating:** Rated 8.0 by 4 of 5 attendees",
                "Pricing page clarity goes live before the spring campaign links to it: its end date stays. (Initiative: Pricing page clarity)"
                        + " — Maria Marketing-Lead. Pins end date ");
        assertThat(md).containsPattern("Pins end date \\d+ \\w+ \\d{4} · now: Changed: \\d+ \\w+ \\d{4} → \\d+ \\w+ \\d{4}");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exports.minutesPdf(last, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Meeting time: The meeting took 60 of 60 minutes", "Section Started Took Given",
                    "Scorecard 10:09 12 min (2 over) 10 min", "Pins end date", "now: Changed:");
        }
    }

    private long id(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }
}
