/**
 * The API change log / version registry of each integration: deprecations, version
 * upgrades, fields added or removed, auth changes, with effective dates. Drafts come from
 * people or from schema drift a monitor found; published entries form the client's "What
 * changed" feed and raise {@code DEPRECATION_AHEAD} alerts.
 */
package io.plumbline.changelog;
