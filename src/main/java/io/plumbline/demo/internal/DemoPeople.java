package io.plumbline.demo.internal;

import io.plumbline.security.PlumblineUser;
import io.plumbline.tenancy.SignInAccount;
import io.plumbline.tenancy.UserService;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets a demo story act as one of the demo accounts, so timelines and the audit log name
 * real people.
 */
@Component
class DemoPeople {

    private final UserService users;

    DemoPeople(UserService users) {
        this.users = users;
    }

    <T> T as(String email, Supplier<T> work) {
        SignInAccount account = users.findForSignIn(email).orElseThrow();
        PlumblineUser user = new PlumblineUser(account.id(), account.email(), account.displayName(), account.role(),
                account.scope(), false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

}
