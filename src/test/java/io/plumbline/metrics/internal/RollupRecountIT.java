package io.plumbline.metrics.internal;

import io.plumbline.Fixtures;
import io.plumbline.Fixtures.TestAgency;
import io.plumbline.PostgresIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RollupRecount} on PostgreSQL, as the application role under row-level security,
 * each batch in its own transaction of the agency.
 */
@PostgresIntegrationTest
class RollupRecountIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MetricsStore metrics;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void rollups_of_random_windows_equal_a_recount_of_the_observations_on_postgres() {
        TestAgency agency = fixtures.anAgency();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        RollupRecount recount = new RollupRecount(agency.id().value());
        RollupRecount.Store store = new RollupRecount.Store() {
            @Override
            public void write(List<StoredObservation> batch) {
                agency.scope()
                    .run(() -> transaction.executeWithoutResult(t -> metrics.write(List.of(), batch, Instant.EPOCH)));
            }

            @Override
            public <T> T read(Supplier<T> read) {
                return agency.scope().call(() -> transaction.execute(t -> read.get()));
            }
        };

        recount.load(17, store);

        recount.check(29, store, metrics);
    }

}
