package io.plumbline.tenancy.internal;

import io.plumbline.shared.DatabaseDialect;
import jakarta.persistence.EntityManagerFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class TenancyPersistenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TenancyPersistenceConfiguration.class);

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory emf, DataSource dataSource,
            DatabaseDialect dialect, AccountProperties accounts) throws MetaDataAccessException {
        boolean postgres = dialect.isPostgres();
        if (postgres) {
            refuseRoleThatBypassesRowLevelSecurity(dataSource, accounts.allowRlsBypass());
        }
        else {
            log.info("Embedded database: tenant isolation relies on scoped queries alone (no row-level security)");
        }
        return new TenantTransactionManager(emf, dataSource, postgres);
    }

    /** A superuser or BYPASSRLS role would silently disable the second wall. */
    private static void refuseRoleThatBypassesRowLevelSecurity(DataSource dataSource, boolean allowBypass)
            throws MetaDataAccessException {
        boolean bypasses = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> {
            try (var statement = metaData.getConnection().createStatement();
                    ResultSet rs = statement
                        .executeQuery("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
                return rs.next() && rs.getBoolean(1);
            }
            catch (SQLException e) {
                throw new MetaDataAccessException("Could not read the database role", e);
            }
        });
        if (bypasses && !allowBypass) {
            throw new IllegalStateException("The database user bypasses row-level security (superuser or BYPASSRLS)."
                    + " Connect as the application role that owns no tables (docs/deploy.md),"
                    + " or set plumbline.security.allow-rls-bypass=true to accept the risk.");
        }
        if (bypasses) {
            log.warn("Row-level security is bypassed by the database user; only scoped queries isolate tenants");
        }
    }

}
