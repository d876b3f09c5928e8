package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.util.ArrayList;
import java.util.List;

/** A reusable alignment checklist. A message copies its items when created, so later edits never change it. */
@Table("checklist_template")
public class ChecklistTemplate {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private String channels;
    @MappedCollection(idColumn = "template_id", keyColumn = "position")
    private List<TemplateItem> items = new ArrayList<>();

    protected ChecklistTemplate() {
    }

    ChecklistTemplate(String name, String channels, List<TemplateItem> items) {
        this.name = name;
        this.channels = channels;
        this.items = new ArrayList<>(items);
    }

    void update(String newName, String newChannels, List<TemplateItem> newItems) {
        name = newName;
        channels = newChannels;
        items = new ArrayList<>(newItems);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version == null ? 0 : version;
    }

    public String getName() {
        return name;
    }

    public String getChannels() {
        return channels;
    }

    public List<TemplateItem> getItems() {
        return List.copyOf(items);
    }

    /** One item of a template. */
    @Table("checklist_template_item")
    public record TemplateItem(String text, String guidance, boolean required, Team side, boolean checksClash) {
    }

    /** The channels in the words of the screens ("Newsletter, Email"), not their codes. */
    public String channelLabels() {
        return java.util.Arrays.stream(channels.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> {
                    try {
                        return MessageChannel.valueOf(c).label();
                    } catch (IllegalArgumentException unknown) {
                        return c;
                    }
                }).collect(java.util.stream.Collectors.joining(", "));
    }
}
