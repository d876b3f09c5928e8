package org.cxplanner.indicators;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxplanner.base.export.SafeCells;
import org.cxplanner.security.Team;

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
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads a measurements CSV ({@code Indicator,Date,Value,Note}) into a preview: every problem with its line, rows
 * only when there is none. Given the indicators, the teams the caller records for and (read only when needed) the
 * periods already filled, so it is a pure function of its inputs.
 */
final class MeasurementCsvReader {

    static final List<String> HEADER = List.of("Indicator", "Date", "Value", "Note");
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Map<String, Indicator> byName;
    private final Set<Team> mine;
    private final Supplier<Set<String>> existing;

    MeasurementCsvReader(List<Indicator> indicators, Set<Team> mine, Supplier<Set<String>> existing) {
        this.byName = indicators.stream().collect(Collectors.toMap(i -> i.getName().toLowerCase(Locale.ROOT), Function.identity()));
        this.mine = mine;
        this.existing = existing;
    }

    /** How a filled period is named in {@code existing}. */
    static String key(long indicatorId, LocalDate periodStart) {
        return indicatorId + "/" + periodStart;
    }

    MeasurementImport read(String fileName, byte[] content) {
        List<MeasurementImport.Row> rows = List.of();
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
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty() || !records.getFirst().values()[0].strip().equalsIgnoreCase("Indicator")) {
                return new MeasurementImport(fileName, rows, List.of("Line 1: the first line must be the header "
                        + String.join(",", HEADER) + "."));
            }
            List<MeasurementInput> inputs = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                lines.add((int) record.getRecordNumber());
                inputs.add(new MeasurementInput(SafeCells.unescape(record.get(0).strip()), record.size() > 1 ? record.get(1) : "",
                        record.size() > 2 ? record.get(2) : "", record.size() > 3 && !record.get(3).isBlank()
                        ? SafeCells.unescape(record.get(3).strip()) : null));
            }
            return check(fileName, "Line", lines, inputs);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            return new MeasurementImport(fileName, List.of(), List.of("The file is not valid CSV: " + e.getMessage()));
        }
    }

    /**
     * The rules every way of recording numbers in bulk shares (the CSV import, the API): each problem named by its
     * {@code unit} and position ("Line 3: …", "Measurement 2: …"); nothing to apply unless there is none.
     */
    MeasurementImport check(String source, String unit, List<Integer> positions, List<MeasurementInput> inputs) {
        List<String> problems = new ArrayList<>();
        List<MeasurementImport.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            MeasurementInput input = inputs.get(i);
            int line = positions.get(i);
            String where = unit + " " + line + ": ";
            String name = input.indicator() == null ? "" : input.indicator().strip();
            Indicator indicator = byName.get(name.toLowerCase(Locale.ROOT));
            if (indicator == null) {
                problems.add(where + "no indicator is named '" + name + "'.");
                continue;
            }
            if (!mine.contains(indicator.getTeam())) {
                problems.add(where + "your role cannot record " + indicator.getTeam().label().toLowerCase(Locale.ROOT)
                        + " indicators (" + indicator.getName() + ").");
                continue;
            }
            LocalDate date;
            BigDecimal value;
            try {
                date = LocalDate.parse(input.date() == null ? "" : input.date().strip());
            } catch (DateTimeParseException e) {
                problems.add(where + "the date must look like 2026-11-23.");
                continue;
            }
            try {
                value = new BigDecimal(input.value() == null ? "" : input.value().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(where + "the value must be a number.");
                continue;
            }
            if (Measurement.valueProblem(value) != null) {
                problems.add(where + Measurement.valueProblem(value));
                continue;
            }
            if (Measurement.noteProblem(input.note()) != null) {
                problems.add(where + Measurement.noteProblem(input.note()));
                continue;
            }
            LocalDate period = indicator.getCadence().periodStart(date);
            if (!seen.add(key(indicator.getId(), period))) {
                problems.add(where + indicator.getName() + " appears twice for the " + indicator.getCadence().describe(period) + ".");
                continue;
            }
            String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
            rows.add(new MeasurementImport.Row(line, indicator.getId(), indicator.getName(), period, value, note));
        }
        Set<String> filled = rows.isEmpty() ? Set.of() : existing.get();
        rows.stream().filter(row -> filled.contains(key(row.indicatorId(), row.periodStart()))).forEach(row ->
                problems.add(unit + " " + row.line() + ": " + row.indicator() + " already has a measurement for the period starting "
                        + row.periodStart() + "."));
        return new MeasurementImport(source, problems.isEmpty() ? rows : List.of(), problems);
    }
}
