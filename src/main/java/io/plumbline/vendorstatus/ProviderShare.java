package io.plumbline.vendorstatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How much of a window's failure overlapped provider incidents or non-operational
 * component periods of the integrations' status pages, counted from the minute rollups
 * where they are kept, else from hour rollups. A bucket counts as "during a provider
 * period" when it starts inside one.
 *
 * @param failedEvents failed events of the integrations in [from, to)
 * @param failedDuringProvider of those, the ones in buckets during a provider period
 * @param failingTime the time covered by buckets with at least one failure (a minute per
 * failing minute bucket, an hour per failing hour bucket)
 * @param failingTimeDuringProvider of that, the buckets during a provider period
 */
public record ProviderShare(Instant from, Instant to, long failedEvents, long failedDuringProvider,
        Duration failingTime, Duration failingTimeDuringProvider, List<ProviderOverlap> overlaps) {

}
