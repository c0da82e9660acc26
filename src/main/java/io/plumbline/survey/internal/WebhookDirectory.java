package io.plumbline.survey.internal;

import io.plumbline.survey.WebhookKind;
import io.plumbline.tenancy.AgencyId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which agency owns a webhook endpoint token, asked before any tenant is known. On
 * PostgreSQL row-level security hides every row then, so a narrow SECURITY DEFINER
 * function answers with the agency id only (postgresql/V11_1); H2 has no row-level
 * security and is asked directly.
 */
public final class WebhookDirectory {

    private final JdbcTemplate jdbc;

    private final boolean postgres;

    public WebhookDirectory(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    public Optional<AgencyId> agencyOf(WebhookKind kind, String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        String sql = postgres ? "SELECT plumbline_survey_webhook_agency(?, ?)"
                : "SELECT agency_id FROM survey_webhook WHERE endpoint_token = ? AND kind = ?";
        List<UUID> found = jdbc.queryForList(sql, UUID.class, token, kind.name());
        return found.stream().filter(Objects::nonNull).findFirst().map(AgencyId::new);
    }

}
