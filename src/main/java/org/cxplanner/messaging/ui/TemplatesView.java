package org.cxplanner.messaging.ui;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.ui.FixedColumnsGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.messaging.ChecklistTemplate;
import org.cxplanner.messaging.ChecklistTemplateService;
import org.cxplanner.security.Roles;

/** The alignment checklists messages start from; the CMO, the CCO and administrators manage them. */
@Route("messages/templates")
@PageTitle("Checklist templates · CX Partnership Planner")
@PermitAll
public class TemplatesView extends VerticalLayout {

    final Grid<ChecklistTemplate> grid = new FixedColumnsGrid<>();
    final Button create = new Button("New template", VaadinIcon.PLUS.create());
    final Button edit = new Button("Edit…", VaadinIcon.EDIT.create());
    private final ChecklistTemplateService templates;

    TemplatesView(ChecklistTemplateService templates) {
        this.templates = templates;
        addClassName("templates-view");
        setSizeFull();
        boolean canManage = CurrentUser.hasAnyRole(Roles.CATALOG_MANAGERS);
        grid.addColumn(ChecklistTemplate::getName).setHeader("Template").setFlexGrow(1);
        grid.addColumn(ChecklistTemplate::channelLabels).setHeader("Channels").setFlexGrow(1);
        grid.addColumn(t -> t.getItems().size() + " items, " + t.getItems().stream().filter(ChecklistTemplate.TemplateItem::required).count()
                + " required").setHeader("Items").setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(t -> {
            VerticalLayout items = new VerticalLayout();
            items.setSpacing(false);
            t.getItems().forEach(item -> items.add(new Span((item.required() ? "• " : "◦ ") + item.text() + " — " + item.side().label()
                    + (item.required() ? "" : " (optional)"))));
            return items;
        }));
        grid.setSizeFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new TemplateDialog(templates, null, this::reload).open());
        edit.setEnabled(false);
        edit.addClickListener(click -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(t -> new TemplateDialog(templates, t, this::reload).open()));
        grid.addSelectionListener(event -> edit.setEnabled(!event.getAllSelectedItems().isEmpty()));
        HorizontalLayout toolbar = new HorizontalLayout(new RouterLink("← Messages", MessagesView.class));
        if (canManage) {
            toolbar.add(create, edit);
        } else {
            Span hint = new Span("Only the CMO, the CCO and administrators change templates.");
            hint.addClassName("hint");
            toolbar.add(hint);
        }
        toolbar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        Span note = new Span("A message copies its template's items when it is created: changing a template never changes existing messages.");
        note.addClassName("hint");
        add(toolbar, note, grid);
        reload();
    }

    void reload() {
        grid.setItems(templates.all());
    }
}
