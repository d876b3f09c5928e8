package org.cxplanner.base.ui;

import org.junit.jupiter.api.Tag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("unit")
class ExportLinksTest {

    @Test
    void linksAreDownloadsThatTheRouterLeavesAlone() {
        ExportLinks links = new ExportLinks("/export/raci", ExportLinks.Format.of("CSV", "csv"),
                new ExportLinks.Format("PDF", "pdf", "One page per stage"));

        var shown = Jsoup.parseBodyFragment(links.getElement().getProperty("innerHTML"));
        assertThat(shown.select("span, a").eachText()).containsExactly("Export:", "CSV", "PDF");
        Element csv = shown.selectFirst("a[data-format=csv]");
        assertThat(csv.attr("href")).isEqualTo("/export/raci.csv");
        assertThat(csv.hasAttr("download")).isTrue();
        assertThat(csv.hasAttr("router-ignore")).isTrue();
        assertThat(shown.selectFirst("a[data-format=pdf]").attr("title")).isEqualTo("One page per stage");
    }

    @Test
    void linksFollowTheScreensFiltersAndKeepThemIntact() {
        ExportLinks links = new ExportLinks("/export/messages", ExportLinks.Format.of("CSV", "csv"),
                ExportLinks.Format.of("Excel", "xlsx"));

        links.update("q=%22launch%22+%3Cb%3E&status=DRAFT");

        assertThat(links.href("csv")).isEqualTo("/export/messages.csv?q=%22launch%22+%3Cb%3E&status=DRAFT");
        assertThat(links.href("xlsx")).isEqualTo("/export/messages.xlsx?q=%22launch%22+%3Cb%3E&status=DRAFT");
        links.update("");
        assertThat(links.href("csv")).isEqualTo("/export/messages.csv");
    }
}
