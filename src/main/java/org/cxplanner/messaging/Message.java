package org.cxplanner.messaging;

import org.cxplanner.security.Team;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A planned customer communication with its alignment checklist and the two leads' sign-offs. The content version
 * counts edits of the content; a sign-off approves one content version.
 */
@Table("message")
public class Message {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String title;
    private MessageChannel channel;
    private Long audienceStageId;
    private LocalDate sendDate;
    private Team team;
    private String body;
    private Long initiativeId;
    private MessageStatus status = MessageStatus.DRAFT;
    private String templateName;
    private int contentVersion = 1;
    private String updatedBy;
    private Instant updatedAt;
    /** When the status last changed (null: not since it was created); "waiting since" for sign-offs. */
    private Instant statusSince;
    @MappedCollection(idColumn = "message_id")
    private Set<MessageTouchpoint> touchpoints = new LinkedHashSet<>();
    @MappedCollection(idColumn = "message_id")
    private Set<MessagePromise> promises = new LinkedHashSet<>();
    @MappedCollection(idColumn = "message_id", keyColumn = "position")
    private List<MessageCheck> checks = new ArrayList<>();
    @MappedCollection(idColumn = "message_id")
    private Set<SignOff> signOffs = new LinkedHashSet<>();

    protected Message() {
    }

    Message(MessageForm form, ChecklistTemplate template, String user) {
        applyContent(form, user);
        templateName = template.getName();
        checks = template.getItems().stream()
                .map(item -> new MessageCheck(item.text(), item.guidance(), item.required(), item.side(), false, null, null, null,
                        item.checksClash()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    void applyContent(MessageForm form, String user) {
        title = form.getTitle().strip();
        channel = form.getChannel();
        audienceStageId = form.getAudienceStageId();
        sendDate = form.getSendDate();
        team = form.getTeam();
        body = form.getBody() == null || form.getBody().isBlank() ? null : form.getBody().strip();
        initiativeId = form.getInitiativeId();
        touchpoints = form.getTouchpointIds().stream().map(MessageTouchpoint::new).collect(Collectors.toCollection(LinkedHashSet::new));
        promises = form.getPromisedInitiativeIds().stream().map(MessagePromise::new).collect(Collectors.toCollection(LinkedHashSet::new));
        touch(user);
    }

    void newContentVersion() {
        contentVersion++;
    }

    void setCheck(int position, MessageCheck check) {
        checks.set(position, check);
    }

    void sign(SignOff signOff) {
        signOffs.removeIf(s -> s.side() == signOff.side());
        signOffs.add(signOff);
    }

    Optional<SignOff> withdraw(Team side) {
        Optional<SignOff> withdrawn = signOff(side);
        signOffs.removeIf(s -> s.side() == side);
        return withdrawn;
    }

    void setStatus(MessageStatus status) {
        if (this.status != status) {
            statusSince = Instant.now();
        }
        this.status = status;
    }

    void touch(String user) {
        updatedBy = user;
        updatedAt = Instant.now();
    }

    /** This copy's changes were written by {@link MessageRepository#touch}, which moved the stored version on by one. */
    void versionWritten() {
        version = getVersion() + 1;
    }

    /** Aligned: every required item ticked and both leads signed the current content. */
    boolean isAligned() {
        return checks.stream().allMatch(c -> !c.required() || c.ticked())
                && signOff(Team.MARKETING).filter(s -> s.contentVersion() == contentVersion).isPresent()
                && signOff(Team.CX).filter(s -> s.contentVersion() == contentVersion).isPresent();
    }

    public Optional<SignOff> signOff(Team side) {
        return signOffs.stream().filter(s -> s.side() == side).findFirst();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version == null ? 0 : version;
    }

    public String getTitle() {
        return title;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public long getAudienceStageId() {
        return audienceStageId;
    }

    public LocalDate getSendDate() {
        return sendDate;
    }

    public Team getTeam() {
        return team;
    }

    public String getBody() {
        return body;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getTemplateName() {
        return templateName;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getTouchpointIds() {
        return touchpoints.stream().map(MessageTouchpoint::touchpointId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The initiatives whose delivery this message promises. */
    public Set<Long> getPromisedInitiativeIds() {
        return promises.stream().map(MessagePromise::initiativeId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<MessageCheck> getChecks() {
        return List.copyOf(checks);
    }
}
