package io.plumbline.sla.internal;

import io.plumbline.integration.IntegrationId;
import io.plumbline.sla.MaintenanceDraft;
import io.plumbline.sla.MaintenanceSchedule;
import io.plumbline.sla.MaintenanceWindow;
import io.plumbline.sla.MaintenanceWindowId;
import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

@Entity
@Table(name = "maintenance_window")
public class MaintenanceWindowRow {

    @Id
    private UUID id;

    private UUID agencyId;

    private UUID clientId;

    private UUID integrationId;

    private String name;

    private Instant startsAt;

    private Instant endsAt;

    private Integer weekday;

    private LocalTime localStart;

    private Integer durationMinutes;

    private Instant createdAt;

    private Instant announcedAt;

    private Integer noticeDays;

    protected MaintenanceWindowRow() {
    }

    public MaintenanceWindowRow(MaintenanceWindowId id, AgencyId agency, MaintenanceDraft draft, Instant createdAt) {
        this.id = id.value();
        this.agencyId = agency.value();
        this.clientId = draft.client().value();
        this.integrationId = draft.integration() == null ? null : draft.integration().value();
        this.name = draft.name().strip();
        this.createdAt = createdAt;
        if (draft.noticeDays() != null) {
            announce(createdAt, draft.noticeDays());
        }
        switch (draft.schedule()) {
            case MaintenanceSchedule.OneOff once -> {
                startsAt = once.start();
                endsAt = once.end();
            }
            case MaintenanceSchedule.Weekly weekly -> {
                weekday = weekly.day().getValue();
                localStart = weekly.localStart();
                durationMinutes = (int) weekly.duration().toMinutes();
            }
        }
    }

    /** Shown to the client from {@code noticeDays} before each occurrence. */
    public void announce(Instant at, int noticeDays) {
        this.announcedAt = at;
        this.noticeDays = noticeDays;
    }

    public void withdrawAnnouncement() {
        this.announcedAt = null;
        this.noticeDays = null;
    }

    public MaintenanceWindow details() {
        MaintenanceSchedule schedule = weekday == null ? new MaintenanceSchedule.OneOff(startsAt, endsAt)
                : new MaintenanceSchedule.Weekly(DayOfWeek.of(weekday), localStart,
                        Duration.ofMinutes(durationMinutes));
        return new MaintenanceWindow(new MaintenanceWindowId(id), new ClientId(clientId),
                integrationId == null ? null : new IntegrationId(integrationId), name, schedule, announcedAt,
                noticeDays);
    }

}
