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

    static final List<String> HEADER = List.of("Indicator", "Date", "Value", "Note");
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final IndicatorRepository indicators;
    private final MeasurementRecords measurements;
    private final IndicatorService service;
    private final ChangeHistory history;
    private final PlanEvents events;

    MeasurementImportService(IndicatorRepository indicators, MeasurementRecords measurements, IndicatorService service,
                             ChangeHistory history, PlanEvents events) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.service = service;
        this.history = history;
        this.events = events;
    }

    @PreAuthorize(Roles.TEAM_MEMBERS)
    @Transactional(readOnly = true)
    public MeasurementImport preview(String fileName, byte[] content) {
        List<String> problems = new ArrayList<>();
        List<MeasurementImport.Row> rows = new ArrayList<>();
        if (content.length == 0) {
            return new MeasurementImport(fileName, rows, List.of("The file is empty."));
        }
        if (content.length > MAX_BYTES) {
            return new MeasurementImport(fileName, rows, List.of("The file is larger than 5 MB."));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new MeasurementImport(fileName, rows, List.of("The file is not UTF-8 text: save it as CSV UTF-8."));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Indicator> byName = indicators.findAll().stream()
                .collect(Collectors.toMap(i -> i.getName().toLowerCase(Locale.ROOT), Function.identity()));
        Set<Team> mine = service.recordableTeams();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty() || !records.getFirst().values()[0].strip().equalsIgnoreCase("Indicator")) {
                return new MeasurementImport(fileName, rows, List.of("Line 1: the first line must be the header "
                        + String.join(",", HEADER) + "."));
            }
            for (CSVRecord record : records.subList(1, records.size())) {
                int line = (int) record.getRecordNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                String name = SafeCells.unescape(record.get(0).strip());
                Indicator indicator = byName.get(name.toLowerCase(Locale.ROOT));
                if (indicator == null) {
                    problems.add("Line " + line + ": no indicator is named '" + name + "'.");
                    continue;
                }
                if (!mine.contains(indicator.getTeam())) {
                    problems.add("Line " + line + ": your role cannot record " + indicator.getTeam().label().toLowerCase(Locale.ROOT)
                            + " indicators (" + indicator.getName() + ").");
                    continue;
                }
                LocalDate date;
                BigDecimal value;
                try {
                    date = LocalDate.parse(record.size() > 1 ? record.get(1).strip() : "");
                } catch (DateTimeParseException e) {
                    problems.add("Line " + line + ": the date must look like 2026-11-23.");
                    continue;
                }
                try {
                    value = new BigDecimal(record.size() > 2 ? record.get(2).strip().replace(',', '.') : "");
                } catch (NumberFormatException e) {
                    problems.add("Line " + line + ": the value must be a number.");
                    continue;
                }
                if (Measurement.valueProblem(value) != null) {
                    problems.add("Line " + line + ": " + Measurement.valueProblem(value));
                    continue;
                }
                String noteText = record.size() > 3 ? record.get(3) : null;
                if (Measurement.noteProblem(noteText) != null) {
                    problems.add("Line " + line + ": " + Measurement.noteProblem(noteText));
                    continue;
                }
                LocalDate period = indicator.getCadence().periodStart(date);
                if (!seen.add(indicator.getId() + "/" + period)) {
                    problems.add("Line " + line + ": " + indicator.getName() + " appears twice for the " + indicator.getCadence().describe(period) + ".");
                    continue;
                }
                String note = record.size() > 3 && !record.get(3).isBlank() ? SafeCells.unescape(record.get(3).strip()) : null;
                rows.add(new MeasurementImport.Row(line, indicator.getId(), indicator.getName(), period, value, note));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            return new MeasurementImport(fileName, List.of(), List.of("The file is not valid CSV: " + e.getMessage()));
        }
        Set<String> existing = measurements.latest(Integer.MAX_VALUE).values().stream().flatMap(List::stream)
                .map(m -> m.indicatorId() + "/" + m.periodStart()).collect(Collectors.toSet());
        rows.stream().filter(row -> existing.contains(row.indicatorId() + "/" + row.periodStart())).forEach(row ->
                problems.add("Line " + row.line() + ": " + row.indicator() + " already has a measurement for the period starting "
                        + row.periodStart() + "."));
        return new MeasurementImport(fileName, problems.isEmpty() ? rows : List.of(), problems);
    }

    /** Applies a clean preview in one transaction; if any period was filled meanwhile, nothing is imported. */
    @PreAuthorize(Roles.TEAM_MEMBERS)
    @Transactional
    public int apply(MeasurementImport preview) {
        if (!preview.canApply()) {
            throw new IllegalArgumentException("A preview with problems cannot be applied");
        }
        String user = CurrentUser.name();
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
        events.publish(IndicatorEvents.INDICATORS);
        return preview.rows().size();
    }
}
