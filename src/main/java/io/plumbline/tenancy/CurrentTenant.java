package io.plumbline.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who the current unit of work acts for. Normally the signed-in user; background work and
 * operator commands name their tenant explicitly with {@link #callAs}. The transaction
 * manager hands the same scope to PostgreSQL row-level security at the start of every
 * transaction.
 */
public final class CurrentTenant {

    private static final ScopedValue<TenantScope> EXPLICIT = ScopedValue.newInstance();

    private static final ScopedValue<String> SIGN_IN_EMAIL = ScopedValue.newInstance();

    private static final ScopedValue<String> INVITE_HASH = ScopedValue.newInstance();

    private static final ScopedValue<String> API_KEY_HASH = ScopedValue.newInstance();

    private CurrentTenant() {
    }

    public static Optional<TenantScope> scope() {
        if (EXPLICIT.isBound()) {
            return Optional.of(EXPLICIT.get());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantBound bound) {
            return Optional.of(bound.scope());
        }
        return Optional.empty();
    }

    /** True inside {@link #callAs}: background work that named its tenant itself. */
    public static boolean isExplicit() {
        return EXPLICIT.isBound();
    }

    public static TenantScope require() {
        return scope().orElseThrow(() -> new AccessDeniedException("No tenant is set for this operation"));
    }

    public static Optional<TenantMember> member() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantMember member) {
            return Optional.of(member);
        }
        return Optional.empty();
    }

    public static <T> T callAs(TenantScope scope, Supplier<T> work) {
        return ScopedValue.where(EXPLICIT, scope).call(work::get);
    }

    public static void runAs(TenantScope scope, Runnable work) {
        ScopedValue.where(EXPLICIT, scope).run(work);
    }

    /** Lets sign-in read the one user row with this e-mail before the tenant is known. */
    public static <T> T callForSignIn(String normalizedEmail, Supplier<T> work) {
        return ScopedValue.where(SIGN_IN_EMAIL, normalizedEmail).call(work::get);
    }

    /** Lets an invitation be redeemed: reads the one user row with this token hash. */
    public static <T> T callForInvite(String tokenHash, Supplier<T> work) {
        return ScopedValue.where(INVITE_HASH, tokenHash).call(work::get);
    }

    /** Lets API authentication read the one key row with this hash. */
    public static <T> T callForApiKey(String keyHash, Supplier<T> work) {
        return ScopedValue.where(API_KEY_HASH, keyHash).call(work::get);
    }

    public static Optional<String> apiKeyHash() {
        return API_KEY_HASH.isBound() ? Optional.of(API_KEY_HASH.get()) : Optional.empty();
    }

    public static Optional<String> signInEmail() {
        return SIGN_IN_EMAIL.isBound() ? Optional.of(SIGN_IN_EMAIL.get()) : Optional.empty();
    }

    public static Optional<String> inviteHash() {
        return INVITE_HASH.isBound() ? Optional.of(INVITE_HASH.get()) : Optional.empty();
    }

}
