package org.cxplanner.history;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

    private final HistoryQuery query;
    private final HistoryCsvWriter csv;
    private final ZoneId zone = ZoneId.systemDefault();

    HistoryService(HistoryQuery query, HistoryCsvWriter csv) {
        this.query = query;
        this.csv = csv;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count(HistoryFilter filter) {
        return query.count(filter, mayReadUserAdministration(), zone);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryRow> rows(HistoryFilter filter, int offset, int limit) {
        return query.rows(filter, mayReadUserAdministration(), zone, offset, limit);
    }

    /** What changed in these areas after {@code from} up to {@code to}, oldest first: "what changed since last week". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryRow> between(java.util.Collection<HistoryArea> areas, java.time.Instant from, java.time.Instant to) {
        return areas.isEmpty() ? List.of() : query.between(areas, from, to);
    }

    /** Everyone who changed something the caller may see, for the person filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HistoryPerson> people() {
        return query.people(mayReadUserAdministration());
    }

    /** The areas the caller may read, for the area filter. */
    @PreAuthorize("isAuthenticated()")
    public List<HistoryArea> areas() {
        return java.util.Arrays.stream(HistoryArea.values())
                .filter(area -> area != HistoryArea.USERS || mayReadUserAdministration()).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void exportCsv(HistoryFilter filter, OutputStream out) throws IOException {
        csv.write(consumer -> query.each(filter, mayReadUserAdministration(), zone, consumer), zone, out);
    }

    @PreAuthorize("isAuthenticated()")
    public String csvFileName() {
        return "change-history-" + LocalDate.now(zone) + ".csv";
    }

    private static boolean mayReadUserAdministration() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }
}
