package org.cxplanner.catalog;

import org.springframework.data.relational.core.mapping.Table;

/** Where the customer meets the company: in one journey stage, on one channel. */
@Table("touchpoint")
public class Touchpoint extends CatalogEntry {

    private Long stageId;
    private Channel channel;
    private String description;

    protected Touchpoint() {
    }

    Touchpoint(String name, long stageId, Channel channel, String description, int position) {
        super(name, position);
        this.stageId = stageId;
        this.channel = channel;
        this.description = description;
    }

    public long getStageId() {
        return stageId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getDescription() {
        return description;
    }

    void setStageId(long stageId) {
        this.stageId = stageId;
    }

    void setChannel(Channel channel) {
        this.channel = channel;
    }

    void setDescription(String description) {
        this.description = description;
    }
}
