package org.cxplanner.indicators;

import org.cxplanner.notifications.DailyReminder;
import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reminds whoever records an indicator that this period's number is missing: once per period, one line per cadence. */
@Component
class NumbersDueReminders implements DailyReminder {

    private final MeasurementRecords records;
    private final NotificationService notifications;

    NumbersDueReminders(MeasurementRecords records, NotificationService notifications) {
        this.records = records;
        this.notifications = notifications;
    }

    @Override
    public void remind(LocalDate today) {
        Map<String, List<MeasurementRecords.Missing>> byOwnerAndCadence = records.missing(Cadence.WEEKLY.periodStart(today),
                        Cadence.MONTHLY.periodStart(today)).stream()
                .collect(Collectors.groupingBy(m -> m.ownerId() + "-" + m.cadence(), LinkedHashMap::new, Collectors.toList()));
        byOwnerAndCadence.values().forEach(missing -> {
            MeasurementRecords.Missing first = missing.getFirst();
            LocalDate period = first.cadence().periodStart(today);
            notifications.remind(Recipients.id(first.ownerId()), NotificationKind.NUMBERS_DUE,
                    "Numbers are due for " + first.cadence().describe(period) + ": " + missing.size()
                            + (missing.size() == 1 ? " indicator" : " indicators"),
                    missing.stream().map(MeasurementRecords.Missing::name).collect(Collectors.joining(", ")),
                    "indicators", "numbers-" + first.cadence() + "-" + period);
        });
    }
}
