package org.cxplanner.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextFieldBase;

import java.util.Locale;

/**
 * A text field's length limit, shown instead of enforced by cutting: the browser's own maximum length silently
 * dropped whatever was pasted past it (a 10,000-character title saved as its first 200). Once most of the room is
 * used the field says how much ("180/200"); past the limit it is invalid with a message saying by how much, and the
 * form refuses to save. Shown when the value reaches the server (on leaving the field or Enter): a lazier mode
 * would send the value after a pause, so a click right after typing (ticking an item after its note) lost it. Services check the same limit before anything reaches the database.
 */
public final class TextLimit {

    private static final String OWN_HELPER = TextLimit.class.getName() + ".helper";
    private static final String MAX = TextLimit.class.getName() + ".max";

    private TextLimit() {
    }

    public static void apply(TextFieldBase<?, String> field, int max) {
        ComponentUtil.setData(field, OWN_HELPER, field.getHelperText() == null ? "" : field.getHelperText());
        ComponentUtil.setData(field, MAX, Integer.valueOf(max));
        field.addValueChangeListener(event -> show(field, max));
        show(field, max);
    }

    /** False, with the message shown on the field, when the field holds more than its limit. */
    public static boolean fits(TextFieldBase<?, String> field) {
        Integer max = (Integer) ComponentUtil.getData(field, MAX);
        if (max == null) {
            return true;
        }
        show(field, max);
        return length(field) <= max;
    }

    public static String tooLong(int used, int max) {
        return String.format(Locale.ENGLISH, "Too long: %,d characters, at most %,d. Shorten it by %,d.", used, max, used - max);
    }

    private static void show(TextFieldBase<?, String> field, int max) {
        int used = length(field);
        String own = (String) ComponentUtil.getData(field, OWN_HELPER);
        String counter = used * 10 >= max * 8 ? String.format(Locale.ENGLISH, "%,d/%,d", used, max) : "";
        String helper = own == null || own.isEmpty() ? counter : counter.isEmpty() ? own : own + " · " + counter;
        if (!helper.equals(field.getHelperText() == null ? "" : field.getHelperText())) {
            field.setHelperText(helper.isEmpty() ? null : helper);
        }
        if (used > max) {
            field.setErrorMessage(tooLong(used, max));
            field.setInvalid(true);
        } else if (field.isInvalid() && field.getErrorMessage() != null && field.getErrorMessage().startsWith("Too long: ")) {
            field.setInvalid(false);
        }
    }

    private static int length(TextFieldBase<?, String> field) {
        String value = field.getValue();
        return value == null ? 0 : value.strip().length();
    }
}
