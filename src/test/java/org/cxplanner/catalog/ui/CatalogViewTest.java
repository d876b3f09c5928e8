package org.cxplanner.catalog.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.cxplanner.KaribuTest;
import org.cxplanner.catalog.Channel;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.catalog.Touchpoint;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewTest extends KaribuTest {

    @Test
    void theCmoAddsAStageAndIsToldWhenTheNameIsTaken() {
        CatalogView view = open("cmo");
        view.tabs.setSelectedIndex(1);
        _click(view.stages.add);
        NameDialog dialog = _get(NameDialog.class);
        _setValue(dialog.name, "awareness ");
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("A journey stage named 'awareness' already exists.");

        _setValue(dialog.name, "  Win-back ");
        _click(dialog.save);
        expectNotifications("Saved journey stage 'Win-back'.");
        assertThat(GridKt._findAll(view.stages.grid)).extracting(JourneyStage::getName).endsWith("Win-back");
    }

    @Test
    void theCcoCreatesATouchpointWithStageAndChannel() {
        CatalogView view = open("cco");
        _click(view.touchpoints.add);
        TouchpointDialog dialog = _get(TouchpointDialog.class);
        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter a name.");
        assertThat(dialog.stage.getErrorMessage()).isEqualTo("Choose a journey stage.");
        assertThat(dialog.channel.getErrorMessage()).isEqualTo("Choose a channel.");

        _setValue(dialog.name, "Billboard");
        _setValue(dialog.stage, dialog.stage.getListDataView().getItems().filter(s -> s.getName().equals("Awareness")).findFirst().orElseThrow());
        _setValue(dialog.channel, Channel.PAID_MEDIA);
        _click(dialog.save);
        expectNotifications("Saved touchpoint 'Billboard'.");
        assertThat(GridKt._findAll(view.touchpoints.grid)).extracting(Touchpoint::getName).contains("Billboard");
        assertThat(jdbc.queryForObject("SELECT channel FROM touchpoint WHERE name = 'Billboard'", String.class)).isEqualTo("PAID_MEDIA");
    }

    @Test
    void deletingAFunctionInUseIsRefusedAndArchivingHidesIt() {
        CatalogView view = open("admin");
        view.tabs.setSelectedIndex(2);
        select(view.functions, "HR");
        _click(view.functions.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        confirm.getElement().setProperty("opened", false);
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        expectNotifications("'HR' cannot be deleted: it is used by 1 RACI assignment. Archive it instead: it then leaves the matrix but keeps its history.");

        select(view.functions, "HR");
        _click(view.functions.archive);
        assertThat(GridKt._findAll(view.functions.grid)).extracting(f -> f.getName()).doesNotContain("HR");
        _setValue(view.functions.showArchived, true);
        assertThat(GridKt._findAll(view.functions.grid)).extracting(f -> f.getName()).contains("HR");
    }

    @Test
    void theCcoGivesAFunctionALeadAndTheListShowsIt() {
        CatalogView view = open("cco");
        view.tabs.setSelectedIndex(2);
        select(view.functions, "Support");
        _click(view.functions.edit);
        NameDialog dialog = _get(NameDialog.class);
        assertThat(dialog.lead.isVisible()).isTrue();
        _setValue(dialog.lead, dialog.lead.getListDataView().getItems().filter(p -> p.username().equals("cx")).findFirst().orElseThrow());
        _click(dialog.save);
        expectNotifications("Saved function 'Support'.");
        int row = GridKt._findAll(view.functions.grid).stream().map(f -> f.getName()).toList().indexOf("Support");
        assertThat(GridKt._getFormattedRow(view.functions.grid, row)).contains("Casey Experience");
    }

    @Test
    void reordersStagesWithTheArrows() {
        CatalogView view = open("cmo");
        view.tabs.setSelectedIndex(1);
        select(view.stages, "Advocacy");
        _click(view.stages.up);
        assertThat(GridKt._findAll(view.stages.grid)).extracting(JourneyStage::getName).endsWith("Advocacy", "Renewal");
    }

    @Test
    void aMarketerReadsTheCatalogWithoutChangingIt() {
        CatalogView view = open("marketer");
        assertThat(view.touchpoints.add.isAttached()).isFalse();
        assertThat(GridKt._size(view.touchpoints.grid)).isEqualTo(25);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Only the CMO, the CCO and administrators change the catalog.")))
                .isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withText("New touchpoint…"))).isEmpty();
    }

    @Test
    void aColleaguesChangeShowsInTheOpenTabAndInTheOthersWhenTheyAreOpened() {
        CatalogView view = open("cmo");

        JourneyStage awareness = catalog.stages().stream().filter(s -> s.getName().equals("Awareness")).findFirst().orElseThrow();
        catalog.rename(org.cxplanner.catalog.CatalogKind.STAGE, awareness.getId(), awareness.getVersion(), "Discovery");
        view.colleagueChanged();
        assertThat(GridKt._getFormattedRow(view.touchpoints.grid, 0)).as("the open tab shows the change").contains("Discovery");

        view.tabs.setSelectedIndex(1);
        assertThat(GridKt._findAll(view.stages.grid)).extracting(JourneyStage::getName).contains("Discovery").doesNotContain("Awareness");
        view.tabs.setSelectedIndex(0);
        view.tabs.setSelectedIndex(1);
        assertThat(GridKt._findAll(view.stages.grid)).extracting(JourneyStage::getName).contains("Discovery");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.cxplanner.catalog.CatalogService catalog;

    private CatalogView open(String username) {
        loginAndOpen(username, "catalog");
        return _get(CatalogView.class);
    }

    private static <E extends org.cxplanner.catalog.CatalogEntry> void select(CatalogTab<E> tab, String name) {
        tab.grid.select(GridKt._findAll(tab.grid).stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow());
    }
}
