package io.plumbline.survey.internal;

import io.plumbline.shared.Secrets;
import io.plumbline.shared.csv.CsvLine;
import io.plumbline.survey.Audience;
import io.plumbline.survey.ColumnRole;
import io.plumbline.survey.ImportFormat;
import io.plumbline.survey.LineError;
import io.plumbline.survey.NewResponse;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the data rows of a sheet into responses, or into errors that name the physical
 * line and the column.
 */
public final class RowInterpreter {

    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private static final Pattern TIME_ZONE = Pattern.compile("\"timeZone\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * What the rows are read against: the agency's clients and the choices of the
     * preview.
     */
    public record Context(AgencyId agency, ImportFormat format, Map<ColumnRole, String> mapping,
            Function<String, Optional<ClientId>> clientByValue, ClientId defaultClient, Audience defaultAudience,
            boolean hashRespondents) {
    }

    public record Result(List<NewResponse> responses, int emptyRows, List<LineError> errors,
            Set<String> unknownClients) {
    }

    private final CsvSheet sheet;

    private final Context context;

    private final Map<ColumnRole, Integer> columns = new HashMap<>();

    private final ZoneId dateZone;

    private final List<LineError> errors = new ArrayList<>();

    private final Set<String> unknownClients = new LinkedHashSet<>();

    public RowInterpreter(CsvSheet sheet, Context context) {
        this.sheet = sheet;
        this.context = context;
        context.mapping().forEach((role, header) -> {
            int column = sheet.column(header);
            if (column < 0) {
                errors.add(new LineError(0, header, "No column named '%s' in the file.".formatted(header)));
            }
            else {
                columns.put(role, column);
            }
        });
        this.dateZone = zoneOfDateColumn();
    }

    public Result interpret() {
        if (context.format() != ImportFormat.GENERIC && !columns.containsKey(ColumnRole.RESPONSE_ID)) {
            errors.add(new LineError(0, null, "Choose the column that holds the response id."));
        }
        if (!columns.containsKey(ColumnRole.SUBMITTED_AT)) {
            errors.add(new LineError(0, null, "Choose the column that holds when the response was submitted."));
        }
        if (!columns.containsKey(ColumnRole.NPS) && !columns.containsKey(ColumnRole.CSAT)
                && !columns.containsKey(ColumnRole.COMMENT)) {
            errors.add(
                    new LineError(0, null, "Choose at least one column with an NPS score, a CSAT score or a comment."));
        }
        if (!columns.containsKey(ColumnRole.CLIENT) && context.defaultClient() == null) {
            errors.add(new LineError(0, null, "Choose the client column, or the one client all responses belong to."));
        }
        List<NewResponse> responses = new ArrayList<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        int empty = 0;
        if (!errors.isEmpty()) {
            return new Result(responses, 0, List.copyOf(errors), unknownClients);
        }
        for (CsvLine row : sheet.rows()) {
            int before = errors.size();
            NewResponse response = read(row);
            if (errors.size() > before) {
                continue;
            }
            if (response.isEmpty()) {
                empty++;
                continue;
            }
            Integer first = firstLineOfId.putIfAbsent(response.externalId(), row.line());
            if (first != null) {
                errors.add(new LineError(row.line(), header(ColumnRole.RESPONSE_ID),
                        "Response id '%s' appears again (first on line %d).".formatted(response.externalId(), first)));
                continue;
            }
            responses.add(response);
        }
        return new Result(responses, empty, List.copyOf(errors), unknownClients);
    }

    private NewResponse read(CsvLine row) {
        String id = columns.containsKey(ColumnRole.RESPONSE_ID) ? cell(row, ColumnRole.RESPONSE_ID)
                : Secrets.sha256(String.join("\u001f", row.cells()));
        if (id.isEmpty()) {
            error(row, ColumnRole.RESPONSE_ID, "The response id is empty.");
        }
        else if (id.length() > 200) {
            error(row, ColumnRole.RESPONSE_ID, "The response id is longer than 200 characters.");
        }
        Instant submitted = submittedAt(row);
        ClientId client = client(row);
        Audience audience = audience(row);
        Integer nps = score(row, ColumnRole.NPS, 0, 10);
        Integer csat = score(row, ColumnRole.CSAT, 1, 5);
        String comment = columns.containsKey(ColumnRole.COMMENT) ? cell(row, ColumnRole.COMMENT) : "";
        if (comment.length() > NewResponse.MAX_COMMENT) {
            error(row, ColumnRole.COMMENT,
                    "The comment is longer than %d characters.".formatted(NewResponse.MAX_COMMENT));
        }
        String respondent = columns.containsKey(ColumnRole.RESPONDENT) && context.hashRespondents()
                && !cell(row, ColumnRole.RESPONDENT).isEmpty()
                        ? Secrets.sha256(context.agency() + ":respondent:"
                                + cell(row, ColumnRole.RESPONDENT).toLowerCase(Locale.ROOT))
                        : null;
        return new NewResponse(context.format().source(), id, client, audience, submitted, nps, csat,
                comment.isEmpty() ? null : comment, respondent);
    }

    private Instant submittedAt(CsvLine row) {
        String value = cell(row, ColumnRole.SUBMITTED_AT);
        if (value.isEmpty()) {
            error(row, ColumnRole.SUBMITTED_AT, "The date is empty.");
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        }
        catch (DateTimeParseException notWithOffset) {
            for (DateTimeFormatter format : LOCAL_FORMATS) {
                try {
                    return LocalDateTime.parse(value, format).atZone(dateZone).toInstant();
                }
                catch (DateTimeParseException tryNext) {
                    // the next pattern may fit
                }
            }
            try {
                return LocalDate.parse(value).atStartOfDay(dateZone).toInstant();
            }
            catch (DateTimeParseException e) {
                error(row, ColumnRole.SUBMITTED_AT,
                        "'%s' is not a date; use e.g. 2026-10-14 09:32:11 or 2026-10-14T09:32:11Z.".formatted(value));
                return null;
            }
        }
    }

    private ClientId client(CsvLine row) {
        String value = columns.containsKey(ColumnRole.CLIENT) ? cell(row, ColumnRole.CLIENT) : "";
        if (value.isEmpty()) {
            if (context.defaultClient() == null) {
                error(row, ColumnRole.CLIENT, "The client is empty; choose a client for rows without one.");
            }
            return context.defaultClient();
        }
        Optional<ClientId> client = context.clientByValue().apply(value);
        if (client.isEmpty()) {
            unknownClients.add(value);
            error(row, ColumnRole.CLIENT,
                    "'%s' is not a client of this agency; map it to a client above.".formatted(value));
        }
        return client.orElse(null);
    }

    private Audience audience(CsvLine row) {
        String value = columns.containsKey(ColumnRole.AUDIENCE) ? cell(row, ColumnRole.AUDIENCE) : "";
        if (value.isEmpty()) {
            return context.defaultAudience() == null ? Audience.CLIENT : context.defaultAudience();
        }
        return Audience.parse(value).orElseGet(() -> {
            error(row, ColumnRole.AUDIENCE, "'%s' is neither 'client' nor 'internal'.".formatted(value));
            return null;
        });
    }

    private Integer score(CsvLine row, ColumnRole role, int min, int max) {
        String value = columns.containsKey(role) ? cell(row, role) : "";
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.stripTrailingZeros().scale() > 0 || number.intValue() < min || number.intValue() > max) {
                error(row, role, "%s is not a whole number from %d to %d.".formatted(value, min, max));
                return null;
            }
            return number.intValue();
        }
        catch (NumberFormatException e) {
            error(row, role, "'%s' is not a number from %d to %d (export numeric values, not labels).".formatted(value,
                    min, max));
            return null;
        }
    }

    /**
     * Qualtrics states each date column's zone in its ImportId JSON; the other tools
     * export UTC.
     */
    private ZoneId zoneOfDateColumn() {
        Integer column = columns.get(ColumnRole.SUBMITTED_AT);
        if (context.format() == ImportFormat.QUALTRICS && column != null) {
            Matcher matcher = TIME_ZONE.matcher(sheet.extraHeader(1, column));
            if (matcher.find()) {
                try {
                    return ZoneId.of(matcher.group(1));
                }
                catch (DateTimeException e) {
                    errors.add(new LineError(3, header(ColumnRole.SUBMITTED_AT),
                            "Unknown time zone '%s'.".formatted(matcher.group(1))));
                }
            }
        }
        return ZoneOffset.UTC;
    }

    private String cell(CsvLine row, ColumnRole role) {
        return row.cell(columns.get(role));
    }

    private String header(ColumnRole role) {
        Integer column = columns.get(role);
        return column == null ? null : sheet.headers().get(column);
    }

    private void error(CsvLine row, ColumnRole role, String message) {
        errors.add(new LineError(row.line(), header(role), message));
    }

}
