package io.plumbline.sla.internal;

import io.plumbline.sla.CampaignDraft;
import io.plumbline.sla.CampaignWindow;
import io.plumbline.sla.CampaignWindowId;
import io.plumbline.sla.Interval;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.SlaDetails;
import io.plumbline.sla.SlaId;
import io.plumbline.tenancy.AgencyId;
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

    private UUID agencyId;

    private UUID clientId;

    private UUID slaId;

    private String name;

    private Instant startsAt;

    private Instant endsAt;

    private double availabilityTarget;

    private Integer p95LatencyMs;

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
