package io.plumbline.consent.internal;

import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentPolicy;
import io.plumbline.consent.VendorAssessment;
import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Policies, edited contracts and vendor assessments: small rows, replaced whole on every
 * change.
 */
@Repository
public class ConsentSettingsStore {

    private final JdbcTemplate jdbc;

    ConsentSettingsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<ClientId, ConsentPolicy> policies(AgencyId agency) {
        return jdbc
            .query("SELECT client_id, required_fields, coverage_target, max_age_days FROM consent_policy "
                    + "WHERE agency_id = ?",
                    (rs, n) -> new ConsentPolicy(new ClientId(rs.getObject(1, UUID.class)), fields(rs.getString(2)),
                            rs.getDouble(3), rs.getInt(4), false),
                    agency.value())
            .stream()
            .collect(Collectors.toMap(ConsentPolicy::client, p -> p));
    }

    public void savePolicy(AgencyId agency, ConsentPolicy policy, Instant now) {
        String fields = policy.required().stream().map(Enum::name).collect(Collectors.joining(","));
        int updated = jdbc.update(
                "UPDATE consent_policy SET required_fields = ?, coverage_target = ?, max_age_days = ?, "
                        + "updated_at = ? WHERE agency_id = ? AND client_id = ?",
                fields, policy.targetPercent(), policy.maxAgeDays(), now.atOffset(ZoneOffset.UTC), agency.value(),
                policy.client().value());
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO consent_policy (client_id, agency_id, required_fields, coverage_target, max_age_days, "
                            + "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    policy.client().value(), agency.value(), fields, policy.targetPercent(), policy.maxAgeDays(),
                    now.atOffset(ZoneOffset.UTC));
        }
    }

    public Optional<String> contract(AgencyId agency, IntegrationId integration) {
        return jdbc
            .queryForList("SELECT json_schema FROM consent_contract WHERE agency_id = ? AND integration_id = ?",
                    String.class, agency.value(), integration.value())
            .stream()
            .findFirst();
    }

    public void saveContract(AgencyId agency, ClientId client, IntegrationId integration, String schema, Instant now) {
        deleteContract(agency, integration);
        jdbc.update(
                "INSERT INTO consent_contract (integration_id, agency_id, client_id, json_schema, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?)",
                integration.value(), agency.value(), client.value(), schema, now.atOffset(ZoneOffset.UTC));
    }

    public void deleteContract(AgencyId agency, IntegrationId integration) {
        jdbc.update("DELETE FROM consent_contract WHERE agency_id = ? AND integration_id = ?", agency.value(),
                integration.value());
    }

    public List<VendorAssessment> assessments(AgencyId agency, ClientId client) {
        return jdbc.query(
                "SELECT integration_id, dpa_signed, consent_fields_supported, data_region, last_reviewed "
                        + "FROM consent_vendor_assessment WHERE agency_id = ? AND client_id = ?",
                (rs, n) -> new VendorAssessment(new IntegrationId(rs.getObject(1, UUID.class)), rs.getBoolean(2),
                        rs.getBoolean(3), rs.getString(4), rs.getObject(5, LocalDate.class)),
                agency.value(), client.value());
    }

    public void saveAssessment(AgencyId agency, ClientId client, VendorAssessment assessment, Instant now) {
        jdbc.update("DELETE FROM consent_vendor_assessment WHERE agency_id = ? AND integration_id = ?", agency.value(),
                assessment.integration().value());
        jdbc.update("INSERT INTO consent_vendor_assessment (integration_id, agency_id, client_id, dpa_signed, "
                + "consent_fields_supported, data_region, last_reviewed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                assessment.integration().value(), agency.value(), client.value(), assessment.dpaSigned(),
                assessment.consentFieldsSupported(), assessment.dataRegion(), assessment.lastReviewed(),
                now.atOffset(ZoneOffset.UTC));
    }

    private static EnumSet<ConsentField> fields(String text) {
        EnumSet<ConsentField> fields = EnumSet.noneOf(ConsentField.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(ConsentField::valueOf).forEach(fields::add);
        return fields;
    }

}
