package org.cxplanner.base.export;

/**
 * Keeps exported text from being run as a formula: a spreadsheet treats a cell that begins with = + - @,
 * a tab or a carriage return as a formula, so such text gets a leading apostrophe (shown as text everywhere).
 */
public final class SafeCells {

    private SafeCells() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** For CSV, where only a leading apostrophe stops spreadsheets from evaluating the cell. */
    public static String escape(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** Undoes {@link #escape} when a file we exported comes back in an import. */
    public static String unescape(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && looksLikeFormula(text.substring(1))
                ? text.substring(1) : text;
    }
}
