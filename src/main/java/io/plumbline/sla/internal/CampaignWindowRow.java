package io.plumbline.sla.internal;

import io.plumbline.sla.CampaignDraft;
import io.plumbline.sla.CampaignWindow;
import io.plumbline.sla.CampaignWindowId;
import io.plumbline.sla.Interval;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaId;
import io.plumbline.tenancy.AgencyId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "sla_campaign_window")
public class CampaignWindowRow {

    @Id
    private UUID id;

    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "sla_id")
    private UUID slaId;

    private String name;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "availability_target")
    private double availabilityTarget;

    @Column(name = "p95_latency_ms")
    private Integer p95LatencyMs;

    @Column(name = "max_daily_error_rate")
    private Double maxDailyErrorRate;

    protected CampaignWindowRow() {
    }

    public CampaignWindowRow(CampaignWindowId id, AgencyId agency, SlaDetails sla, CampaignDraft draft) {
        this.id = id.value();
        this.agencyId = agency.value();
        this.clientId = sla.client().value();
        this.slaId = sla.id().value();
        this.name = draft.name().strip();
        this.startsAt = draft.start();
        this.endsAt = draft.end();
        this.availabilityTarget = draft.objectives().availabilityPercent();
        this.p95LatencyMs = draft.objectives().p95LatencyMs();
        this.maxDailyErrorRate = draft.objectives().maxDailyErrorRatePercent();
    }

    public CampaignWindow details() {
        return new CampaignWindow(new CampaignWindowId(id), new SlaId(slaId), name, new Interval(startsAt, endsAt),
                new Objectives(availabilityTarget, p95LatencyMs, maxDailyErrorRate));
    }

}
