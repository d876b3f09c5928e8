package org.cxplanner.catalog;

import org.springframework.data.relational.core.mapping.Table;

/** A RACI column: a team or role that can be Responsible, Accountable, Consulted or Informed. */
@Table("business_function")
public class BusinessFunction extends CatalogEntry {

    private Long leadId;

    protected BusinessFunction() {
    }

    BusinessFunction(String name, int position) {
        super(name, position);
    }

    /** The person told when this function becomes Accountable or Responsible somewhere; none: nobody is told. */
    public Long getLeadId() {
        return leadId;
    }

    void setLeadId(Long leadId) {
        this.leadId = leadId;
    }
}
