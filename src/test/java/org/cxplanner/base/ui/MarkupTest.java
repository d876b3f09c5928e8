package org.cxplanner.base.ui;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("unit")
class MarkupTest {

    @Test
    void userTextIsShownAsTextNeverAsMarkup() {
        Markup markup = new Markup(Markup.element("span", "title", "<img src=x onerror=alert(1)> & \"quotes\""),
                Markup.link("reviews/2026-W49\" onclick=\"alert(1)", null, "Week 49"));

        String html = markup.getElement().getProperty("innerHTML");
        assertThat(html).doesNotContain("<img").doesNotContain("\" onclick")
                .startsWith("<span class=\"title\">&lt;img src=x onerror=alert(1)&gt; &amp; \"quotes\"</span>")
                .endsWith("<a href=\"reviews/2026-W49&quot; onclick=&quot;alert(1)\">Week 49</a>");
        assertThat(markup.shownText()).isEqualTo("<img src=x onerror=alert(1)> & \"quotes\"Week 49");
    }

    @Test
    void markupIsKeptInLatin1AndShowsTheSameText() {
        Markup markup = new Markup(Markup.element("span", null, "Week 49 · 30 Nov–6 Dec — Café"));

        String html = markup.getElement().getProperty("innerHTML");
        assertThat(html.chars()).allMatch(c -> c < 256);
        assertThat(html).contains("Café");
        assertThat(markup.shownText()).isEqualTo("Week 49 · 30 Nov–6 Dec — Café");
    }

    @Test
    void showReplacesTheContentAsOneElement() {
        Markup markup = new Markup(Markup.element("span", null, "before"));
        markup.show(Markup.element("div", "a", "one"), Markup.element("div", "b", "two"));
        assertThat(markup.getElement().getProperty("innerHTML")).isEqualTo("<div class=\"a\">one</div><div class=\"b\">two</div>");
        assertThat(markup.getElement().getChildCount()).isZero();
    }
}
