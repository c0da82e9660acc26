package io.plumbline.security;

import io.plumbline.tenancy.Role;
import io.plumbline.tenancy.TenantMember;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserId;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: identity, role and tenant. Holds no password. */
public record PlumblineUser(UserId userId, String email, String displayName, Role role, TenantScope scope,
        boolean mustChangePassword) implements UserDetails, TenantMember, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    public PlumblineUser withPasswordChanged() {
        return new PlumblineUser(userId, email, displayName, role, scope, false);
    }
}
