package uk.scrutiny.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import uk.scrutiny.domain.partnership.AgencyCode;
import uk.scrutiny.domain.user.Role;

/**
 * The permissions table is written once: each permission's {@code @PreAuthorize} expression, as the
 * services enforce it, grants exactly the roles that the views are told may use it.
 */
class PermissionTests {

    @ParameterizedTest
    @EnumSource(Permission.class)
    void the_services_expression_grants_exactly_the_roles_of_the_permission(Permission permission) {
        for (Role role : Role.values()) {
            assertThat(expressionGrants(permission.expression(), role))
                    .as("%s for %s", permission, role)
                    .isEqualTo(permission.isGrantedTo(role));
        }
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void an_actor_holds_a_permission_by_their_role(Permission permission) {
        for (Role role : Role.values()) {
            Actor actor = new Actor("someone", "Someone", role, role.actsForOneAgency() ? AgencyCode.of("LA") : null);
            assertThat(permission.isGrantedTo(actor)).isEqualTo(permission.isGrantedTo(role));
        }
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void the_system_acts_with_the_business_units_permissions(Permission permission) {
        assertThat(permission.isGrantedTo(Actor.SYSTEM)).isEqualTo(permission.isGrantedTo(Role.BUSINESS_UNIT));
    }

    private static boolean expressionGrants(String expression, Role role) {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList("ROLE_" + role.name()));
        SecurityExpressionRoot<Object> root = new SecurityExpressionRoot<>(authentication) {};
        root.setTrustResolver(new AuthenticationTrustResolverImpl());
        Boolean granted = new SpelExpressionParser()
                .parseExpression(expression)
                .getValue(new StandardEvaluationContext(root), Boolean.class);
        return Boolean.TRUE.equals(granted);
    }
}
