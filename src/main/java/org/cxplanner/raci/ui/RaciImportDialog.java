package org.cxplanner.raci.ui;

import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.raci.ImportPreview;
import org.cxplanner.raci.ImportPreview.CellChange;
import org.cxplanner.raci.RaciImportService;

/** Upload a CSV in the export's format, see exactly what would change (or what is wrong), then apply it all at once. */
class RaciImportDialog extends Dialog {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final RaciImportService importService;
    private final Runnable onApplied;
    final Upload upload;
    final Div result = new Div();
    final Button apply = new Button("Apply changes");
    private ImportPreview preview;

    RaciImportDialog(RaciImportService importService, Runnable onApplied) {
        this.importService = importService;
        this.onApplied = onApplied;
        setHeaderTitle("Import the RACI matrix from CSV");
        setWidth("min(56rem, 96vw)");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElse(null);
            if (ui != null) {
                ui.accessSynchronously(() -> show(importService.preview(metadata.fileName(), bytes)));
            }
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(event -> showProblem(event.getErrorMessage()
                + " The file must be a CSV of at most 5 MB."));

        Paragraph help = new Paragraph("Use the layout of the CSV export: Stage,Touchpoint, one column per function, "
                + "Health (ignored). Touchpoints and functions not in the file stay as they are. Nothing changes until "
                + "you apply the preview.");
        help.addClassName("hint");
        result.addClassName("import-result");

        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> applyPreview());
        getFooter().add(new Button("Close", click -> close()), apply);
        add(help, upload, result);
    }

    void show(ImportPreview newPreview) {
        preview = newPreview;
        result.removeAll();
        apply.setEnabled(preview.canApply());
        if (!preview.problems().isEmpty()) {
            Paragraph title = new Paragraph("Nothing can be imported from " + preview.fileName() + " until these "
                    + (preview.problems().size() == 1 ? "problem is" : preview.problems().size() + " problems are") + " fixed:");
            title.addClassName("import-problems-title");
            UnorderedList list = new UnorderedList();
            list.addClassName("import-problems");
            preview.problems().forEach(problem -> list.add(new ListItem(problem.text())));
            result.add(title, list);
            return;
        }
        if (preview.changes().isEmpty()) {
            result.add(new Paragraph("The file matches the matrix: " + preview.rowsRead() + " touchpoints read, nothing to change."));
            return;
        }
        Paragraph counts = new Paragraph(preview.rowsRead() + " touchpoints read: "
                + preview.count(CellChange.Kind.ADDED) + " cells added, " + preview.count(CellChange.Kind.CHANGED)
                + " changed, " + preview.count(CellChange.Kind.CLEARED) + " cleared.");
        counts.addClassName("import-counts");
        Grid<CellChange> changes = new FixedColumnsGrid<>();
        changes.addColumn(CellChange::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(CellChange::touchpoint).setHeader("Touchpoint");
        changes.addColumn(CellChange::function).setHeader("Function");
        changes.addColumn(c -> c.before() == null ? "—" : c.before().name()).setHeader("Now").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> c.after() == null ? "—" : c.after().name()).setHeader("After").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> switch (c.kind()) {
            case ADDED -> "added";
            case CHANGED -> "changed";
            case CLEARED -> "cleared";
        }).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        changes.setItems(preview.changes());
        changes.setHeight("18rem");
        result.add(counts, changes);
    }

    private void showProblem(String message) {
        result.removeAll();
        result.add(new Paragraph(message));
        apply.setEnabled(false);
    }

    private void applyPreview() {
        try {
            int applied = importService.apply(preview);
            Notifications.success(applied + " cells imported.");
            close();
            onApplied.run();
        } catch (EditConflict conflict) {
            showProblem(conflict.getMessage());
        } catch (RuntimeException e) {
            showProblem("Nothing was imported. " + org.cxplanner.base.ui.LastResortErrorHandler.messageFor(e));
        }
    }
}
