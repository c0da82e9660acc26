package io.plumbline.survey;

import java.time.Instant;

/** A past import, for the import page's history. */
public record ImportRecord(ResponseSource source, String fileName, String importedBy, Instant importedAt, int rows,
        int added, int alreadyPresent, int updated) {
}
