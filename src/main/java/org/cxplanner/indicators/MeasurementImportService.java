package org.cxplanner.indicators;

import org.cxplanner.security.Roles;

import org.cxplanner.security.CurrentUser;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxplanner.base.EditConflict;
import org.cxplanner.security.Team;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.export.SafeCells;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.history.HistoryArea;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * CSV import of measurements ({@code Indicator,Date,Value,Note}): a preview with every problem and its line number,
 * then all rows in one transaction, refused as a whole if anything changed meanwhile. The same side rules as entering
 * numbers by hand apply.
 */
@Service
public class MeasurementImportService {

    private final IndicatorRepository indicators;
    private final MeasurementRecords measurements;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final OffTrackNews offTrack;

    MeasurementImportService(IndicatorRepository indicators, MeasurementRecords measurements, ChangeHistory history,
                             PlanEvents events, OffTrackNews offTrack) {
        this.offTrack = offTrack;
        this.indicators = indicators;
        this.measurements = measurements;
        this.history = history;
        this.events = events;
    }

    @PreAuthorize(Roles.TEAM_MEMBERS)
    @Transactional(readOnly = true)
    public MeasurementImport preview(String fileName, byte[] content) {
        return new MeasurementCsvReader(indicators.findAll(), CurrentUser.access().speaksFor(),
                () -> measurements.latest(Integer.MAX_VALUE).values().stream().flatMap(List::stream)
                        .map(m -> MeasurementCsvReader.key(m.indicatorId(), m.periodStart())).collect(Collectors.toSet()))
                .read(fileName, content);
    }

    /** The same check for measurements sent through the API: problems say "Measurement 2: …", counting from 1. */
    @PreAuthorize(Roles.TEAM_MEMBERS)
    @Transactional(readOnly = true)
    public MeasurementImport check(List<MeasurementInput> inputs) {
        return new MeasurementCsvReader(indicators.findAll(), CurrentUser.access().speaksFor(),
                () -> measurements.latest(Integer.MAX_VALUE).values().stream().flatMap(List::stream)
                        .map(m -> MeasurementCsvReader.key(m.indicatorId(), m.periodStart())).collect(Collectors.toSet()))
                .check("api", "Measurement", java.util.stream.IntStream.rangeClosed(1, inputs.size()).boxed().toList(), inputs);
    }

    /** Applies a clean preview in one transaction; if any period was filled meanwhile, nothing is imported. */
    @PreAuthorize(Roles.TEAM_MEMBERS)
    @Transactional
    public int apply(MeasurementImport preview) {
        if (!preview.canApply()) {
            throw new IllegalArgumentException("A preview with problems cannot be applied");
        }
        String user = CurrentUser.name();
        List<Indicator> affected = new ArrayList<>();
        indicators.findAllById(preview.rows().stream().map(MeasurementImport.Row::indicatorId).collect(Collectors.toSet()))
                .forEach(affected::add);
        Map<Long, Boolean> offBefore = offTrack.offTrack(affected);
        List<ChangeEntry> entries = new ArrayList<>();
        for (MeasurementImport.Row row : preview.rows()) {
            if (!measurements.insert(row.indicatorId(), row.periodStart(), row.value(), row.note(), user)) {
                throw new EditConflict("Someone entered " + row.indicator() + " for the period starting " + row.periodStart()
                        + " since the preview. Nothing was imported: upload the file again.");
            }
            entries.add(new ChangeEntry(HistoryArea.INDICATORS, IndicatorEvents.HISTORY_KIND, row.indicatorId(), row.indicator(),
                    "Measurement " + row.periodStart(), null, row.value().stripTrailingZeros().toPlainString(), ChangeSource.IMPORT));
        }
        history.record(entries);
        offTrack.announce(offBefore, affected);
        events.publish(IndicatorEvents.INDICATORS);
        return preview.rows().size();
    }
}
