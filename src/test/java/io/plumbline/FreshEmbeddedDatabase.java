package io.plumbline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The embedded default (H2 under {@code PLUMBLINE_DATA_DIR}, demo data) as on its first
 * start: the test's Spring context gets a new, empty data folder. Goes with
 * {@code @SpringBootTest}, without the PostgreSQL profile.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = FreshEmbeddedDatabase.NewDataFolder.class)
public @interface FreshEmbeddedDatabase {

    class NewDataFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                String dataDir = Files.createTempDirectory("plumbline-embedded").toString();
                context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("freshEmbeddedDatabase", Map.of("PLUMBLINE_DATA_DIR", dataDir)));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }

}
