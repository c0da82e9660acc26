/**
 * The integration registry of each client: provider, base URL, API version, auth type,
 * credential expiry and scopes, rate-limit quota, criticality and owner.
 */
package io.plumbline.integration;
