package io.plumbline.demo.internal;

import com.zaxxer.hikari.HikariDataSource;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 file once the demo is seeded. Seeding writes about 870,000
 * rows in many transactions and leaves H2's store mostly free space (820 MB on disk for
 * about 42 MB of data, docs/performance.md); H2 only moves its chunks together when the
 * database closes, and {@code SHUTDOWN COMPACT} is its documented way to do it fully. It
 * runs while the demo's {@link io.plumbline.shared.Preparation} keeps sign-in and the API
 * away, with db-scheduler paused and its running executions finished, so no one is in the
 * middle of a statement; the pool then drops its closed connections and the next one
 * reopens the compacted file. Does nothing on PostgreSQL, nor with
 * {@code plumbline.demo.compact-after-seeding=false}.
 */
@Component
@Conditional(DemoDataCondition.class)
class EmbeddedStoreCompaction {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreCompaction.class);

    private static final Duration EXECUTIONS_WAIT = Duration.ofMinutes(2);

    private static final Duration POLL_SETTLE = Duration.ofSeconds(2);

    private final DataSource dataSource;

    private final JdbcTemplate jdbc;

    private final ObjectProvider<Scheduler> scheduler;

    private final boolean enabled;

    EmbeddedStoreCompaction(DataSource dataSource, JdbcTemplate jdbc, ObjectProvider<Scheduler> scheduler,
            DemoProperties properties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.enabled = properties.compactAfterSeeding();
    }

    void compact() {
        if (!enabled || !isH2()) {
            return;
        }
        long before = fileSize();
        long started = System.nanoTime();
        Scheduler tasks = scheduler.getIfAvailable();
        if (tasks != null) {
            tasks.pause();
        }
        try {
            awaitNoExecutions(tasks);
            shutdownCompact();
            evictClosedConnections();
        }
        finally {
            if (tasks != null) {
                tasks.resume();
            }
        }
        log.info("Embedded database compacted in {} ms: {} MB before, {} MB after",
                (System.nanoTime() - started) / 1_000_000, before / 1_000_000, fileSize() / 1_000_000);
    }

    private void shutdownCompact() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            // The statement closes with the connection: there is no database left to
            // close it in.
            connection.createStatement().execute("SHUTDOWN COMPACT");
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not compact the embedded database", e);
        }
        finally {
            closeClosedConnection(connection);
        }
    }

    private static void closeClosedConnection(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        }
        catch (SQLException expected) {
            // The pool resets the connection on its way back, and the database it
            // belonged to is closed by now.
        }
    }

    /**
     * Executions already picked (monitor checks, alert evaluation) finish their work
     * before the database closes.
     */
    private static void awaitNoExecutions(Scheduler tasks) {
        if (tasks == null) {
            return;
        }
        long deadline = System.nanoTime() + EXECUTIONS_WAIT.toNanos();
        try {
            while (!tasks.getCurrentlyExecuting().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            // a poll for due executions that started before the pause ends within one
            // polling round trip
            Thread.sleep(POLL_SETTLE.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for scheduled executions", e);
        }
    }

    private void evictClosedConnections() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not reach the connection pool", e);
        }
    }

    private boolean isH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not read the database product", e);
        }
    }

    private long fileSize() {
        Long size = jdbc.queryForObject(
                "SELECT CAST(setting_value AS BIGINT) FROM information_schema.settings WHERE setting_name = 'info.FILE_SIZE'",
                Long.class);
        return size == null ? 0 : size;
    }

}
