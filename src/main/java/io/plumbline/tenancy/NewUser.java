package io.plumbline.tenancy;

/** An admin's request for a new user; {@code client} is set exactly for client roles. */
public record NewUser(String email, String displayName, Role role, ClientId client) {
}
