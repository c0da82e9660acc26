package io.plumbline.status.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public status page and its stylesheet need no sign-in: this chain, ahead of the
 * application's, lets them through without sessions, CSRF or saved requests, with a
 * strict content security policy (no script at all) and no referrer, so the token in the
 * address never leaves the page.
 */
@Configuration(proxyBeanMethods = false)
class PublicStatusSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    @Order(-3)
    SecurityFilterChain publicStatusFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/status/**", "/status.css");
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

}
