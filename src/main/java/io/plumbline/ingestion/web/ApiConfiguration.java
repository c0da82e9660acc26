package io.plumbline.ingestion.web;

import io.plumbline.metrics.MetricsProperties;
import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.shared.DatabaseDialect;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * The machine API under /api: stateless, API-key authenticated, rate limited, no sessions
 * or CSRF.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyService keys, ObjectMapper json,
            ApiRateLimiter rateLimiter, ApplicationAvailability availability, ApiProperties api) throws Exception {
        http.securityMatcher("/api/**");
        http.addFilterBefore(new ApiProblemFilter(json, api.databaseOutageRetryAfter()), DisableEncodeUrlFilter.class);
        http.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("API"));
        http.addFilterBefore(new ApiKeyAuthenticationFilter(keys, rateLimiter, json, availability),
                AnonymousAuthenticationFilter.class);
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * An unknown path under /api answers 404 (a problem detail, by
     * {@link ApiProblemFilter}) instead of reaching Vaadin's catch-all forward. Ordered
     * after the controllers' mapping, which answers 405 and 415 for known paths.
     */
    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> response.sendError(404);
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 10);
    }

    @Bean
    ApiRateLimiter apiRateLimiter(NamedParameterJdbcTemplate jdbc, DatabaseDialect dialect, Clock clock,
            ApiProperties api) {
        return new ApiRateLimiter(jdbc, dialect, clock, api.rateLimit().requestsPerSecond(), api.rateLimit().burst());
    }

    @Bean
    io.swagger.v3.oas.models.OpenAPI plumblineOpenApi() {
        return new io.swagger.v3.oas.models.OpenAPI()
            .info(new io.swagger.v3.oas.models.info.Info().title("Plumbline API")
                .version("v1")
                .description("Push API-call observations and read integration health. Guide: docs/api.md."))
            .components(new io.swagger.v3.oas.models.Components().addSecuritySchemes("apiKey",
                    new io.swagger.v3.oas.models.security.SecurityScheme()
                        .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API key created under API keys in the agency app")))
            .addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("apiKey"));
    }

    @Bean
    ObservationParser observationParser(Clock clock, MetricsProperties metrics) {
        return new ObservationParser(clock, metrics.rawRetention());
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
            DatabaseDialect dialect, ApiProperties api) {
        return new IdempotencyStore(jdbc, transactionManager, clock, dialect.isPostgres(),
                api.idempotency().claimWait());
    }

}
