package org.cxplanner.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** What stages, touchpoints and functions share: a unique name, a place in the order, an archive flag. */
public abstract class CatalogEntry {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private int position;
    private boolean archived;

    protected CatalogEntry() {
    }

    protected CatalogEntry(String name, int position) {
        this.name = name;
        this.position = position;
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

    public int getPosition() {
        return position;
    }

    public boolean isArchived() {
        return archived;
    }

    void setName(String name) {
        this.name = name;
    }

    void setPosition(int position) {
        this.position = position;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }
}
