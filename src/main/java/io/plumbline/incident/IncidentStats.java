package io.plumbline.incident;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Time to detect and time to resolve over a set of incidents (docs/incidents.md). Time to
 * detect counts every incident, time to resolve only the resolved ones; a median of an
 * even count is the mean of the two middle values. Empty when nothing was counted.
 */
public record IncidentStats(int incidents, int resolved, Optional<Duration> meanTimeToDetect,
        Optional<Duration> medianTimeToDetect, Optional<Duration> meanTimeToResolve,
        Optional<Duration> medianTimeToResolve) {

    public static IncidentStats of(Collection<IncidentDetails> incidents) {
        List<Duration> detect = incidents.stream().map(IncidentDetails::timeToDetect).toList();
        List<Duration> resolve = incidents.stream()
            .map(IncidentDetails::timeToResolve)
            .flatMap(Optional::stream)
            .toList();
        return new IncidentStats(incidents.size(), resolve.size(), mean(detect), median(detect), mean(resolve),
                median(resolve));
    }

    static Optional<Duration> mean(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        long totalMillis = durations.stream().mapToLong(Duration::toMillis).sum();
        return Optional.of(Duration.ofMillis(Math.round((double) totalMillis / durations.size())));
    }

    static Optional<Duration> median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().filter(Objects::nonNull).sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? Optional.of(sorted.get(middle))
                : Optional.of(sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
