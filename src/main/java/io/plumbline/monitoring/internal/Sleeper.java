package io.plumbline.monitoring.internal;

import java.time.Duration;

/**
 * The wait between attempts; tests pass one that only records, so that retries cost no
 * time.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper system() {
        return Thread::sleep;
    }

}
