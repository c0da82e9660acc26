package io.plumbline.metrics.internal;

import io.plumbline.EmbeddedTestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link RollupRecount} on the embedded database (H2, all its migrations). */
class RollupRecountTest {

    @Test
    void rollups_of_random_windows_equal_a_recount_of_the_observations_on_h2() {
        JdbcTemplate jdbc = new EmbeddedTestDatabase().jdbc().getJdbcTemplate();
        MetricsStore metrics = new MetricsStore(new JdbcBatchWriter(jdbc), new RollupWriter(jdbc, false),
                new RollupReader(jdbc, false));
        RollupRecount recount = new RollupRecount(UUID.randomUUID());
        RollupRecount.Store store = new RollupRecount.Store() {
            @Override
            public void write(List<StoredObservation> batch) {
                metrics.write(List.of(), batch, Instant.EPOCH);
            }

            @Override
            public <T> T read(Supplier<T> read) {
                return read.get();
            }
        };

        recount.load(17, store);

        recount.check(29, store, metrics);
    }

}
