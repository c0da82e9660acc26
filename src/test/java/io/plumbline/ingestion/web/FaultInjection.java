package io.plumbline.ingestion.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Deterministic faults for crash tests: throw at a named {@link BatchStep}, kill the
 * PostgreSQL backend of the transaction at a step, or kill the backend of the next
 * connection the pool hands out (before any statement runs on it). Kills go through a
 * superuser connection ({@code PLUMBLINE_TEST_DB_SUPERUSER}, default postgres) and wait
 * until the backend is gone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FaultInjection {

    public enum Fault {

        THROW, KILL_BACKEND

    }

    /** What to break next; each fault fires once. */
    public static final class Faults {

        private final Map<BatchStep, Fault> atStep = new EnumMap<>(BatchStep.class);

        private final AtomicReference<Thread> killNextConnectionBorrowedBy = new AtomicReference<>();

        private final Environment environment;

        private DataSource dataSource;

        Faults(Environment environment) {
            this.environment = environment;
        }

        public synchronized void at(BatchStep step, Fault fault) {
            atStep.put(step, fault);
        }

        /**
         * Only this thread's next connection: the scheduler's threads borrow connections
         * too.
         */
        public void killNextConnectionBorrowedByThisThread() {
            killNextConnectionBorrowedBy.set(Thread.currentThread());
        }

        public synchronized void clear() {
            atStep.clear();
            killNextConnectionBorrowedBy.set(null);
        }

        synchronized Fault take(BatchStep step) {
            return atStep.remove(step);
        }

        /**
         * A connection that bypasses row-level security: to count, to hold locks and to
         * kill.
         */
        public Connection superuser() throws SQLException {
            return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("PLUMBLINE_TEST_DB_SUPERUSER", "postgres"),
                    environment.getProperty("PLUMBLINE_TEST_DB_SUPERUSER_PASSWORD", ""));
        }

        public void terminate(int backendPid) {
            try (Connection admin = superuser();
                    PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?, 30000)")) {
                kill.setInt(1, backendPid);
                try (ResultSet rs = kill.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        throw new IllegalStateException("Backend " + backendPid + " did not end");
                    }
                }
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        static int backendPid(Connection connection) throws SQLException {
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        }

        void killTransactionBackend() {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                terminate(backendPid(connection));
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

    }

    @Bean
    Faults faults(Environment environment) {
        return new Faults(environment);
    }

    @Bean
    BatchStepListener faultAtStep(Faults faults, DataSource dataSource) {
        faults.dataSource = dataSource;
        return step -> {
            Fault fault = faults.take(step);
            if (fault == Fault.THROW) {
                throw new IllegalStateException("Injected failure at " + step);
            }
            if (fault == Fault.KILL_BACKEND) {
                faults.killTransactionBackend();
            }
        };
    }

    /**
     * Wraps the application's DataSource so that the next borrowed connection can arrive
     * with its backend killed.
     */
    @Bean
    static BeanPostProcessor killableConnections(org.springframework.beans.factory.ObjectProvider<Faults> faults) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof DataSource pool) || !"dataSource".equals(name)) {
                    return bean;
                }
                return new DelegatingDataSource(pool) {
                    @Override
                    public Connection getConnection() throws SQLException {
                        Connection connection = super.getConnection();
                        Faults armed = faults.getObject();
                        if (armed.killNextConnectionBorrowedBy.compareAndSet(Thread.currentThread(), null)) {
                            armed.terminate(Faults.backendPid(connection));
                        }
                        return connection;
                    }
                };
            }
        };
    }

}
