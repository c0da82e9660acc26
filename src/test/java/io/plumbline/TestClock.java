package io.plumbline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move forward or stop; reset after each test. */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    private volatile Instant stoppedAt;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /**
     * Stops the clock at this instant: for tests whose outcome would change if real time
     * passed (rates).
     */
    public void stopAt(Instant instant) {
        stoppedAt = instant;
        offset = Duration.ZERO;
    }

    public void reset() {
        offset = Duration.ZERO;
        stoppedAt = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return (stopped != null ? stopped : Instant.now()).plus(offset);
    }

}
