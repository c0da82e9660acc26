package io.plumbline.sla;

import java.time.Instant;

public record CampaignDraft(String name, Instant start, Instant end, Objectives objectives) {
}
