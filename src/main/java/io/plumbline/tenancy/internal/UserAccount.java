package io.plumbline.tenancy.internal;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.SignInAccount;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserId;
import io.plumbline.tenancy.UserSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    private UUID id;

    private UUID agencyId;

    private UUID clientId;

    private String email;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String passwordHash;

    private boolean mustChangePassword;

    private Instant passwordExpiresAt;

    private String inviteTokenHash;

    private Instant inviteExpiresAt;

    private boolean enabled;

    private int failedAttempts;

    private Instant lockedUntil;

    private Instant lastFailedAt;

    private Instant lastLoginAt;

    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(UserId id, AgencyId agency, ClientId client, String email, String displayName, Role role,
            Instant createdAt) {
        this.id = id.value();
        this.agencyId = agency.value();
        this.clientId = client == null ? null : client.value();
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /**
     * A password the user must replace at first sign-in, valid until {@code expiresAt}.
     */
    public void issueOneTimePassword(String hash, Instant expiresAt) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.passwordExpiresAt = expiresAt;
        this.inviteTokenHash = null;
        this.inviteExpiresAt = null;
        unlock();
    }

    public void issueInvite(String tokenHash, Instant expiresAt) {
        this.passwordHash = null;
        this.mustChangePassword = false;
        this.passwordExpiresAt = null;
        this.inviteTokenHash = tokenHash;
        this.inviteExpiresAt = expiresAt;
        unlock();
    }

    public void setPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
        this.passwordExpiresAt = null;
        this.inviteTokenHash = null;
        this.inviteExpiresAt = null;
    }

    public void recordSuccess(Instant at) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.lastLoginAt = at;
    }

    /**
     * Failures older than {@code forgetAfter} no longer count. Sign-in answers unknown
     * e-mails by the same rule (security.internal.UnknownEmailLock): keep the two alike.
     * @return true when this failure locked the account
     */
    public boolean recordFailure(int maxAttempts, Instant now, Duration lockout, Duration forgetAfter) {
        if (lastFailedAt != null && !lastFailedAt.isAfter(now.minus(forgetAfter))) {
            failedAttempts = 0;
        }
        lastFailedAt = now;
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public UserId id() {
        return new UserId(id);
    }

    public AgencyId agencyId() {
        return new AgencyId(agencyId);
    }

    public ClientId clientId() {
        return clientId == null ? null : new ClientId(clientId);
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant inviteExpiresAt() {
        return inviteExpiresAt;
    }

    TenantScope scope() {
        return new TenantScope(agencyId(), clientId());
    }

    public UserSummary summary(String clientName) {
        return new UserSummary(id(), email, displayName, role, clientId(), clientName, enabled, mustChangePassword,
                inviteTokenHash != null, lockedUntil, lastLoginAt, createdAt);
    }

    public SignInAccount signInAccount() {
        return new SignInAccount(id(), scope(), email, displayName, role, passwordHash, enabled, mustChangePassword,
                passwordExpiresAt, lockedUntil);
    }

}
