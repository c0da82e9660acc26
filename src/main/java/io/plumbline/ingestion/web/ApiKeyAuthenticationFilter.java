package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiKeyPrincipal;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.shared.Preparation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Authenticates {@code /api/**} requests by API key ({@code Authorization: Bearer <key>}
 * or {@code X-API-Key}) and applies the key's rate limit. Unknown and revoked keys get
 * the same 401. While the application is still preparing (seeding the demo) every request
 * gets 503 with Retry-After: the key may not exist yet.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeyService keys;

    private final ApiRateLimiter rateLimiter;

    private final ObjectMapper json;

    private final ApplicationAvailability availability;

    ApiKeyAuthenticationFilter(ApiKeyService keys, ApiRateLimiter rateLimiter, ObjectMapper json,
            ApplicationAvailability availability) {
        this.keys = keys;
        this.rateLimiter = rateLimiter;
        this.json = json;
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Preparation> preparation = Preparation.ongoing(availability);
        if (preparation.isPresent()) {
            long seconds = Preparation.RETRY_AFTER.toSeconds();
            response.setHeader("Retry-After", String.valueOf(seconds));
            write(response, 503, "not-ready", "Not ready yet",
                    "%s Retry after %d s.".formatted(preparation.get().message(), seconds));
            return;
        }
        Optional<ApiKeyPrincipal> principal = keys.authenticate(presentedKey(request));
        if (principal.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"plumbline\"");
            write(response, 401, "unauthenticated", "API key required",
                    "Send a valid, unrevoked API key as 'Authorization: Bearer <key>'.");
            return;
        }
        OptionalLong wait = rateLimiter.tryAcquire(principal.get().key());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
            write(response, 429, "rate-limited", "Too many requests",
                    "This API key is over its request rate; retry after %d s.".formatted(wait.getAsLong()));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_API")));
        // A fresh context, not getContext(): a context that another holder strategy hands
        // out may not be the one kept.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return request.getHeader("X-API-Key");
    }

    private void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

}
