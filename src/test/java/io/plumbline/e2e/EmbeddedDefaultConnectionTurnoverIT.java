package io.plumbline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.zaxxer.hikari.HikariDataSource;
import io.plumbline.FreshEmbeddedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The embedded default after the connections that ran the migrations are gone. H2 2.4.240
 * (the version Spring Boot 4.0.7 manages) fails every {@code CHECK (x IN (...))}
 * constraint once the connection that created the table is closed; in the running app
 * Hikari retires that connection after about 26 minutes and every sign-in then answered
 * 500 (issue 13). Evicting the pool replays those 26 minutes at once. Run with
 * {@code -Dh2.version=2.4.240} to see it fail: each test fails alone; run together on
 * 2.4.240, the test that runs second has passed after the first one's refused writes
 * (seen, not explained), so the class fails either way.
 */
// Compacting after seeding reopens the database, and a reopened database reads its
// constraints afresh: that would hide the failure, which a database without demo data (or
// an older one migrated at start) still meets.
@SpringBootTest(properties = "plumbline.demo.compact-after-seeding=false")
@AutoConfigureMockMvc
@FreshEmbeddedDatabase
class EmbeddedDefaultConnectionTurnoverIT {

    /**
     * Rows for the tables the demo leaves empty, so that they get a write too; a new
     * empty table fails the test.
     */
    private static final Map<String, String> ROWS_THE_DEMO_DOES_NOT_SEED = Map.of("report_delivery",
            """
                    INSERT INTO report_delivery (id, agency_id, client_id, schedule_id, report_id, period_start, recipient, state,
                                                 attempts, created_at)
                    SELECT RANDOM_UUID(), s.agency_id, s.client_id, s.id, r.id, CURRENT_DATE, 'turnover@example.test', 'PENDING',
                           0, CURRENT_TIMESTAMP
                    FROM report_schedule s JOIN report r ON r.agency_id = s.agency_id
                    FETCH FIRST 1 ROW ONLY
                    """,
            "otlp_unmapped_host", """
                    INSERT INTO otlp_unmapped_host (agency_id, client_id, seen_by, host, span_count, first_seen_at,
                                                    last_seen_at)
                    SELECT c.agency_id, c.id, CAST(c.id AS VARCHAR), 'api.turnover.example', 1, CURRENT_TIMESTAMP,
                           CURRENT_TIMESTAMP
                    FROM client c
                    FETCH FIRST 1 ROW ONLY
                    """);

    /**
     * How long the pool may take to close its old connections: a running monitor check
     * may hold one for a while.
     */
    private static final Duration EVICTION_WAIT = Duration.ofMinutes(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Scheduler scheduler;

    @BeforeEach
    void closeEveryConnectionOpenedSoFar() throws InterruptedException {
        Set<String> before = new HashSet<>(sessions());
        // No new executions while the old connections drain: each one picked holds a
        // connection until it is done.
        scheduler.pause();
        Set<String> left = new HashSet<>(before);
        try {
            ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
            await().atMost(EVICTION_WAIT).pollInterval(Duration.ofMillis(200)).pollInSameThread().until(() -> {
                left.retainAll(sessions());
                return left.isEmpty();
            });
        }
        catch (ConditionTimeoutException someOutlivedTheWait) {
            // asserted below, naming the sessions
        }
        finally {
            scheduler.resume();
        }
        // Every session is usually gone within a second; a monitor check may hold one
        // for a while. Only once all are closed do the writes below show the regression,
        // which needs the session that created a table to be gone.
        assertThat(left).as("H2 sessions opened before the eviction, still open after %s", EVICTION_WAIT).isEmpty();
    }

    @Test
    void demo_executive_signs_in_once_the_connections_that_ran_the_migrations_are_closed() throws Exception {
        mvc.perform(post("/login").param("username", "exec@northwind.example")
            .param("password", "plumbline-demo")
            .with(csrf())).andExpect(redirectedUrl("/"));

        assertThat(jdbc.queryForObject("SELECT last_login_at FROM app_user WHERE email = ?", Timestamp.class,
                "exec@northwind.example"))
            .as("sign-in recorded on the account")
            .isNotNull();
    }

    @Test
    void every_table_with_a_check_constraint_takes_a_write_once_the_connections_that_ran_the_migrations_are_closed()
            throws SQLException {
        Map<String, List<String>> checkedColumnsByTable = checkedColumnsByTable();
        assertThat(checkedColumnsByTable).as("tables with CHECK constraints, read from INFORMATION_SCHEMA")
            .containsKeys("app_user", "alert", "alert_notification", "report", "contract", "survey_response");

        Map<String, String> failures = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                checkedColumnsByTable.forEach((table, columns) -> {
                    try {
                        if (ROWS_THE_DEMO_DOES_NOT_SEED.containsKey(table)) {
                            statement.executeUpdate(ROWS_THE_DEMO_DOES_NOT_SEED.get(table));
                        }
                        int written = statement.executeUpdate(rewriteOneRow(table, columns));
                        if (written != 1) {
                            failures.put(table, "no demo row to write (" + written + " rows)");
                        }
                    }
                    catch (SQLException e) {
                        failures.put(table, e.getMessage());
                    }
                });
            }
            finally {
                connection.rollback();
            }
        }
        assertThat(failures).as("tables whose CHECK constraints refused a write of a row they hold").isEmpty();
    }

    /**
     * Writes the oldest row of the table back with the values it has in the columns its
     * CHECK constraints read: H2 evaluates every CHECK constraint of the table on the new
     * row, and the row is valid, so only a broken constraint can refuse it. Generic, so a
     * table added later cannot be missed.
     */
    private static String rewriteOneRow(String table, List<String> columns) {
        List<String> assignments = columns.stream().map(column -> column + " = " + column).toList();
        return "UPDATE " + table + " SET " + String.join(", ", assignments)
                + " WHERE _ROWID_ = (SELECT MIN(_ROWID_) FROM " + table + ")";
    }

    private Map<String, List<String>> checkedColumnsByTable() {
        Map<String, Set<String>> columns = new TreeMap<>();
        jdbc.query("""
                SELECT u.table_name, u.column_name
                FROM information_schema.table_constraints c
                JOIN information_schema.constraint_column_usage u
                  ON u.constraint_schema = c.constraint_schema AND u.constraint_name = c.constraint_name
                WHERE c.constraint_type = 'CHECK' AND c.table_schema = 'public'
                """, row -> {
            columns.computeIfAbsent(row.getString(1), table -> new TreeSet<>()).add(row.getString(2));
        });
        Map<String, List<String>> result = new TreeMap<>();
        columns.forEach((table, names) -> result.put(table, new ArrayList<>(names)));
        return result;
    }

    /**
     * The open sessions, each as its id and start: H2 gives a closed session's id to the
     * next one it opens, so an id alone would make a new session look like an old one.
     */
    private List<String> sessions() {
        return jdbc.queryForList("SELECT session_id || '@' || session_start FROM information_schema.sessions",
                String.class);
    }

}
