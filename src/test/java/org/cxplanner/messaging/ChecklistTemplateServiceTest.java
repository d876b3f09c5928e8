package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistTemplateServiceTest extends IntegrationTest {

    @Autowired
    private ChecklistTemplateService templates;
    @Autowired
    private MessageRepository messages;

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "MARKETING", "CX"})
    void onlyLeadsAndAdministratorsManageTemplates(String role) {
        actAs("someone", role);
        assertThat(templates.all()).extracting(ChecklistTemplate::getName)
                .containsExactly("Campaign launch", "Lifecycle email", "Newsletter", "Renewal notice");
        assertThatThrownBy(() -> templates.save(null, 0, "Mine", Set.of(), List.of(item("Checked")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editingATemplateNeverChangesExistingMessages() {
        actAs("cco", "CCO");
        ChecklistTemplate newsletter = templates.all().stream().filter(t -> t.getName().equals("Newsletter")).findFirst().orElseThrow();
        int before = jdbc.queryForObject("SELECT count(*) FROM message_check", Integer.class);
        templates.save(newsletter.getId(), newsletter.getVersion(), "Newsletter", Set.of(MessageChannel.NEWSLETTER),
                List.of(item("Only one check now")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM message_check", Integer.class)).isEqualTo(before);
        assertThat(templates.all().stream().filter(t -> t.getName().equals("Newsletter")).findFirst().orElseThrow().getItems())
                .extracting(ChecklistTemplate.TemplateItem::text).containsExactly("Only one check now");
    }

    @Test
    void badTemplatesAreRefusedWithAReason() {
        actAs("admin", "ADMIN");
        assertThatThrownBy(() -> templates.save(null, 0, " ", Set.of(), List.of(item("x")))).isInstanceOf(FieldProblem.class)
                .hasMessage("Enter a name of 1 to 120 characters.");
        assertThatThrownBy(() -> templates.save(null, 0, "newsletter", Set.of(), List.of(item("x")))).isInstanceOf(FieldProblem.class)
                .hasMessage("A template named 'newsletter' already exists.");
        assertThatThrownBy(() -> templates.save(null, 0, "Empty", Set.of(), List.of())).isInstanceOf(FieldProblem.class)
                .hasMessage("A checklist needs at least one item.");
        assertThatThrownBy(() -> templates.save(null, 0, "n".repeat(121), Set.of(), List.of(item("x"))))
                .isInstanceOf(FieldProblem.class).hasMessage("Enter a name of 1 to 120 characters.");
        assertThatThrownBy(() -> templates.save(null, 0, "Long item", Set.of(), List.of(item("t".repeat(301)))))
                .isInstanceOf(FieldProblem.class).hasMessage("Every item needs a text of 1 to 300 characters.");
        assertThatThrownBy(() -> templates.save(null, 0, "Long guidance", Set.of(), List.of(
                new ChecklistTemplate.TemplateItem("Venue", "g".repeat(1001), true, Team.JOINT, false))))
                .isInstanceOf(FieldProblem.class).hasMessage("Keep each item's guidance to 1,000 characters ('Venue' has 1001).");
        assertThat(templates.save(null, 0, "n".repeat(120), Set.of(), List.of(new ChecklistTemplate.TemplateItem(
                "t".repeat(300), "g".repeat(1000), true, Team.JOINT, false))).getName()).as("at the limits").hasSize(120);
        assertThat(templates.save(null, 0, "Event invitation", Set.of(MessageChannel.EVENT), List.of(item("Venue confirmed")))
                .getChannels()).isEqualTo("EVENT");
    }

    private static ChecklistTemplate.TemplateItem item(String text) {
        return new ChecklistTemplate.TemplateItem(text, null, true, Team.JOINT, false);
    }
}
