/**
 * Consent coverage: the share of records flowing through each integration that carry the
 * consent metadata the client's policy requires, per field, day and source; payload
 * contracts; vendor assessments; the consent alert rule kinds. docs/consent.md has the
 * model and formulas.
 */
package io.plumbline.consent;
