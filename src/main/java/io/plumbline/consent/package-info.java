/**
 * Consent coverage: owns the tables {@code consent_policy}, {@code consent_contract},
 * {@code consent_vendor_assessment}, {@code consent_daily}, {@code consent_batch},
 * {@code consent_sample_daily} and {@code consent_violation_daily}, the API
 * {@code /api/v1/consent/...} ({@code consent.web}) and the views {@code consent},
 * {@code consent/:clientId} and {@code portal/consent}; docs/consent.md has the model and
 * formulas. Its API is {@link io.plumbline.consent.ConsentService} with the policy,
 * coverage, record, contract and assessment records and
 * {@link io.plumbline.consent.ConsentEvent}; the charts the reports draw are the named
 * interface {@code consent.charts}. The JDBC stores, the tally and the alert condition
 * sources for the consent rule kinds live in {@code consent.internal}.
 */
package io.plumbline.consent;
