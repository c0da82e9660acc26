package io.plumbline.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import would store, shown before anything is stored.
 *
 * @param responses the valid responses (new and already present)
 * @param rows data rows in the file
 * @param emptyRows rows without any score or comment (e.g. unfinished Qualtrics
 * responses): skipped
 * @param unknownClients client values that match no client of the agency and have no
 * mapping yet
 * @param previousImport when the same file (by SHA-256) was imported before, and by whom
 */
public record ImportPreview(ImportFormat format, String fileSha256, List<String> headers,
        Map<ColumnRole, String> mapping, List<NewResponse> responses, int rows, int emptyRows, int alreadyPresent,
        List<LineError> errors, Set<String> unknownClients, PreviousImport previousImport) {

    public record PreviousImport(Instant at, String by) {
    }

    public int newResponses() {
        return responses.size() - alreadyPresent;
    }

    public boolean importable() {
        return errors.isEmpty();
    }
}
