package io.plumbline.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a refused sign-in back to the login page with the reason and, for locks, the
 * minutes left.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final Clock clock;

    SignInFailureHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String target = "/login?error=bad-credentials";
        if (exception instanceof SignInRefusal refusal) {
            target = "/login?error=" + refusal.reason().name().toLowerCase().replace('_', '-');
            if (refusal.until() != null && refusal.until().isAfter(clock.instant())) {
                long minutes = Math.max(1, (Duration.between(clock.instant(), refusal.until()).toSeconds() + 59) / 60);
                target += "&minutes=" + minutes;
            }
        }
        response.sendRedirect(request.getContextPath() + target);
    }

}
