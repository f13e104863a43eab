package uk.scrutiny.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import uk.scrutiny.ui.LoginView;

/**
 * Every page needs a signed-in user; the health endpoint alone is open (for the container's
 * health check). Roles are checked again in the application services ({@code @PreAuthorize}),
 * so a hidden button is never the only guard. Vaadin lets static styles through before sign-in
 * ({@code /styles.css}, {@code /themes/**}, {@code /assets/**}) and refuses every other address that
 * is not a page, even to a signed-in user: so a view's own stylesheet lives in
 * {@code META-INF/resources/assets} and is named {@code context://assets/NAME.css}. Vaadin's own
 * auto-configuration keeps the security context in the Vaadin session, so that background work
 * started from a view still acts as the signed-in user.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll());
        http.headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** Publishes refused requests, so that {@link SignInEvents} logs them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /** BCrypt, behind a delegating encoder so that a later change of algorithm keeps old hashes readable. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
