/**
 * Vendor status, "is it us or them?" (docs/vendor-status.md): per integration the
 * provider's Atlassian Statuspage page (and optionally one of its components), polled by
 * the db-scheduler task {@code vendor-status-poll}; provider incidents, their updates and
 * component status stored per agency; overlaps of those with an agency's alerts,
 * incidents and failures. Owns the {@code vendor_status_*} tables and the view
 * {@code provider-status}. Its API is
 * {@link io.plumbline.vendorstatus.VendorStatusService} with the records it returns; the
 * poller, its HTTP client, the Statuspage parser and the store live in {@code internal}.
 */
package io.plumbline.vendorstatus;
