package io.plumbline.survey.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Survey webhooks are authenticated by their HMAC signature in the controller, not by an
 * API key or a session: this chain, ahead of the API-key chain for {@code /api/**}, lets
 * them through without CSRF, sessions or saved requests.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecurityConfiguration {

    @Bean
    @Order(-1)
    SecurityFilterChain surveyWebhookFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/surveys/webhooks/**");
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        return http.build();
    }

}
