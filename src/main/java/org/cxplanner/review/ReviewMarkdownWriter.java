package org.cxplanner.review;

import java.util.List;
import java.util.Map;

/** A review's minutes as Markdown, for pasting into a wiki page or an e-mail; plan text is escaped so it prints as written. */
final class ReviewMarkdownWriter {

    private ReviewMarkdownWriter() {
    }

    static String write(ReviewPage page) {
        ReviewWeek week = page.week();
        StringBuilder md = new StringBuilder();
        md.append("# Weekly planning review · ").append(md(week.label())).append("\n\n");
        md.append(md(ReviewMinutes.statusLine(page))).append("\n\n");
        if (page.reopenedAt() != null) {
            md.append("Reopened by ").append(md(page.reopenedByName())).append(" on ").append(ReviewMinutes.when(page.reopenedAt()))
                    .append(": ").append(md(page.reopenReason())).append("\n\n");
        }
        md.append("**Attendees:** ").append(md(ReviewMinutes.attendees(page))).append("\n\n");
        if (page.isClosed()) {
            md.append("**Rating:** ").append(md(ReviewMinutes.rating(page))).append("\n\n");
        }
        md.append("**Meeting time:** ").append(md(ReviewMinutes.meetingTime(page))).append("\n\n");
        if (page.clock().started()) {
            md.append("| Section | Started | Took | Given |\n|---|---|---|---|\n");
            ReviewMinutes.sectionTimes(page).forEach(row -> md.append("| ").append(String.join(" | ", row.stream()
                    .map(ReviewMarkdownWriter::cell).toList())).append(" |\n"));
            md.append('\n');
        }
        md.append("_Changes counted ").append(md(page.agenda().sinceLabel())).append("._\n\n");
        int number = 1;
        for (AgendaSection section : AgendaSection.agenda()) {
            List<AgendaItem> items = page.agenda().of(section);
            md.append("## ").append(number++).append(". ").append(section.title()).append(" (").append(items.size()).append(")\n\n");
            if (items.isEmpty()) {
                md.append("Nothing to discuss.\n\n");
            }
            for (Map.Entry<String, List<AgendaItem>> group : page.agenda().groups(section).entrySet()) {
                md.append("### ").append(md(group.getKey())).append(" (").append(group.getValue().size()).append(")\n\n");
                for (AgendaItem item : group.getValue()) {
                    md.append("- ").append(item.actionId() == null ? "" : item.tone() == Tone.DONE ? "[x] " : "[ ] ")
                            .append(md(item.title()));
                    if (item.detail() != null) {
                        md.append(" — ").append(md(item.detail()));
                    }
                    md.append('\n');
                }
                md.append('\n');
            }
            List<ReviewNote> notes = page.notes(section);
            if (!notes.isEmpty()) {
                md.append("**Notes**\n\n");
                notes.forEach(note -> md.append("> ").append(md(note.text())).append(" — ").append(md(note.writtenByName())).append("\n>\n"));
                md.append('\n');
            }
        }
        md.append("## Decisions (").append(page.decisions().size()).append(")\n\n");
        if (page.decisions().isEmpty()) {
            md.append("No decisions were recorded.\n\n");
        }
        int d = 1;
        for (Decision decision : page.decisions()) {
            md.append(d++).append(". ").append(md(decision.text()));
            if (decision.link() != null) {
                md.append(" (").append(md(decision.link().describe())).append(")");
            }
            md.append(" — ").append(md(decision.decidedByName()));
            if (decision.pin() != null) {
                md.append(". ").append(md(ReviewMinutes.pin(decision)));
            }
            md.append('\n');
        }
        md.append("\n## Action items (").append(page.actions().size()).append(")\n\n");
        if (page.actions().isEmpty()) {
            md.append("No action items were agreed.\n");
        } else {
            md.append("| Action | Owner | Due | About | Status |\n|---|---|---|---|---|\n");
            for (ActionRow action : page.actions()) {
                md.append("| ").append(cell(action.text())).append(" | ").append(cell(action.ownerName())).append(" | ")
                        .append(action.dueDate()).append(" | ").append(action.link() == null ? "" : cell(action.link().describe()))
                        .append(" | ").append(ReviewMinutes.status(page, action)).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Escapes what Markdown would read as formatting or HTML, so plan text prints as written. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;").replace(">", "&gt;")
                .replace("#", "\\#").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String cell(String text) {
        return md(text);
    }
}
