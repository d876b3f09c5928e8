package org.cxplanner.raci;

import java.util.Locale;
import java.util.Optional;

public enum RaciLetter {
    R("Responsible", "does the work"),
    A("Accountable", "owns the outcome; exactly one per touchpoint"),
    C("Consulted", "gives input before decisions"),
    I("Informed", "is kept up to date");

    private final String label;
    private final String meaning;

    RaciLetter(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Reads R, A, C or I in either case; blank means "no letter". */
    public static Optional<RaciLetter> parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return value.isEmpty() ? Optional.empty() : Optional.of(valueOf(value));
    }

    public static boolean isLetter(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return value.isEmpty() || value.matches("[RACI]");
    }
}
