package io.plumbline.sla;

/**
 * A campaign-critical stretch of an SLA with stricter objectives (e.g. a Black-Friday
 * week).
 */
public record CampaignWindow(CampaignWindowId id, SlaId sla, String name, Interval interval, Objectives objectives) {
}
