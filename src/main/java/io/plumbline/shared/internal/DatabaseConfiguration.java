package io.plumbline.shared.internal;

import io.plumbline.shared.DatabaseDialect;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseDialect databaseDialect(DataSource dataSource) {
        return DatabaseDialect.of(dataSource);
    }

}
