package io.plumbline.tenancy;

import io.plumbline.tenancy.internal.AccountProperties;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.Secrets;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.IssuedSecret.Kind;
import io.plumbline.tenancy.TenancyEvent.PasswordChanged;
import io.plumbline.tenancy.TenancyEvent.PasswordReset;
import io.plumbline.tenancy.TenancyEvent.UserCreated;
import io.plumbline.tenancy.TenancyEvent.UserDisabled;
import io.plumbline.tenancy.TenancyEvent.UserEnabled;
import io.plumbline.tenancy.TenancyEvent.UserRoleChanged;
import io.plumbline.tenancy.internal.Client;
import io.plumbline.tenancy.internal.ClientRepository;
import io.plumbline.tenancy.internal.UserAccount;
import io.plumbline.tenancy.internal.UserAccountRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users of the current agency: creation, roles, disabling, passwords, invitations and
 * sign-in records.
 */
@Service
public class UserService {

    private final UserAccountRepository users;

    private final ClientRepository clients;

    private final PasswordEncoder passwordEncoder;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final Duration oneTimePasswordValidity;

    private final Duration inviteValidity;

    private final TransactionTemplate transactions;

    UserService(UserAccountRepository users, ClientRepository clients, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
            AccountProperties accounts) {
        this.users = users;
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.oneTimePasswordValidity = accounts.oneTimePasswordValidity();
        this.inviteValidity = accounts.inviteValidity();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        TenantScope scope = Access.requireAgencyManager();
        Map<UUID, String> clientNames = clients.findByAgencyIdOrderByNameAsc(scope.agency().value())
            .stream()
            .collect(Collectors.toMap(c -> c.id().value(), Client::name));
        return users.findByAgencyIdOrderByEmailAsc(scope.agency().value())
            .stream()
            .map(u -> u.summary(u.clientId() == null ? null : clientNames.get(u.clientId().value())))
            .toList();
    }

    /**
     * The enabled users of one client of the current agency, with their e-mail addresses,
     * for service notices. No role is needed: notices are sent on behalf of the agency,
     * in its scope, and a client scope sees only its own client.
     */
    @Transactional(readOnly = true)
    public Map<UserId, String> enabledClientUsers(ClientId client) {
        TenantScope scope = CurrentTenant.require();
        if (scope.isClientScope() && !scope.client().equals(client)) {
            return Map.of();
        }
        return users.findByAgencyIdOrderByEmailAsc(scope.agency().value())
            .stream()
            .map(u -> u.summary(null))
            .filter(u -> u.enabled() && client.equals(u.client()))
            .collect(Collectors.toMap(UserSummary::id, UserSummary::email, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(UserId id) {
        TenantScope scope = Access.requireAgencyManager();
        return users.findByAgencyIdAndId(scope.agency().value(), id.value()).map(u -> u.summary(clientName(scope, u)));
    }

    @Transactional
    public IssuedSecret createWithOneTimePassword(NewUser request) {
        UserAccount user = create(request, "one-time password");
        return issueOneTimePassword(user);
    }

    /**
     * System work only (demo data): a user with a permanent password chosen by the
     * caller.
     */
    @Transactional
    public UserId createWithPassword(NewUser request, String password) {
        if (CurrentTenant.member().isPresent()) {
            throw new AccessDeniedException("Passwords are chosen by their users");
        }
        PasswordPolicy.check(password, request.email());
        UserAccount user = create(request, "preset password");
        user.setPassword(passwordEncoder.encode(password));
        return user.id();
    }

    @Transactional
    public IssuedSecret createWithInvite(NewUser request) {
        UserAccount user = create(request, "invitation link");
        return issueInvite(user);
    }

    @Transactional
    public IssuedSecret resetWithOneTimePassword(UserId id) {
        TenantScope scope = Access.requireAgencyManager();
        UserAccount user = loadManageable(scope, id);
        events.publishEvent(
                new PasswordReset(scope.agency(), user.clientId(), user.id(), user.email(), "one-time password"));
        return issueOneTimePassword(user);
    }

    @Transactional
    public IssuedSecret resetWithInvite(UserId id) {
        TenantScope scope = Access.requireAgencyManager();
        UserAccount user = loadManageable(scope, id);
        events.publishEvent(
                new PasswordReset(scope.agency(), user.clientId(), user.id(), user.email(), "invitation link"));
        return issueInvite(user);
    }

    @Transactional
    public void changeRole(UserId id, Role newRole) {
        TenantScope scope = Access.requireAgencyManager();
        UserAccount user = loadManageable(scope, id);
        if (newRole.isClientRole() != user.role().isClientRole()) {
            throw new InvalidInputException("role", user.role().isClientRole()
                    ? "A client user can only have a client role." : "An agency user can only have an agency role.");
        }
        requireMayGrant(newRole);
        Role previous = user.role();
        if (previous == newRole) {
            return;
        }
        user.changeRole(newRole);
        events.publishEvent(
                new UserRoleChanged(scope.agency(), user.clientId(), user.id(), user.email(), previous, newRole));
    }

    @Transactional
    public void disable(UserId id) {
        TenantScope scope = Access.requireAgencyManager();
        UserAccount user = loadManageable(scope, id);
        user.setEnabled(false);
        events.publishEvent(new UserDisabled(scope.agency(), user.clientId(), user.id(), user.email()));
    }

    @Transactional
    public void enable(UserId id) {
        TenantScope scope = Access.requireAgencyManager();
        UserAccount user = loadManageable(scope, id);
        user.setEnabled(true);
        user.unlock();
        events.publishEvent(new UserEnabled(scope.agency(), user.clientId(), user.id(), user.email()));
    }

    /**
     * The signed-in user replaces their own password (also the forced change after a
     * one-time password).
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        TenantMember member = CurrentTenant.member().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        UserAccount user = users.findByAgencyIdAndId(member.scope().agency().value(), member.userId().value())
            .orElseThrow(() -> new NotFoundException("No such user"));
        if (user.passwordHash() == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is not correct.");
        }
        if (passwordEncoder.matches(newPassword, user.passwordHash())) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one.");
        }
        PasswordPolicy.check(newPassword, user.email());
        user.setPassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(user.agencyId(), user.clientId(), user.id(), user.email()));
    }

    /** Who an invitation link belongs to, if it is valid. */
    public Optional<String> inviteeEmail(String token) {
        return findInvitee(token).map(SignInAccount::email);
    }

    /** Sets the password of the invited user; the link then stops working. */
    public void redeemInvite(String token, String newPassword) {
        SignInAccount account = findInvitee(token).orElseThrow(() -> new InvalidInputException("token",
                "This invitation link is not valid any more. Ask your administrator for a new one."));
        PasswordPolicy.check(newPassword, account.email());
        String hash = passwordEncoder.encode(newPassword);
        CurrentTenant.runAs(account.scope(), () -> transactions.executeWithoutResult(status -> {
            UserAccount user = load(account.scope(), account.id());
            user.setPassword(hash);
            events.publishEvent(new PasswordChanged(user.agencyId(), user.clientId(), user.id(), user.email()));
        }));
    }

    private Optional<SignInAccount> findInvitee(String token) {
        String hash = Secrets.sha256(token);
        return CurrentTenant.callForInvite(hash,
                () -> transactions.execute(status -> users.findByInviteTokenHash(hash)
                    .filter(u -> u.inviteExpiresAt() != null && u.inviteExpiresAt().isAfter(clock.instant()))
                    .map(UserAccount::signInAccount)));
    }

    // --- sign-in support, called by the security module
    // -------------------------------------------------

    /**
     * Reads the account with this e-mail; the only lookup that precedes knowing the
     * tenant.
     */
    public Optional<SignInAccount> findForSignIn(String email) {
        String normalized = normalizeEmail(email);
        return CurrentTenant.callForSignIn(normalized, () -> transactions
            .execute(status -> users.findByEmailIgnoreCase(normalized).map(UserAccount::signInAccount)));
    }

    /** Runs in the account's tenant (set by the caller). */
    @Transactional
    public void recordSignInSuccess(UserId id) {
        load(CurrentTenant.require(), id).recordSuccess(clock.instant());
    }

    /**
     * Runs in the account's tenant. Failures older than {@code forgetAfter} no longer
     * count.
     * @return the lock's end when this failure locked the account
     */
    @Transactional
    public Optional<Instant> recordSignInFailure(UserId id, int maxAttempts, Duration lockout, Duration forgetAfter) {
        Instant now = clock.instant();
        return load(CurrentTenant.require(), id).recordFailure(maxAttempts, now, lockout, forgetAfter)
                ? Optional.of(now.plus(lockout)) : Optional.empty();
    }

    // --- helpers
    // ------------------------------------------------------------------------------------------

    private UserAccount create(NewUser request, String method) {
        TenantScope scope = Access.requireAgencyManager();
        String email = normalizeEmail(request.email());
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "Enter an e-mail address like name@example.com.");
        }
        if (users.existsByEmailIgnoreCase(email)) {
            throw new InvalidInputException("email", "A user with this e-mail address already exists.");
        }
        if (request.role() == null) {
            throw new InvalidInputException("role", "Choose a role.");
        }
        requireMayGrant(request.role());
        ClientId client = null;
        if (request.role().isClientRole()) {
            if (request.client() == null
                    || clients.findByAgencyIdAndId(scope.agency().value(), request.client().value()).isEmpty()) {
                throw new InvalidInputException("client", "Choose the client this user belongs to.");
            }
            client = request.client();
        }
        String name = request.displayName() == null || request.displayName().isBlank() ? email
                : request.displayName().strip();
        UserAccount user;
        try {
            user = users.saveAndFlush(new UserAccount(new UserId(UUID.randomUUID()), scope.agency(), client, email,
                    name, request.role(), clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            // Row-level security hides other agencies' users from the check above; the
            // unique index does not.
            throw new InvalidInputException("email", "A user with this e-mail address already exists.");
        }
        events.publishEvent(new UserCreated(scope.agency(), client, user.id(), email, request.role(), method));
        return user;
    }

    private IssuedSecret issueOneTimePassword(UserAccount user) {
        String password = Secrets.oneTimePassword();
        Instant expires = clock.instant().plus(oneTimePasswordValidity);
        user.issueOneTimePassword(passwordEncoder.encode(password), expires);
        return new IssuedSecret(user.id(), user.email(), Kind.ONE_TIME_PASSWORD, password, expires);
    }

    private IssuedSecret issueInvite(UserAccount user) {
        String token = Secrets.urlToken();
        Instant expires = clock.instant().plus(inviteValidity);
        user.issueInvite(Secrets.sha256(token), expires);
        return new IssuedSecret(user.id(), user.email(), Kind.INVITE_TOKEN, token, expires);
    }

    /**
     * Admins manage everyone but owners; nobody changes their own access from the user
     * list.
     */
    private UserAccount loadManageable(TenantScope scope, UserId id) {
        UserAccount user = load(scope, id);
        CurrentTenant.member().ifPresent(me -> {
            if (me.userId().equals(id)) {
                throw new AccessDeniedException("You cannot change your own access; ask another owner or admin.");
            }
            if (user.role() == Role.OWNER && me.role() != Role.OWNER) {
                throw new AccessDeniedException("Only an owner can change another owner.");
            }
        });
        return user;
    }

    private static void requireMayGrant(Role role) {
        CurrentTenant.member().ifPresent(me -> {
            if (role == Role.OWNER && me.role() != Role.OWNER) {
                throw new InvalidInputException("role", "Only an owner can make someone an owner.");
            }
        });
    }

    private UserAccount load(TenantScope scope, UserId id) {
        return users.findByAgencyIdAndId(scope.agency().value(), id.value())
            .filter(u -> !scope.isClientScope() || scope.client().equals(u.clientId()))
            .orElseThrow(() -> new NotFoundException("No such user"));
    }

    private String clientName(TenantScope scope, UserAccount user) {
        return user.clientId() == null ? null
                : clients.findByAgencyIdAndId(scope.agency().value(), user.clientId().value())
                    .map(Client::name)
                    .orElse(null);
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

}
