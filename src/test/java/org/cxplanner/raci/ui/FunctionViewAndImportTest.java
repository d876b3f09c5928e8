package org.cxplanner.raci.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import org.cxplanner.KaribuTest;
import org.cxplanner.raci.FunctionAssignment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class FunctionViewAndImportTest extends KaribuTest {

    @Test
    void aFunctionViewListsWhereTheFunctionTakesPartAccountableFirst() {
        long support = jdbc.queryForObject("SELECT id FROM business_function WHERE name = 'Support'", Long.class);
        loginAndOpen("viewer", "raci/function/" + support);
        FunctionView view = _get(FunctionView.class);
        assertThat(view.function.getValue().name()).isEqualTo("Support");
        assertThat(GridKt._findAll(view.grid)).extracting(FunctionAssignment::touchpoint)
                .containsExactly("Help centre", "Call centre", "Live chat", "Social media", "Billing and invoices", "NPS or review survey");
        assertThat(view.counts.getText()).isEqualTo("Support is Responsible for 3, Accountable for 0, Consulted for 1, Informed for 2 touchpoints.");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Support");
    }

    @Test
    void theCcoImportsACsvAfterAPreview() {
        loginAndOpen("cco", "raci");
        _click(_get(Button.class, spec -> spec.withText("Import CSV…")));
        RaciImportDialog dialog = _get(RaciImportDialog.class);
        String csv = "Stage,Touchpoint,CMO,CCO\r\nAwareness,Social media,R,A\r\n";
        _upload(dialog.upload, "fix.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.apply.isEnabled()).isTrue();
        assertThat(dialog.result.getElement().getTextRecursively()).contains("1 touchpoints read: 0 cells added, 1 changed, 0 cleared.");
        _click(dialog.apply);
        expectNotifications("1 cells imported.");
        assertThat(_get(RaciMatrixView.class).summary.headline()).isEqualTo("2 touchpoints need attention");
    }

    @Test
    void aBrokenFileShowsEveryProblemAndCannotBeApplied() {
        loginAndOpen("admin", "raci");
        _click(_get(Button.class, spec -> spec.withText("Import CSV…")));
        RaciImportDialog dialog = _get(RaciImportDialog.class);
        _upload(dialog.upload, "bad.csv", "text/csv", "Stage,Touchpoint,CMO\r\nAwareness,Nowhere,Z\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.apply.isEnabled()).isFalse();
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly("Line 2: Unknown touchpoint 'Nowhere'.");
    }

    @Test
    void teamMembersAndViewersHaveNoImport() {
        loginAndOpen("cx", "raci");
        assertThat(_find(Button.class, spec -> spec.withText("Import CSV…"))).isEmpty();
    }
}
