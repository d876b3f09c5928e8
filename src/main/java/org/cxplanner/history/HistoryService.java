package org.cxplanner.history;

import org.cxplanner.security.Roles;

import org.cxplanner.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads the change history. Everyone signed in reads the plan's history; user administration's lines are only for
 * administrators, whatever the filter asks for.
 */
@Service
public class HistoryService {

    private final HistoryRecords query;
    private final HistoryCsvWriter csv;
    private final ZoneId zone = ZoneId.systemDefault();

    HistoryService(HistoryRecords query, HistoryCsvWriter csv) {
        this.query = query;
        this.csv = csv;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int count(HistoryFilter filter) {
        return query.count(filter, CurrentUser.hasRole(Roles.ADMIN), zone);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<HistoryRow> rows(HistoryFilter filter, int offset, int limit) {
        return query.rows(filter, CurrentUser.hasRole(Roles.ADMIN), zone, offset, limit);
    }

    /** What changed in these areas after {@code from} up to {@code to}, oldest first: "what changed since last week". */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<HistoryRow> between(java.util.Collection<HistoryArea> areas, java.time.Instant from, java.time.Instant to) {
        return areas.isEmpty() ? List.of() : query.between(areas, from, to);
    }

    /** Everyone who changed something the caller may see, for the person filter. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<HistoryPerson> people() {
        return query.people(CurrentUser.hasRole(Roles.ADMIN));
    }

    /** The areas the caller may read, for the area filter. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<HistoryArea> areas() {
        return java.util.Arrays.stream(HistoryArea.values())
                .filter(area -> area != HistoryArea.USERS || CurrentUser.hasRole(Roles.ADMIN)).toList();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public void exportCsv(HistoryFilter filter, OutputStream out) throws IOException {
        csv.write(consumer -> query.each(filter, CurrentUser.hasRole(Roles.ADMIN), zone, consumer), zone, out);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public String csvFileName() {
        return "change-history-" + LocalDate.now(zone) + ".csv";
    }

}
