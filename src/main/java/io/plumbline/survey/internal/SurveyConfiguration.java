package io.plumbline.survey.internal;

import io.plumbline.shared.DatabaseDialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

    @Bean
    WebhookDirectory webhookDirectory(JdbcTemplate jdbc, DatabaseDialect dialect) {
        return new WebhookDirectory(jdbc, dialect.isPostgres());
    }

    @Bean
    WebhookPayloads webhookPayloads(tools.jackson.databind.ObjectMapper json) {
        return new WebhookPayloads(json);
    }

}
