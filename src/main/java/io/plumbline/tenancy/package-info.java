/**
 * Agencies (the tenants), their clients and users in six roles, the current tenant of a
 * request or task, and the transaction manager that binds it to PostgreSQL row-level
 * security; the operator's {@code create-agency} command.
 */
package io.plumbline.tenancy;
