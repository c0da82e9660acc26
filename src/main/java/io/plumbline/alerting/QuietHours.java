package io.plumbline.alerting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A daily stretch, in the channel's time zone, during which notices wait. {@code start}
 * after {@code end} spans midnight (22:00–07:00). {@code pageBypasses}: notices of PAGE
 * severity are sent anyway.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone, boolean pageBypasses) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * When the quiet period around {@code at} ends; empty when {@code at} is not quiet.
     */
    public Optional<Instant> endOfQuietPeriod(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        LocalDate endDay = overnight && !time.isBefore(start) ? day.plusDays(1) : day;
        // atZone resolves a DST gap forward and an overlap to the earlier offset: the
        // period never ends early.
        return Optional.of(endDay.atTime(end).atZone(zone).toInstant());
    }

    public String describe() {
        return "%s–%s %s%s".formatted(start, end, zone.getId(), pageBypasses ? ", pages still sent" : "");
    }
}
