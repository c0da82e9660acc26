package io.plumbline;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the static {@link SecurityContextHolder} at the strategy of the context the test
 * runs in. Vaadin installs its own strategy bean per application context; with several
 * cached contexts in one JVM the static holder keeps the one started last, while the
 * security filters of an earlier context keep theirs — and a filter writing through the
 * static holder would then authenticate into a context nobody reads. Production has one
 * context, so this is tests only.
 */
public class SecurityContextStrategyListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext()
            .getBeanProvider(SecurityContextHolderStrategy.class)
            .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

}
