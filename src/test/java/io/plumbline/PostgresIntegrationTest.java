package io.plumbline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/** A Spring context on the real PostgreSQL test database, with a clock tests can move. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("pgtest")
@Import({ PostgresIntegrationTest.Beans.class, Fixtures.class })
@TestExecutionListeners(listeners = SecurityContextStrategyListener.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface PostgresIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Beans {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

    }

}
