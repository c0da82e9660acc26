package io.plumbline;

import io.plumbline.insight.InsightPortfolio;
import io.plumbline.survey.SurveyFixtures;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * A Spring context on the real PostgreSQL test database, with a clock tests can move,
 * MockMvc and the test fixtures as beans. Every test class that adds nothing else to it
 * shares one context: a per-class {@code @Import}, property or
 * {@code @DynamicPropertySource} starts another application (about 20 s here), so add
 * fixtures here rather than to a test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("pgtest")
@AutoConfigureMockMvc
@Import({ PostgresIntegrationTest.Beans.class, Fixtures.class, InsightPortfolio.class, SurveyFixtures.class })
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
