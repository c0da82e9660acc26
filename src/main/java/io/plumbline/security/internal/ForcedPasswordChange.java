package io.plumbline.security.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.plumbline.security.PlumblineUser;
import io.plumbline.security.ui.ChangePasswordView;
import io.plumbline.security.ui.LoginView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a one-time password sees nothing but the password change until
 * they choose one.
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::redirectIfRequired));
    }

    private void redirectIfRequired(BeforeEnterEvent event) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean mustChange = authentication != null && authentication.getPrincipal() instanceof PlumblineUser user
                && user.mustChangePassword();
        Class<?> target = event.getNavigationTarget();
        if (mustChange && target != ChangePasswordView.class && target != LoginView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

}
