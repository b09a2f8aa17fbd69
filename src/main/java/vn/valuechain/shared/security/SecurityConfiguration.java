package vn.valuechain.shared.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every URL has a rule here, and anything not listed is denied. Finer rules (a DISTRICT user's unit)
 * live in the services, which answer 404 for a record outside the user's reach.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";
    static final String STAFF = "STAFF";
    static final String DISTRICT = "DISTRICT";
    static final String VIEWER = "VIEWER";

    /** Every role reads the registry (scoped by unit in the services); ADMIN and STAFF change it. */
    static final String[] REGISTRY = {
        "/chains",
        "/chains/**",
        "/cooperatives",
        "/cooperatives/**",
        "/enterprises",
        "/enterprises/**",
        "/contracts",
        "/contracts/**",
        "/certifications",
        "/certifications/**"
    };

    /** The create and edit forms of the registry, apart from cooperatives (see below). */
    static final String[] REGISTRY_FORMS = {
        "/chains/new",
        "/chains/*/edit",
        "/enterprises/new",
        "/enterprises/*/edit",
        "/contracts/new",
        "/contracts/*/edit",
        "/certifications/new",
        "/certifications/*/edit"
    };

    /** Scripts and styles only from the application itself (no inline script); never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInAttempts attempts,
            SessionTimeout timeout,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings)
            throws Exception {
        SignInFlow signIn = new SignInFlow(attempts, timeout);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(
                                "/admin/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .hasRole(ADMIN)
                        // Registry: a DISTRICT user also creates and edits the cooperatives of their unit
                        // (the service refuses any other); deleting is provincial work.
                        .requestMatchers("/cooperatives/new", "/cooperatives/*/edit")
                        .hasAnyRole(ADMIN, STAFF, DISTRICT)
                        // Files attached to a record are added and removed by those who change it (the POST rules
                        // below), and read by those who read it, with the record's own 404 outside a user's unit.
                        .requestMatchers(
                                HttpMethod.POST, "/cooperatives/*/attachments", "/cooperatives/*/attachments/*/delete")
                        .hasAnyRole(ADMIN, STAFF, DISTRICT)
                        .requestMatchers(REGISTRY_FORMS)
                        .hasAnyRole(ADMIN, STAFF)
                        .requestMatchers(HttpMethod.GET, REGISTRY)
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, REGISTRY)
                        .hasAnyRole(ADMIN, STAFF)
                        // The department's official report on a plan: the office and leadership, not a local official.
                        .requestMatchers("/reports/results.docx", "/reports/results.pdf")
                        .hasAnyRole(ADMIN, STAFF, VIEWER)
                        .requestMatchers(
                                "/",
                                "/account",
                                "/account/password",
                                "/account/session",
                                "/units/search",
                                "/exports/progress/*",
                                "/dashboard",
                                "/dashboard/**",
                                "/methodology",
                                "/reports",
                                "/reports/**",
                                "/api/v1/dashboard")
                        .authenticated()
                        // Action plan: the office enters plans and reviews reports; districts report on their items.
                        .requestMatchers(
                                "/plans/new",
                                "/plans/*/edit",
                                "/plans/*/sections/**",
                                "/plans/*/import",
                                "/plans/*/import/**",
                                "/plans/*/attachments",
                                "/plans/*/attachments/*/delete",
                                "/plans/*/targets",
                                "/action-items/new",
                                "/action-items/*/edit",
                                "/action-items/*/targets",
                                "/action-items/agencies",
                                "/action-items/preview/**",
                                "/progress-reports/*/return",
                                "/progress-reports/*/accept")
                        .hasAnyRole(STAFF, ADMIN)
                        .requestMatchers(
                                "/my-items",
                                "/progress-reports/new",
                                "/progress-reports/*/edit",
                                "/progress-reports/*/submit",
                                "/progress-reports/*/attachments",
                                "/progress-reports/*/attachments/*/delete")
                        .hasRole(DISTRICT)
                        .requestMatchers(
                                HttpMethod.GET,
                                "/plans",
                                "/plans/*",
                                "/plans/*/export.xlsx",
                                "/plans/*/export.pdf",
                                "/plans/*/attachments/*",
                                "/action-items",
                                "/action-items/*",
                                "/progress-reports",
                                "/progress-reports/*",
                                "/progress-reports/*/attachments/*")
                        .authenticated()
                        .requestMatchers("/notifications", "/notifications/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> form.loginPage(SignInFlow.LOGIN)
                        .successHandler(signIn.success())
                        .failureHandler(signIn.failure())
                        .permitAll())
                .addFilterBefore(signIn.refusals(), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler(new UnknownUrlNotFound(mappings)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .frameOptions(frame -> frame.deny())
                        // Sent on HTTPS requests only, which behind a proxy means X-Forwarded-Proto: https.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000)))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
