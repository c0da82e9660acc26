package io.plumbline.survey.internal;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

    @Bean
    WebhookDirectory webhookDirectory(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
        boolean postgres = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                .toLowerCase().contains("postgres");
        return new WebhookDirectory(jdbc, postgres);
    }

    @Bean
    WebhookPayloads webhookPayloads(tools.jackson.databind.ObjectMapper json) {
        return new WebhookPayloads(json);
    }
}
