package org.cxplanner.notifications;

import org.cxplanner.base.DemoDataSeeder;
import org.springframework.stereotype.Component;

/** The demo users get example addresses (name@example.com), so notifications show with the demo plan. */
@Component
class DemoContacts implements DemoDataSeeder {

    private final NotificationSettingsRecords records;

    DemoContacts(NotificationSettingsRecords records) {
        this.records = records;
    }

    @Override
    public void seed() {
        records.giveDemoAddresses();
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
