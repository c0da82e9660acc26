/**
 * The API change log / version registry of each integration: owns the table
 * {@code change_entry} (deprecations, version upgrades, fields added or removed, auth
 * changes, with effective dates) and the views {@code changes} and
 * {@code portal/changes}. Its API is {@link io.plumbline.changelog.ChangeLogService} with
 * its records, kinds and {@link io.plumbline.changelog.ChangeLogEvent}. The entity, its
 * repository, the listener that drafts entries from a monitor's
 * {@code SchemaDriftDetected} and the {@code DEPRECATION_AHEAD} alert condition source
 * live in {@code changelog.internal}.
 */
package io.plumbline.changelog;
