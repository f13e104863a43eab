package uk.scrutiny.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global holder at the security context strategy of the application the
 * test runs against. Each application, as it starts, installs its own Vaadin-aware strategy in the
 * global holder; when a test class goes back to an application started earlier (the test context
 * cache keeps it), the holder would still point at the latest one, and the earlier application
 * would find nobody signed in.
 */
public class TestedApplicationSecurityContext implements TestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
