package io.plumbline.tenancy.internal;

import io.plumbline.tenancy.CurrentTenant;
import io.plumbline.tenancy.TenantScope;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts every transaction by telling PostgreSQL whose rows it may see, with
 * {@code set_config(..., true)}: the settings end with the transaction, so a pooled
 * connection never carries one tenant into another's work.
 */
class TenantTransactionManager extends JpaTransactionManager {

    private static final String SET_CONFIG = "SELECT set_config('plumbline.agency_id', ?, true),"
            + " set_config('plumbline.client_id', ?, true)," + " set_config('plumbline.sign_in_email', ?, true),"
            + " set_config('plumbline.invite_hash', ?, true)," + " set_config('plumbline.api_key_hash', ?, true)";

    private final boolean rowLevelSecurity;

    TenantTransactionManager(EntityManagerFactory emf, DataSource dataSource, boolean rowLevelSecurity) {
        super(emf);
        setDataSource(dataSource);
        this.rowLevelSecurity = rowLevelSecurity;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        if (rowLevelSecurity) {
            try {
                bindTenant(DataSourceUtils.getConnection(getDataSource()));
            }
            catch (RuntimeException e) {
                abandonBegunTransaction(transaction, e);
                throw e;
            }
        }
    }

    /**
     * super.doBegin bound an entity manager and its connection to this thread. Left
     * bound, every later transaction on the thread would join this failed one and its
     * (typically dead) connection; so roll back, unbind and close, which hands the
     * connection back to the pool (that evicts it when it is broken).
     */
    private void abandonBegunTransaction(Object transaction, RuntimeException cause) {
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
            .getResource(obtainEntityManagerFactory());
        try {
            if (holder != null && holder.getEntityManager().getTransaction().isActive()) {
                holder.getEntityManager().getTransaction().rollback();
            }
        }
        catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
        try {
            doCleanupAfterCompletion(transaction);
        }
        catch (RuntimeException cleanupFailure) {
            cause.addSuppressed(cleanupFailure);
        }
    }

    private void bindTenant(Connection connection) {
        Optional<TenantScope> scope = CurrentTenant.scope();
        try (PreparedStatement statement = connection.prepareStatement(SET_CONFIG)) {
            statement.setString(1, scope.map(s -> s.agency().toString()).orElse(""));
            statement.setString(2, scope.flatMap(TenantScope::clientId).map(Object::toString).orElse(""));
            statement.setString(3, CurrentTenant.signInEmail().orElse(""));
            statement.setString(4, CurrentTenant.inviteHash().orElse(""));
            statement.setString(5, CurrentTenant.apiKeyHash().orElse(""));
            statement.execute();
        }
        catch (SQLException e) {
            throw new TransactionSystemException("Could not bind the tenant to the transaction", e);
        }
    }

}
