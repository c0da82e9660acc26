package io.plumbline.survey.internal;

import io.plumbline.survey.ColumnRole;
import io.plumbline.survey.ImportFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the columns of an export: the tool's own id and date columns by name, the
 * client and audience by a hidden field / embedded data / metadata column named "client"
 * and "audience", and the questions by their text (Qualtrics: the question row under the
 * Q1… names). The preview shows the result and lets the user change it.
 */
public final class ColumnGuesser {

    private static final Pattern NPS = Pattern.compile("(?i)recommend|\\bnps\\b|nps_score|likely");

    private static final Pattern CSAT = Pattern.compile("(?i)satisf|csat");

    /** Titles that say "comment" outright win over the softer ones. */
    private static final Pattern COMMENT = Pattern.compile("(?i)comment|why|feedback");

    private static final Pattern COMMENT_SOFT = Pattern.compile("(?i)anything|better|tell us|improve|suggest");

    // Qualtrics adds derived columns next to an NPS question; they are not answers.
    private static final Pattern DERIVED = Pattern.compile("(?i)_NPS_GROUP$|_DO$");

    private ColumnGuesser() {
    }

    public static Map<ColumnRole, String> guess(CsvSheet sheet, ImportFormat format) {
        Map<ColumnRole, String> mapping = new EnumMap<>(ColumnRole.class);
        byName(sheet, format.responseIdColumn(), "response id", "response_id", "id")
            .ifPresent(h -> mapping.put(ColumnRole.RESPONSE_ID, h));
        byName(sheet, format.submittedAtColumn(), "submitted at", "submitted_at", "date", "submitted")
            .ifPresent(h -> mapping.put(ColumnRole.SUBMITTED_AT, h));
        field(sheet, "client").ifPresent(h -> mapping.put(ColumnRole.CLIENT, h));
        field(sheet, "audience").ifPresent(h -> mapping.put(ColumnRole.AUDIENCE, h));
        if (format == ImportFormat.GENERIC) {
            byName(sheet, "nps", "nps_score").ifPresent(h -> mapping.put(ColumnRole.NPS, h));
            byName(sheet, "csat", "csat_score").ifPresent(h -> mapping.put(ColumnRole.CSAT, h));
            byName(sheet, "comment").ifPresent(h -> mapping.put(ColumnRole.COMMENT, h));
            byName(sheet, "respondent").ifPresent(h -> mapping.put(ColumnRole.RESPONDENT, h));
            return mapping;
        }
        question(sheet, format, NPS, mapping).ifPresent(h -> mapping.put(ColumnRole.NPS, h));
        question(sheet, format, CSAT, mapping).ifPresent(h -> mapping.put(ColumnRole.CSAT, h));
        question(sheet, format, COMMENT, mapping).or(() -> question(sheet, format, COMMENT_SOFT, mapping))
            .ifPresent(h -> mapping.put(ColumnRole.COMMENT, h));
        return mapping;
    }

    /**
     * The question text of a column: Qualtrics keeps it in the row under the names, the
     * others in the name.
     */
    public static String questionText(CsvSheet sheet, ImportFormat format, int column) {
        if (format == ImportFormat.QUALTRICS) {
            String text = sheet.extraHeader(0, column);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return sheet.headers().get(column);
    }

    private static Optional<String> byName(CsvSheet sheet, String... names) {
        for (String name : names) {
            int column = sheet.column(name);
            if (column >= 0) {
                return Optional.of(sheet.headers().get(column));
            }
        }
        return Optional.empty();
    }

    /** "client", "hidden: client", "metadata.client", "Metadata - client"… */
    private static Optional<String> field(CsvSheet sheet, String name) {
        Pattern pattern = Pattern.compile("(?i)^(.*[^a-z])?" + name + "$");
        return sheet.headers().stream().filter(h -> pattern.matcher(h).find()).findFirst();
    }

    private static Optional<String> question(CsvSheet sheet, ImportFormat format, Pattern pattern,
            Map<ColumnRole, String> taken) {
        List<String> headers = sheet.headers();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (taken.containsValue(header) || DERIVED.matcher(header).find()) {
                continue;
            }
            if (pattern.matcher(questionText(sheet, format, i)).find()) {
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }

}
