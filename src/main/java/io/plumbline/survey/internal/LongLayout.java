package io.plumbline.survey.internal;

import io.plumbline.shared.csv.CsvLine;
import io.plumbline.survey.LineError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exports with one row per answer (Zigpoll's long layout: a question column and an answer
 * column) grouped into one row per response, so that the rest of the import reads them
 * like any other export. Rows are grouped by the response id when it repeats across rows,
 * otherwise by participant id and poll. A group's other columns (date, client, page…) are
 * taken from its first row; each cell keeps the line it came from, so errors still name
 * the physical line.
 */
public final class LongLayout {

    private static final List<String> QUESTION = List.of("Question", "Slide", "Slide Title", "Question Title",
            "Question Text", "Title");

    private static final List<String> ANSWER = List.of("Response", "Answer", "Value", "Response Value", "Answer Value");

    private static final String RESPONSE_ID = "Response ID";

    private static final String PARTICIPANT_ID = "Participant ID";

    private static final List<String> POLL = List.of("Poll", "Poll ID", "Poll Title", "Survey");

    /**
     * The sheet with one row per response, how it was grouped (for the preview), and rows
     * that could not be grouped.
     */
    public record Grouped(CsvSheet sheet, String description, List<LineError> errors) {
    }

    private LongLayout() {
    }

    /** Empty when the sheet has one row per response already. */
    public static Optional<Grouped> group(CsvSheet sheet) {
        int question = first(sheet, QUESTION);
        int answer = first(sheet, ANSWER);
        int responseId = sheet.column(RESPONSE_ID);
        int participant = sheet.column(PARTICIPANT_ID);
        if (question < 0 || answer < 0 || (responseId < 0 && participant < 0)) {
            return Optional.empty();
        }
        boolean byResponse = responseId >= 0 && (participant < 0 || repeats(sheet, responseId));
        int poll = byResponse ? -1 : first(sheet, POLL);
        String by = byResponse ? RESPONSE_ID : PARTICIPANT_ID + (poll >= 0 ? " and " + sheet.headers().get(poll) : "");
        List<LineError> errors = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < sheet.headers().size(); i++) {
            if (i != question && i != answer) {
                kept.add(i);
                headers.add(sheet.headers().get(i));
            }
        }
        boolean addId = responseId < 0;
        if (addId) {
            headers.addFirst(RESPONSE_ID);
        }
        Map<String, Integer> questionColumns = new LinkedHashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (CsvLine row : sheet.rows()) {
            String key = byResponse ? row.cell(responseId)
                    : row.cell(participant) + (poll >= 0 && !row.cell(poll).isEmpty() ? ":" + row.cell(poll) : "");
            if (row.cell(byResponse ? responseId : participant).isEmpty()) {
                errors.add(new LineError(row.line(), sheet.headers().get(byResponse ? responseId : participant),
                        "The %s is empty; answers are grouped into responses by it."
                            .formatted(sheet.headers().get(byResponse ? responseId : participant))));
                continue;
            }
            String title = row.cell(question);
            if (title.isEmpty()) {
                errors.add(new LineError(row.line(), sheet.headers().get(question), "The question is empty."));
                continue;
            }
            questionColumns.putIfAbsent(title, -1);
            Group group = groups.computeIfAbsent(key, k -> new Group(k, row));
            CsvLine first = group.answers.putIfAbsent(title, row);
            if (first != null) {
                errors.add(new LineError(row.line(), sheet.headers().get(question),
                        "'%s' is answered twice for %s (first on line %d).".formatted(title, key, first.line())));
            }
        }
        List<String> titles = new ArrayList<>(questionColumns.keySet());
        List<String> own = List.copyOf(headers);
        // A question titled like a column of the export ("Date") gets its own column.
        titles.forEach(t -> headers.add(own.stream().anyMatch(h -> h.equalsIgnoreCase(t)) ? t + " (answer)" : t));
        List<CsvLine> rows = new ArrayList<>();
        Map<CsvLine, int[]> cellLines = new IdentityHashMap<>();
        for (Group group : groups.values()) {
            List<String> cells = new ArrayList<>();
            int[] lines = new int[headers.size()];
            int column = 0;
            if (addId) {
                cells.add(group.key);
                lines[column++] = group.first.line();
            }
            for (int i : kept) {
                cells.add(i == responseId && !byResponse ? group.key : group.first.cell(i));
                lines[column++] = group.first.line();
            }
            for (String title : titles) {
                CsvLine from = group.answers.get(title);
                cells.add(from == null ? "" : from.cell(answer));
                lines[column++] = from == null ? group.first.line() : from.line();
            }
            CsvLine wide = new CsvLine(group.first.line(), cells);
            rows.add(wide);
            cellLines.put(wide, lines);
        }
        String description = "One row per answer: %d answer rows grouped into %d responses by %s."
            .formatted(sheet.rows().size(), rows.size(), by);
        return Optional.of(new Grouped(new CsvSheet(List.copyOf(headers), sheet.extraHeaderRows(), rows, cellLines),
                description, errors));
    }

    private static final class Group {

        private final String key;

        private final CsvLine first;

        private final Map<String, CsvLine> answers = new LinkedHashMap<>();

        Group(String key, CsvLine first) {
            this.key = key;
            this.first = first;
        }

    }

    private static int first(CsvSheet sheet, List<String> names) {
        return names.stream().mapToInt(sheet::column).filter(i -> i >= 0).findFirst().orElse(-1);
    }

    private static boolean repeats(CsvSheet sheet, int column) {
        Set<String> seen = new HashSet<>();
        return sheet.rows().stream().map(r -> r.cell(column)).filter(v -> !v.isEmpty()).anyMatch(v -> !seen.add(v));
    }

}
