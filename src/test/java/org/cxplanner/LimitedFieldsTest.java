package org.cxplanner;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every limited text field of the editing dialogs, at its limit and one past it: past the limit the field says so
 * in words (it used to cut pasted text silently or turn red without a word), at the limit it is fine and
 * shows how much is used.
 */
class LimitedFieldsTest extends KaribuTest {

    private static final String MAX = "org.cxplanner.base.ui.TextLimit.max";

    @ParameterizedTest(name = "{2} on {1}")
    @CsvSource({
            "cmo, roadmap, New initiative, 2",
            "cmo, messages, New message, 2",
            "cmo, messages/templates, New template, 1",
            "cco, catalog, New touchpoint…, 2",
            "cx, reviews, Add decision, 1",
            "cx, reviews, Add action item, 1"})
    void everyLimitedFieldSaysWhenItIsTooLong(String username, String route, String button, int atLeast) {
        loginAndOpen(username, route);
        _click(_get(Button.class, spec -> spec.withText(button)));
        Dialog dialog = _get(Dialog.class);
        List<TextFieldBase<?, String>> limited = limitedFields(dialog);
        assertThat(limited).as("limited fields in " + button).hasSizeGreaterThanOrEqualTo(atLeast);
        for (TextFieldBase<?, String> field : limited) {
            int max = (Integer) ComponentUtil.getData(field, MAX);
            _setValue(field, "x".repeat(max + 1));
            assertThat(field.getValue()).as("nothing cut").hasSize(max + 1);
            assertThat(field.isInvalid()).isTrue();
            // The field's own count, or the form's rule for it where the form validates the field (same limit).
            assertThat(field.getErrorMessage()).matches("Too long: .*Shorten it by 1\\.|At most .*|Keep .*");
            _setValue(field, "x".repeat(max));
            assertThat(field.getErrorMessage() == null || !field.getErrorMessage().startsWith("Too long") || !field.isInvalid())
                    .as("at the limit").isTrue();
            assertThat(field.getHelperText()).contains(String.format(java.util.Locale.ENGLISH, "%,d/%,d", max, max));
        }
        dialog.close();
    }

    @SuppressWarnings("unchecked")
    private static List<TextFieldBase<?, String>> limitedFields(Component root) {
        List<TextFieldBase<?, String>> limited = new java.util.ArrayList<>();
        for (TextFieldBase<?, ?> field : _find(root, TextFieldBase.class)) {
            if (ComponentUtil.getData(field, MAX) != null) {
                limited.add((TextFieldBase<?, String>) field);
            }
        }
        return limited;
    }
}
