package org.cxplanner.raci;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxplanner.base.export.SafeCells;
import org.cxplanner.catalog.BusinessFunction;
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.catalog.Touchpoint;
import org.cxplanner.raci.ImportPreview.CellChange;
import org.cxplanner.raci.ImportPreview.Problem;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a CSV in the export's format and compares it with the current matrix; changes nothing itself. */
final class RaciCsvReader {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Map<String, JourneyStage> stagesByName;
    private final Map<Long, JourneyStage> stagesById;
    private final Map<String, Touchpoint> touchpointsByName;
    private final Map<String, BusinessFunction> functionsByName;
    private final Map<Long, Map<Long, RaciLetter>> current;
    private final List<Problem> problems = new ArrayList<>();
    private final List<CellChange> changes = new ArrayList<>();

    RaciCsvReader(List<JourneyStage> stages, List<Touchpoint> touchpoints, List<BusinessFunction> functions,
                  Map<Long, Map<Long, RaciLetter>> current) {
        this.stagesByName = byName(stages);
        this.stagesById = stages.stream().collect(Collectors.toMap(CatalogEntry::getId, Function.identity()));
        this.touchpointsByName = byName(touchpoints);
        this.functionsByName = byName(functions);
        this.current = current;
    }

    ImportPreview read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            return refuse(fileName, "The file is larger than 5 MB. Split it, or export a filtered matrix.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return refuse(fileName, "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return refuse(fileName, "The file is empty.");
        }
        int rows = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), RaciCsvWriter.FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<BusinessFunction> columns = header(records.next());
            if (columns == null) {
                return result(fileName, 0);
            }
            Map<Long, Integer> seen = new HashMap<>();
            // hasNext() already parses the next record, so a record's first line is the previous one's last + 1.
            long previousEnd = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows++;
                row((int) line, record, columns, seen);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(0, "The file is not valid CSV: " + rootMessage(e)));
        } catch (IOException e) {
            problems.add(new Problem(0, "The file could not be read: " + e.getMessage()));
        }
        if (rows == 0 && problems.isEmpty()) {
            problems.add(new Problem(0, "The file has a header but no touchpoint rows."));
        }
        return result(fileName, rows);
    }

    /** The function columns named by the header, or null when the header is wrong. */
    private List<BusinessFunction> header(CSVRecord header) {
        List<String> cells = header.stream().map(cell -> SafeCells.unescape(cell.strip())).toList();
        int last = cells.size() - (cells.getLast().equalsIgnoreCase(RaciCsvWriter.HEALTH) ? 1 : 0);
        if (cells.size() < 2 || !cells.get(0).equalsIgnoreCase(RaciCsvWriter.STAGE)
                || !cells.get(1).equalsIgnoreCase(RaciCsvWriter.TOUCHPOINT)) {
            problems.add(new Problem(1, "The header must be Stage,Touchpoint,<function…>,Health, as the export writes it."));
            return null;
        }
        List<BusinessFunction> columns = new ArrayList<>();
        for (String name : cells.subList(2, last)) {
            BusinessFunction function = functionsByName.get(key(name));
            if (function == null) {
                problems.add(new Problem(1, "Unknown function '" + name + "' in the header."));
            } else if (function.isArchived()) {
                problems.add(new Problem(1, "The function '" + function.getName() + "' is archived."));
            } else if (columns.contains(function)) {
                problems.add(new Problem(1, "The function '" + function.getName() + "' appears twice in the header."));
            }
            columns.add(function);
        }
        return problems.isEmpty() ? columns : null;
    }

    private void row(int line, CSVRecord record, List<BusinessFunction> columns, Map<Long, Integer> seen) {
        int expected = columns.size() + 2;
        if (record.size() != expected && record.size() != expected + 1) {
            problems.add(new Problem(line, "It has " + record.size() + " cells; the header has " + (expected + 1) + "."));
            return;
        }
        String stageName = SafeCells.unescape(record.get(0).strip());
        String name = SafeCells.unescape(record.get(1).strip());
        JourneyStage stage = stagesByName.get(key(stageName));
        Touchpoint touchpoint = touchpointsByName.get(key(name));
        if (stage == null) {
            problems.add(new Problem(line, "Unknown stage '" + stageName + "'."));
        }
        if (touchpoint == null) {
            problems.add(new Problem(line, "Unknown touchpoint '" + name + "'."));
            return;
        }
        JourneyStage actual = stagesById.get(touchpoint.getStageId());
        if (stage != null && actual != null && !actual.getId().equals(stage.getId())) {
            problems.add(new Problem(line, "The touchpoint '" + touchpoint.getName() + "' is in the stage '"
                    + actual.getName() + "', not '" + stage.getName() + "'."));
        }
        if (touchpoint.isArchived() || (actual != null && actual.isArchived())) {
            problems.add(new Problem(line, "The touchpoint '" + touchpoint.getName() + "' is archived."));
            return;
        }
        Integer earlier = seen.putIfAbsent(touchpoint.getId(), line);
        if (earlier != null) {
            problems.add(new Problem(line, "The touchpoint '" + touchpoint.getName() + "' appears twice (also on line " + earlier + ")."));
            return;
        }
        Map<Long, RaciLetter> now = current.getOrDefault(touchpoint.getId(), Map.of());
        for (int i = 0; i < columns.size(); i++) {
            BusinessFunction function = columns.get(i);
            String cell = record.get(i + 2);
            if (!RaciLetter.isLetter(cell)) {
                problems.add(new Problem(line, "'" + cell.strip() + "' under " + function.getName()
                        + " is not R, A, C, I or empty."));
                continue;
            }
            RaciLetter after = RaciLetter.parse(cell).orElse(null);
            RaciLetter before = now.get(function.getId());
            if (before != after) {
                changes.add(new CellChange(line, touchpoint.getId(), touchpoint.getName(), function.getId(),
                        function.getName(), before, after));
            }
        }
    }

    private ImportPreview refuse(String fileName, String message) {
        problems.add(new Problem(0, message));
        return result(fileName, 0);
    }

    private ImportPreview result(String fileName, int rows) {
        return new ImportPreview(fileName, rows, problems.isEmpty() ? List.copyOf(changes) : List.of(), List.copyOf(problems));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static <E extends CatalogEntry> Map<String, E> byName(List<E> entries) {
        return entries.stream().collect(Collectors.toMap(e -> key(e.getName()), Function.identity(), (a, b) -> a));
    }
}
