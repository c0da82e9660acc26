/**
 * Contracts, renewals and churn of each client; gross and net revenue retention, logo
 * churn and revenue at risk with their formulas; the contract CSV import. The module owns
 * the table {@code contract} and the retention and contract views. Its API is
 * {@link io.plumbline.retention.RetentionService} with the records it takes and returns
 * and {@code RetentionEvent}; the entity, its repository and the math live in
 * {@code internal}.
 */
package io.plumbline.retention;
