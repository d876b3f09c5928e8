package org.cxplanner.catalog.ui;

import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.CatalogKind;
import org.cxplanner.catalog.CatalogService;

import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** One kind of catalog entry: a list in order, and (for managers) add, edit, reorder, archive and delete. */
class CatalogTab<E extends CatalogEntry> extends VerticalLayout {

    private final CatalogKind kind;
    private final CatalogService catalog;
    private final Supplier<List<E>> items;
    final Grid<E> grid = new FixedColumnsGrid<>();
    final Button add;
    final Button edit = new Button("Edit…", VaadinIcon.EDIT.create());
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button archive = new Button("Archive");
    final Button delete = new Button("Delete…", VaadinIcon.TRASH.create());
    final Button history = new Button("History", VaadinIcon.CLOCK.create());
    final Checkbox showArchived = new Checkbox("Show archived");
    private Runnable beforeReload = () -> { };

    CatalogTab(CatalogKind kind, CatalogService catalog, Supplier<List<E>> items, boolean canManage,
               BiConsumer<E, Runnable> editor) {
        this.kind = kind;
        this.catalog = catalog;
        this.items = items;
        setPadding(false);
        setSizeFull();
        add = new Button("New " + kind.singular() + "…", VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> editor.accept(null, this::reload));
        edit.addClickListener(click -> selected().ifPresent(entry -> editor.accept(entry, this::reload)));
        up.setAriaLabel("Move up");
        up.setTooltipText("Move up");
        down.setAriaLabel("Move down");
        down.setTooltipText("Move down");
        up.addClickListener(click -> selected().ifPresent(entry -> run(() -> catalog.move(kind, entry.getId(), -1), entry)));
        down.addClickListener(click -> selected().ifPresent(entry -> run(() -> catalog.move(kind, entry.getId(), 1), entry)));
        archive.addClickListener(click -> selected().ifPresent(entry ->
                run(() -> catalog.setArchived(kind, entry.getId(), entry.getVersion(), !entry.isArchived()), entry)));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> selected().ifPresent(this::confirmDelete));
        showArchived.addValueChangeListener(event -> reload());
        history.setTooltipText("Who changed this entry, and when");
        history.addClickListener(click -> selected().ifPresent(entry -> UI.getCurrent().navigate("history",
                QueryParameters.fromString("kind=" + CatalogService.historyKind(kind) + "&item=" + entry.getId()))));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addSelectionListener(event -> updateButtons());
        if (canManage) {
            grid.addItemDoubleClickListener(event -> editor.accept(event.getItem(), this::reload));
            HorizontalLayout toolbar = new HorizontalLayout(add, edit, up, down, archive, delete, history, showArchived);
            toolbar.setWrap(true);
            toolbar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            add(toolbar);
        } else {
            HorizontalLayout toolbar = new HorizontalLayout(history, showArchived);
            toolbar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            add(toolbar);
        }
        add(grid);
        updateButtons();
    }

    void setBeforeReload(Runnable beforeReload) {
        this.beforeReload = beforeReload;
    }

    void addNameColumn() {
        // The name is what a row is: at least 12rem, so on a phone the grid scrolls sideways rather than cutting names short.
        grid.addColumn(CatalogEntry::getName).setHeader("Name").setWidth("12rem").setFlexGrow(2);
    }

    void addStateColumn() {
        grid.addColumn(entry -> entry.isArchived() ? "Archived" : "Active").setHeader("State").setWidth("7rem").setFlexGrow(0)
                .setPartNameGenerator(entry -> entry.isArchived() ? "archived" : null);
    }

    void reload() {
        Long selectedId = selected().map(CatalogEntry::getId).orElse(null);
        beforeReload.run();
        List<E> shown = items.get().stream().filter(entry -> showArchived.getValue() || !entry.isArchived()).toList();
        grid.setItems(shown);
        shown.stream().filter(entry -> entry.getId().equals(selectedId)).findFirst().ifPresent(grid::select);
        updateButtons();
    }

    private Optional<E> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void confirmDelete(E entry) {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + kind.singular() + "?",
                "Delete '" + entry.getName() + "' for good? Entries in use cannot be deleted; archive them instead.",
                "Delete", event -> run(() -> catalog.delete(kind, entry.getId()), null), "Cancel", event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void run(Runnable action, E keepSelected) {
        try {
            action.run();
        } catch (FieldProblem | EditConflict e) {
            Notifications.error(e.getMessage());
        }
        reload();
        if (keepSelected == null) {
            grid.deselectAll();
        }
    }

    private void updateButtons() {
        Optional<E> entry = selected();
        edit.setEnabled(entry.isPresent());
        up.setEnabled(entry.isPresent());
        down.setEnabled(entry.isPresent());
        archive.setEnabled(entry.isPresent());
        delete.setEnabled(entry.isPresent());
        history.setEnabled(entry.isPresent());
        archive.setText(entry.map(e -> e.isArchived() ? "Restore" : "Archive").orElse("Archive"));
    }
}
