package org.cxplanner.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cxplanner.security.Team;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The content of a message: editing any of it withdraws both sign-offs. */
public class MessageForm {

    @NotBlank(message = "Enter a title.")
    @Size(max = 200, message = "At most 200 characters.")
    private String title;
    @NotNull(message = "Choose a channel.")
    private MessageChannel channel;
    @NotNull(message = "Choose the audience's lifecycle stage.")
    private Long audienceStageId;
    @NotNull(message = "Choose a send date.")
    private LocalDate sendDate;
    @NotNull(message = "Choose the owning team.")
    private Team team;
    @Size(max = 8000, message = "At most 8000 characters.")
    private String body;
    private Long initiativeId;
    private Set<Long> touchpointIds = new LinkedHashSet<>();
    private Set<Long> promisedInitiativeIds = new LinkedHashSet<>();

    public static MessageForm of(Message message) {
        MessageForm form = new MessageForm();
        form.title = message.getTitle();
        form.channel = message.getChannel();
        form.audienceStageId = message.getAudienceStageId();
        form.sendDate = message.getSendDate();
        form.team = message.getTeam();
        form.body = message.getBody() == null ? "" : message.getBody();
        form.initiativeId = message.getInitiativeId();
        form.touchpointIds = new LinkedHashSet<>(message.getTouchpointIds());
        form.promisedInitiativeIds = new LinkedHashSet<>(message.getPromisedInitiativeIds());
        return form;
    }

    /** What a sign-off approves, field by field, in words (stored per content version to show what changed). */
    java.util.Map<String, String> describe(java.util.function.LongFunction<String> stageName,
                                          java.util.function.Function<Set<Long>, String> touchpointNames,
                                          java.util.function.LongFunction<String> initiativeTitle) {
        java.util.Map<String, String> content = new java.util.LinkedHashMap<>();
        content.put("Title", title == null ? "" : title.strip());
        content.put("Channel", channel == null ? "" : channel.label());
        content.put("Audience", audienceStageId == null ? "" : stageName.apply(audienceStageId));
        content.put("Send date", sendDate == null ? "" : sendDate.toString());
        content.put("Touchpoints", touchpointNames.apply(touchpointIds));
        content.put("Initiative", initiativeId == null ? "" : initiativeTitle.apply(initiativeId));
        content.put("Promises", promisedInitiativeIds.stream().map(initiativeTitle::apply).sorted()
                .collect(java.util.stream.Collectors.joining(", ")));
        content.put("Text", body == null ? "" : body.strip());
        return content;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public void setChannel(MessageChannel channel) {
        this.channel = channel;
    }

    public Long getAudienceStageId() {
        return audienceStageId;
    }

    public void setAudienceStageId(Long audienceStageId) {
        this.audienceStageId = audienceStageId;
    }

    public LocalDate getSendDate() {
        return sendDate;
    }

    public void setSendDate(LocalDate sendDate) {
        this.sendDate = sendDate;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(Long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public Set<Long> getTouchpointIds() {
        return touchpointIds;
    }

    public void setTouchpointIds(Set<Long> touchpointIds) {
        this.touchpointIds = touchpointIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(touchpointIds);
    }

    /** The initiatives whose delivery the message promises: it cannot be signed to send before they are done. */
    public Set<Long> getPromisedInitiativeIds() {
        return promisedInitiativeIds;
    }

    public void setPromisedInitiativeIds(Set<Long> promisedInitiativeIds) {
        this.promisedInitiativeIds = promisedInitiativeIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(promisedInitiativeIds);
    }
}
