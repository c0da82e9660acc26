package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiKeyService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.ObjectMapper;

/** The machine API under /api: stateless, API-key authenticated, rate limited, no sessions or CSRF. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyService keys, ObjectMapper json,
            ApplicationAvailability availability,
            @Value("${plumbline.api.rate-limit.requests-per-second:50}") long requestsPerSecond,
            @Value("${plumbline.api.rate-limit.burst:100}") long burst) throws Exception {
        http.securityMatcher("/api/**");
        http.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("API"));
        http.addFilterBefore(new ApiKeyAuthenticationFilter(keys, new ApiRateLimiter(requestsPerSecond, burst), json,
                availability),
                AnonymousAuthenticationFilter.class);
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    io.swagger.v3.oas.models.OpenAPI plumblineOpenApi() {
        return new io.swagger.v3.oas.models.OpenAPI()
                .info(new io.swagger.v3.oas.models.info.Info().title("Plumbline API").version("v1")
                        .description("Push API-call observations and read integration health. Guide: docs/api.md."))
                .components(new io.swagger.v3.oas.models.Components().addSecuritySchemes("apiKey",
                        new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API key created under API keys in the agency app")))
                .addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("apiKey"));
    }

    @Bean
    ObservationParser observationParser(Clock clock, @Value("${plumbline.metrics.raw-retention:30d}") Duration maxAge) {
        return new ObservationParser(clock, maxAge);
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        return new IdempotencyStore(jdbc, transactionManager, clock);
    }
}
