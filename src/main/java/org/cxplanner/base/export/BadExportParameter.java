package org.cxplanner.base.export;

/** An export's query parameter holds a value the export cannot read: answered with 400 and these words. */
public class BadExportParameter extends RuntimeException {

    public BadExportParameter(String name, String value, String expected) {
        super("The parameter '" + name + "' cannot be '" + shorten(value) + "': it takes " + expected + ".");
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
