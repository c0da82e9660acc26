package io.plumbline.sla.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.sla.EvaluationWindow;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaDraft;
import io.plumbline.sla.SlaId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "sla")
public class Sla {

    @Id
    private UUID id;

    private UUID agencyId;

    private UUID clientId;

    private UUID integrationId;

    private String name;

    private double availabilityTarget;

    private Integer p95LatencyMs;

    private Double maxDailyErrorRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_window")
    private EvaluationWindow window;

    private Instant createdAt;

    protected Sla() {
    }

    public Sla(SlaId id, AgencyId agency, SlaDraft draft, Instant createdAt) {
        this.id = id.value();
        this.agencyId = agency.value();
        this.createdAt = createdAt;
        apply(draft);
    }

    public void apply(SlaDraft draft) {
        this.clientId = draft.client().value();
        this.integrationId = draft.integration() == null ? null : draft.integration().value();
        this.name = draft.name().strip();
        this.availabilityTarget = draft.objectives().availabilityPercent();
        this.p95LatencyMs = draft.objectives().p95LatencyMs();
        this.maxDailyErrorRate = draft.objectives().maxDailyErrorRatePercent();
        this.window = draft.window();
    }

    public SlaDetails details() {
        return new SlaDetails(new SlaId(id), new ClientId(clientId),
                integrationId == null ? null : new IntegrationId(integrationId), name,
                new Objectives(availabilityTarget, p95LatencyMs, maxDailyErrorRate), window, createdAt);
    }

}
