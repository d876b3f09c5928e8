package org.cxplanner.base;

import org.springframework.core.Ordered;

/** A feature's part of the demo plan, written on the first start of an embedded installation. */
public interface DemoDataSeeder extends Ordered {

    void seed();
}
