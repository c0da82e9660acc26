/**
 * Reliability ↔ retention: owns no table; per-client signals from SLAs, consent,
 * incidents, satisfaction and contracts side by side, rank correlations across clients,
 * the at-risk score and the view {@code insight} with its CSV export. Its API is
 * {@link io.plumbline.insight.InsightService} with its records; the charts and the text
 * formats the reports use are the named interfaces {@code insight.charts} and
 * {@code insight.format}, the math and the CSV live in {@code insight.internal}.
 */
package io.plumbline.insight;
