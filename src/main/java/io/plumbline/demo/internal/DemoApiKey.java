package io.plumbline.demo.internal;

import io.plumbline.ingestion.ApiKeyService;
import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import io.plumbline.tenancy.UserService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With PLUMBLINE_DEMO_API_KEY set, that value becomes an agency-wide key of Northwind
 * Digital (demo data only), also when it is set after the demo was first seeded.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoApiKey implements ApplicationRunner {

    private final ApiKeyService keys;

    private final UserService users;

    private final String demoKey;

    DemoApiKey(ApiKeyService keys, UserService users, @Value("${PLUMBLINE_DEMO_API_KEY:}") String demoKey) {
        this.keys = keys;
        this.users = users;
        this.demoKey = demoKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoKey.isBlank() || keys.authenticate(demoKey).isPresent()) {
            return;
        }
        users.findForSignIn(DemoAccounts.ALL.getFirst().email())
            .ifPresent(owner -> CurrentTenant.runAs(TenantScope.agency(owner.scope().agency()),
                    () -> keys.registerChosenKey("Demo key", demoKey)));
    }

}
