package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiKeyService;
import java.util.Map;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * The OTLP endpoints ({@code /v1/*} and {@code /api/v1/otlp/**}, docs/otlp.md): the
 * machine API's filters (API key, rate limit, database outage) without sessions or CSRF,
 * ahead of the {@code /api/**} chain and never through the login chain; errors answered
 * as {@code google.rpc.Status}.
 */
@Configuration(proxyBeanMethods = false)
class OtlpConfiguration {

    static final String[] PATHS = { "/v1/**", "/api/v1/otlp/**" };

    @Bean
    @Order(-2)
    SecurityFilterChain otlpFilterChain(HttpSecurity http, ApiKeyService keys, ObjectMapper json,
            ApiRateLimiter rateLimiter, ApplicationAvailability availability, ApiProperties api) throws Exception {
        http.securityMatcher(PATHS);
        http.addFilterBefore(new OtlpStatusFilter(json), DisableEncodeUrlFilter.class);
        http.addFilterBefore(new ApiProblemFilter(json, api.databaseOutageRetryAfter()), DisableEncodeUrlFilter.class);
        http.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("API"));
        http.addFilterBefore(new ApiKeyAuthenticationFilter(keys, rateLimiter, json, availability),
                AnonymousAuthenticationFilter.class);
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        return http.build();
    }

    /** An unknown path under /v1 answers 404 instead of reaching Vaadin. */
    @Bean
    SimpleUrlHandlerMapping unknownOtlpPathMapping() {
        HttpRequestHandler notFound = (request, response) -> response.sendError(404);
        return new SimpleUrlHandlerMapping(Map.of("/v1/**", notFound), 10);
    }

}
