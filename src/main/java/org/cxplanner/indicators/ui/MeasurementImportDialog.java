package org.cxplanner.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.indicators.MeasurementImport;
import org.cxplanner.indicators.MeasurementImportService;

/** Upload measurements as CSV, see every row (or every problem with its line), then apply them all at once. */
class MeasurementImportDialog extends Dialog {

    final Upload upload;
    final Div result = new Div();
    final Button apply = new Button("Import measurements");
    private MeasurementImport preview;

    MeasurementImportDialog(MeasurementImportService imports, Runnable onApplied) {
        setHeaderTitle("Import measurements from CSV");
        setWidth("min(48rem, 96vw)");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.accessSynchronously(() -> show(imports.preview(metadata.fileName(), bytes))))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.addFileRejectedListener(event -> {
            result.removeAll();
            result.add(new Paragraph(event.getErrorMessage() + " The file must be a CSV of at most 5 MB."));
        });
        Paragraph help = new Paragraph("Columns: Indicator,Date,Value,Note (the first line is this header). A date counts for "
                + "its week (or month for monthly indicators). Nothing is saved until you import the preview.");
        help.addClassName("hint");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> {
            try {
                int count = imports.apply(preview);
                Notifications.success("Imported " + count + (count == 1 ? " measurement." : " measurements."));
                close();
                onApplied.run();
            } catch (EditConflict e) {
                Notifications.error(e.getMessage());
                apply.setEnabled(false);
            } catch (RuntimeException e) {
                // Said in the dialog, where the user is looking: nothing was imported.
                result.removeAll();
                result.add(new Paragraph("Nothing was imported. "
                        + org.cxplanner.base.ui.LastResortErrorHandler.messageFor(e)));
                apply.setEnabled(false);
            }
        });
        getFooter().add(new Button("Close", click -> close()), apply);
        add(help, upload, result);
    }

    void show(MeasurementImport newPreview) {
        preview = newPreview;
        result.removeAll();
        apply.setEnabled(preview.canApply());
        UnorderedList list = new UnorderedList();
        if (!preview.problems().isEmpty()) {
            result.add(new Paragraph("Nothing can be imported from " + preview.fileName() + " until "
                    + (preview.problems().size() == 1 ? "this problem is" : "these " + preview.problems().size() + " problems are") + " fixed:"));
            preview.problems().forEach(problem -> list.add(new ListItem(problem)));
            list.addClassName("import-problems");
        } else {
            result.add(new Paragraph(preview.rows().size() + (preview.rows().size() == 1 ? " measurement" : " measurements")
                    + " will be added:"));
            preview.rows().forEach(row -> list.add(new ListItem(row.indicator() + ", period starting " + row.periodStart()
                    + ": " + row.value().stripTrailingZeros().toPlainString() + (row.note() == null ? "" : " (" + row.note() + ")"))));
        }
        result.add(list);
    }
}
