package io.plumbline.changelog.internal;

import io.plumbline.alerting.AlertCondition;
import io.plumbline.alerting.AlertConditionSource;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertRuleSpec;
import io.plumbline.changelog.ChangeEntry;
import io.plumbline.changelog.ChangeLogService;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AlertRuleKind#DEPRECATION_AHEAD}: one condition per published breaking entry
 * (deprecation, field removed, auth change) whose effective date is between today and
 * today + threshold days, both inclusive, "today" being the date in the client's time
 * zone. Once the date has passed the condition clears.
 */
@Component
public class DeprecationAhead implements AlertConditionSource {

    private final ChangeLogService changes;

    private final ClientService clients;

    DeprecationAhead(ChangeLogService changes, ClientService clients) {
        this.changes = changes;
        this.clients = clients;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.DEPRECATION_AHEAD;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AlertCondition> evaluate(AlertRuleSpec rule, Instant now) {
        long days = Math.max(0, (long) Math.floor(rule.threshold()));
        // Time zones differ by at most a day from UTC: read one day wider, then judge in
        // each client's zone.
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<ClientId, Optional<LocalDate>> todayOf = new HashMap<>();
        return changes.breakingBetween(rule.agency(), utcToday.minusDays(1), utcToday.plusDays(days + 1))
            .stream()
            .filter(entry -> rule.client().map(entry.client()::equals).orElse(true))
            .filter(entry -> rule.integration().map(entry.integration()::equals).orElse(true))
            .flatMap(entry -> todayOf
                .computeIfAbsent(entry.client(),
                        client -> clients.find(client).map(c -> LocalDate.ofInstant(now, c.timeZone())))
                .filter(today -> !entry.effectiveOn().isBefore(today)
                        && !entry.effectiveOn().isAfter(today.plusDays(days)))
                .map(today -> condition(entry, ChronoUnit.DAYS.between(today, entry.effectiveOn())))
                .stream())
            .toList();
    }

    private static AlertCondition condition(ChangeEntry entry, long daysLeft) {
        String when = daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in %d days".formatted(daysLeft);
        return new AlertCondition("change:" + entry.id(), entry.client(), Optional.of(entry.integration()),
                "%s takes effect %s (%s): %s".formatted(entry.kind().label(), when, entry.effectiveOn(), entry.title()),
                entry.description() == null ? "" : entry.description());
    }

}
