/**
 * Contracts, renewals and churn of each client; gross and net revenue retention, logo
 * churn and revenue at risk with their formulas; the contract CSV import.
 */
package io.plumbline.retention;
