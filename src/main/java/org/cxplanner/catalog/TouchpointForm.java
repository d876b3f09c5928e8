package org.cxplanner.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an editor types for a touchpoint; the same rules are checked in the form and the service. */
public class TouchpointForm {

    @NotBlank(message = "Enter a name.")
    @Size(max = CatalogNames.MAX_LENGTH, message = CatalogNames.TOO_LONG)
    private String name = "";

    @NotNull(message = "Choose a journey stage.")
    private Long stageId;

    @NotNull(message = "Choose a channel.")
    private Channel channel;

    @Size(max = 1000, message = "Keep the description to 1000 characters or fewer.")
    private String description = "";

    public static TouchpointForm of(Touchpoint touchpoint) {
        TouchpointForm form = new TouchpointForm();
        form.setName(touchpoint.getName());
        form.setStageId(touchpoint.getStageId());
        form.setChannel(touchpoint.getChannel());
        form.setDescription(touchpoint.getDescription() == null ? "" : touchpoint.getDescription());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
