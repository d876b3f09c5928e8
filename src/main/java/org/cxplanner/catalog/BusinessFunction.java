package org.cxplanner.catalog;

import org.springframework.data.relational.core.mapping.Table;

/** A RACI column: a team or role that can be Responsible, Accountable, Consulted or Informed. */
@Table("business_function")
public class BusinessFunction extends CatalogEntry {

    protected BusinessFunction() {
    }

    BusinessFunction(String name, int position) {
        super(name, position);
    }
}
