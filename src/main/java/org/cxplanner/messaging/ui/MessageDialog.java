package org.cxplanner.messaging.ui;

import org.cxplanner.security.TeamAccess;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.catalog.Touchpoint;
import org.cxplanner.messaging.ChecklistTemplate;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageChannel;
import org.cxplanner.messaging.MessageForm;
import org.cxplanner.messaging.MessageEditing;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.security.Team;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A new message from a checklist template, or its content edited (which withdraws both sign-offs). */
class MessageDialog extends Dialog {

    final ComboBox<ChecklistTemplate> template = new ComboBox<>("Checklist template");
    final TextField title = new TextField("Title");
    final ComboBox<MessageChannel> channel = new ComboBox<>("Channel");
    final ComboBox<JourneyStage> audience = new ComboBox<>("Audience lifecycle stage");
    final DatePicker sendDate = org.cxplanner.base.ui.DateInput.explained(new DatePicker("Send date"));
    final ComboBox<Team> team = new ComboBox<>("Owning team");
    final ComboBox<org.cxplanner.roadmap.InitiativeRow> initiative = new ComboBox<>("Initiative it belongs to");
    final MultiSelectComboBox<org.cxplanner.roadmap.InitiativeRow> promises = new MultiSelectComboBox<>("Promises the delivery of");
    final MultiSelectComboBox<Touchpoint> touchpoints = new MultiSelectComboBox<>("Touchpoints it promises something about");
    final TextArea body = new TextArea("Summary or text");
    final Button save = new Button("Save");
    private final BeanValidationBinder<MessageForm> binder = new BeanValidationBinder<>(MessageForm.class);

    MessageDialog(MessageQueries messaging, MessageEditing editing, CatalogService catalog, org.cxplanner.roadmap.RoadmapService roadmap,
                  Message existing, Consumer<Message> onSaved) {
        TeamAccess may = CurrentUser.access();
        setHeaderTitle(existing == null ? "New message" : "Edit message");
        setWidth("min(48rem, 100vw)");
        MessageForm form = existing == null ? new MessageForm() : MessageForm.of(existing);
        if (existing == null) {
            form.setSendDate(LocalDate.now().plusWeeks(2));
        }
        List<JourneyStage> stages = catalog.stages().stream().filter(s -> !s.isArchived() || Objects.equals(s.getId(), form.getAudienceStageId())).toList();
        List<Touchpoint> allTouchpoints = catalog.touchpoints().stream()
                .filter(t -> !t.isArchived() || form.getTouchpointIds().contains(t.getId())).toList();
        template.setItems(messaging.templates());
        template.setItemLabelGenerator(ChecklistTemplate::getName);
        template.setVisible(existing == null);
        TextLimit.apply(title, 200);
        channel.setItems(MessageChannel.values());
        channel.setItemLabelGenerator(MessageChannel::label);
        audience.setItems(stages);
        audience.setItemLabelGenerator(CatalogEntry::getName);
        team.setItems(may.teamsFor(existing == null ? null : existing.getTeam()));
        team.setItemLabelGenerator(Team::label);
        touchpoints.setItems(allTouchpoints);
        touchpoints.setItemLabelGenerator(CatalogEntry::getName);
        TextLimit.apply(body, 8000);
        List<org.cxplanner.roadmap.InitiativeRow> initiatives = roadmap.span(org.cxplanner.roadmap.RoadmapFilter.ALL, null, null);
        initiative.setItems(initiatives);
        initiative.setItemLabelGenerator(org.cxplanner.roadmap.InitiativeRow::title);
        initiative.setClearButtonVisible(true);
        promises.setItems(initiatives);
        promises.setItemLabelGenerator(org.cxplanner.roadmap.InitiativeRow::title);
        promises.setHelperText("Initiatives that must be done before this message sends: it cannot be signed to send earlier.");

        binder.forField(title).bind("title");
        binder.forField(channel).bind("channel");
        binder.forField(audience).withConverter(s -> s == null ? null : s.getId(),
                id -> stages.stream().filter(s -> Objects.equals(s.getId(), id)).findFirst().orElse(null)).bind("audienceStageId");
        binder.forField(sendDate).bind("sendDate");
        binder.forField(team).bind("team");
        binder.forField(touchpoints).withConverter(
                selected -> selected.stream().map(CatalogEntry::getId).collect(Collectors.toCollection(LinkedHashSet::new)),
                ids -> allTouchpoints.stream().filter(t -> ids != null && ids.contains(t.getId()))
                        .collect(Collectors.toCollection(LinkedHashSet::new))).bind("touchpointIds");
        binder.forField(body).bind("body");
        binder.forField(promises).withConverter(
                selected -> selected.stream().map(org.cxplanner.roadmap.InitiativeRow::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                ids -> initiatives.stream().filter(row -> ids != null && ids.contains(row.id()))
                        .collect(Collectors.toCollection(LinkedHashSet::new))).bind("promisedInitiativeIds");
        binder.forField(initiative).withConverter(row -> row == null ? null : row.id(),
                id -> initiatives.stream().filter(row -> Objects.equals(row.id(), id)).findFirst().orElse(null)).bind("initiativeId");
        binder.setBean(form);

        FormLayout fields = new FormLayout(template, title, channel, audience, sendDate, team, initiative, touchpoints, promises, body);
        fields.setColspan(title, 2);
        fields.setColspan(promises, 2);
        fields.setColspan(touchpoints, 2);
        fields.setColspan(body, 2);
        if (existing != null && (existing.signOff(Team.MARKETING).isPresent()
                || existing.signOff(Team.CX).isPresent())) {
            Paragraph warning = new Paragraph("Saving a change to the content withdraws both sign-offs: they approved this version.");
            warning.addClassName("warning");
            add(warning);
        }
        add(fields);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            boolean ok = binder.validate().isOk();
            if (existing == null && template.isEmpty()) {
                template.setInvalid(true);
                template.setErrorMessage("Choose a checklist template.");
                ok = false;
            }
            if (!ok) {
                return;
            }
            try {
                Message saved = existing == null ? editing.create(template.getValue().getId(), form)
                        : editing.updateContent(existing.getId(), existing.getVersion(), form);
                Notifications.success("Saved '" + saved.getTitle() + "'.");
                close();
                onSaved.accept(saved);
            } catch (FieldProblem problem) {
                if (!FieldErrors.show(problem, Map.of("title", title, "team", team, "template", template))) {
                    Notifications.error(problem.getMessage());
                }
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
