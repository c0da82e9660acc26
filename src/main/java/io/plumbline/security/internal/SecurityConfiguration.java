package io.plumbline.security.internal;

import io.plumbline.metrics.MetricsProperties;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.plumbline.security.ui.LoginView;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    // Vaadin's client engine needs inline styles and eval; everything else stays on this
    // origin.
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * bcrypt by default, behind a delegating encoder so stored hashes can move to a
     * stronger scheme.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Actuator: health is public (load balancers); the rest needs HTTP Basic as the
     * metrics user, whose password comes from PLUMBLINE_METRICS_PASSWORD. Without it
     * nobody can sign in there, and every other endpoint answers 401 like a wrong
     * password.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, MetricsProperties metrics, PasswordEncoder encoder)
            throws Exception {
        String metricsPassword = metrics.password();
        http.securityMatcher(EndpointRequest.toAnyEndpoint());
        http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
            .permitAll()
            .anyRequest()
            .hasRole("METRICS"));
        var users = new InMemoryUserDetailsManager();
        if (metricsPassword != null && !metricsPassword.isBlank()) {
            users.createUser(
                    User.withUsername("metrics").password(encoder.encode(metricsPassword)).roles("METRICS").build());
        }
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        http.authenticationManager(new ProviderManager(provider));
        http.httpBasic(basic -> basic.realmName("plumbline-metrics"));
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInFailureHandler failureHandler,
            RoleLandingSuccessHandler successHandler, AuditingLogoutHandler logoutHandler, RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/images/**", "/plumbline.css", "/error")
            .permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
            .permitAll());
        http.formLogin(form -> form.loginPage("/login").failureHandler(failureHandler));
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, successHandler);
        http.headers(headers -> headers
            // Vaadin's pages are served through a servlet forward, after which Tomcat
            // commits the response itself: headers written at commit (Spring's default)
            // never reach it, so write them first.
            .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <F extends HeaderWriterFilter> F postProcess(F filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            })
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
            .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Vaadin's own CSRF setup also exempts the login form's POST, which would let a
        // cross-site form sign a victim into the attacker's account. Only Vaadin's
        // internal requests are exempt (they carry Vaadin's own CSRF token); the login
        // form sends the token from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.enableCsrfConfiguration(false);
            vaadin.loginView(LoginView.class, "/login?signed-out");
            vaadin.addLogoutHandler(logoutHandler);
            // Vaadin's default for a path that is no route is denyAll, which answered an
            // unknown address with a bare 403 before the router could show its 404 page.
            // A
            // signed-in user reaches the router (views keep their own access checks); a
            // signed-out one is sent to the login.
            vaadin.anyRequest(anyOtherPath -> anyOtherPath.authenticated());
        });
        return http.build();
    }

}
