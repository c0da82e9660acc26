package io.plumbline.notices.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Feeds and unsubscribe links are authorised by the secret token in their address, not by
 * a session: this chain lets GET requests to {@code /feeds/**} and GET and POST requests
 * to {@code /unsubscribe/**} through without sessions, CSRF or saved requests.
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurityConfiguration {

    @Bean
    @Order(-4)
    SecurityFilterChain feedFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/feeds/**", "/unsubscribe/**");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/feeds/*")
            .permitAll()
            // the unsubscribe token is the authority (one-click POST from mail
            // clients, RFC 8058)
            .requestMatchers("/unsubscribe/*")
            .permitAll()
            .anyRequest()
            .denyAll());
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        return http.build();
    }

}
