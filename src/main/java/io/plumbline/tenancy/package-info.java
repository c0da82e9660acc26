/**
 * Agencies (the tenants), their clients and users in six roles: the module owns the
 * tables {@code agency}, {@code client} and {@code app_user}, the admin views and the
 * operator's {@code create-agency} command. Its API is {@code AgencyService},
 * {@code ClientService} and {@code UserService} with their ids and records,
 * {@code CurrentTenant}/{@code Access}/ {@code TenantScope} (the current tenant of a
 * request or task and what it may see), {@code Role}, {@code PasswordPolicy} and
 * {@code TenancyEvent}. Entities, repositories and the transaction manager that binds the
 * tenant to PostgreSQL row-level security live in {@code internal}.
 */
package io.plumbline.tenancy;
