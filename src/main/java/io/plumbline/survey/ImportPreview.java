package io.plumbline.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import would store, shown before anything is stored.
 *
 * @param responses the valid responses (new, to update and unchanged)
 * @param rows data rows in the file (responses, after grouping a long layout)
 * @param emptyRows rows without any score or comment: skipped
 * @param alreadyPresent responses already stored with the same answers (unchanged)
 * @param unknownClients client values that match no client of the agency and have no
 * mapping yet
 * @param previousImport when the same file (by SHA-256) was imported before, and by whom
 * @param updated responses already stored whose mapped answers differ: the import updates
 * them
 * @param skipped rows left out on purpose, by reason (Qualtrics previews and spam,
 * unfinished or partial responses), in the order first met
 * @param choiceLabels choice texts read as numbers, per column role (e.g. "Very
 * satisfied" → 5)
 * @param firstRows how the first rows were read (dates and scores as in the file and as
 * understood)
 * @param layout how the rows were grouped into responses (Zigpoll's one row per answer),
 * or null for one row per response
 */
public record ImportPreview(ImportFormat format, String fileSha256, List<String> headers,
        Map<ColumnRole, String> mapping, List<NewResponse> responses, int rows, int emptyRows, int alreadyPresent,
        List<LineError> errors, Set<String> unknownClients, PreviousImport previousImport, int updated,
        Map<String, Integer> skipped, Map<ColumnRole, Map<String, Integer>> choiceLabels, List<ReadRow> firstRows,
        String layout) {

    public record PreviousImport(Instant at, String by) {
    }

    /**
     * One row as read: the file's text and what it became.
     *
     * @param line the physical line of the row
     */
    public record ReadRow(int line, String submittedText, Instant submittedAt, String npsText, Integer nps,
            String csatText, Integer csat, String comment) {
    }

    public int newResponses() {
        return responses.size() - alreadyPresent - updated;
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean importable() {
        return errors.isEmpty();
    }
}
