package io.plumbline.security.internal;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import io.plumbline.security.PlumblineUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * Agency users land in the agency app, client users in their portal; someone holding a
 * one-time password goes to the password change first.
 */
@Component
class RoleLandingSuccessHandler extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof PlumblineUser user) {
            if (user.mustChangePassword() || user.role().isClientRole()) {
                // A page asked for before signing in is not where these users should go
                // first.
                requestCache.removeRequest(request, response);
            }
            setDefaultTargetUrl(
                    user.mustChangePassword() ? "/change-password" : user.role().isClientRole() ? "/portal" : "/");
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

}
