package io.plumbline.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void no_connection_from_the_pool_is_an_outage() {
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
            .isTrue();
    }

    @Test
    void a_backend_terminated_by_the_server_is_an_outage_however_deeply_wrapped() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
                "57P01");
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new RuntimeException(terminated)))).isTrue();
        assertThat(DatabaseOutage.isCause(new IllegalStateException(new SQLException("I/O error", "08006")))).isTrue();
    }

    @Test
    void constraint_violations_lock_timeouts_and_programming_errors_are_not_outages() {
        assertThat(DatabaseOutage
            .isCause(new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key", "23505"))))
            .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException(new SQLException("lock timeout", "55P03"))))
            .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalArgumentException("bad"))).isFalse();
    }

}
