package io.plumbline.demo.internal;

import org.springframework.boot.context.properties.bind.Binder;
import java.util.Arrays;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data belongs to the embedded default (H2) and to PostgreSQL with the {@code demo}
 * profile, never to a production database. {@code plumbline.demo.enabled} overrides both
 * ways.
 */
class DemoDataCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        // Conditions run before any bean exists, so the record is bound here by hand.
        Boolean explicit = Binder.get(environment).bindOrCreate("plumbline.demo", DemoProperties.class).enabled();
        if (explicit != null) {
            return explicit;
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("cli")) {
            return false;
        }
        boolean embedded = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        return embedded || Arrays.asList(environment.getActiveProfiles()).contains("demo");
    }

}
