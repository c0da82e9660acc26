/**
 * Reliability ↔ retention: per-client signals from SLAs, consent, incidents, satisfaction
 * and contracts side by side, rank correlations across clients and the at-risk score.
 */
package io.plumbline.insight;
