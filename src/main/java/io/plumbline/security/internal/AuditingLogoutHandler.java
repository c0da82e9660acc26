package io.plumbline.security.internal;

import io.plumbline.security.PlumblineUser;
import io.plumbline.security.SecurityEvent.SignedOut;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

@Component
class AuditingLogoutHandler implements LogoutHandler {

    private final ApplicationEventPublisher events;

    AuditingLogoutHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PlumblineUser user) {
            events.publishEvent(new SignedOut(user.scope(), user.userId(), user.email(), request.getRemoteAddr()));
        }
    }

}
