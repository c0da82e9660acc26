package io.plumbline.monitoring.internal;

import io.plumbline.shared.PlumblineProperties;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import io.plumbline.monitoring.HostResolver;
import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.shared.SecretCipher;
import io.plumbline.shared.SecretsKeySource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean
    OutboundUrlGuard outboundUrlGuard() {
        return new OutboundUrlGuard(HostResolver.system());
    }

    @Bean
    CheckRunner checkRunner(OutboundUrlGuard guard, Clock clock) {
        return new HttpCheckRunner(guard, clock, Sleeper.system(), new Random());
    }

    @Bean
    SecretCipher secretCipher(PlumblineProperties properties,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        SecretsKeySource source = new SecretsKeySource(properties.secretsKey(), datasourceUrl.startsWith("jdbc:h2:"),
                Path.of(properties.dataDir()));
        Supplier<Optional<SecretKey>> once = SingletonSupplier.of(source::key);
        return new SecretCipher(once);
    }

    /**
     * Checks wait on the network almost all the time, so each runs on its own virtual
     * thread; db-scheduler's {@code threads} setting still bounds how many executions one
     * node picks at a time.
     */
    @Bean
    DbSchedulerCustomizer virtualThreadScheduler() {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<ExecutorService> executorService() {
                return Optional.of(Executors.newVirtualThreadPerTaskExecutor());
            }
        };
    }

}
