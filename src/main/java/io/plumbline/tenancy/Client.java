package io.plumbline.tenancy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

@Entity
@Table(name = "client")
class Client {

    @Id
    private UUID id;

    private UUID agencyId;

    private String name;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Industry industry;

    private String timeZone;

    private String primaryColour;

    private byte[] logo;

    private String logoType;

    private Instant archivedAt;

    private Instant createdAt;

    protected Client() {
    }

    Client(ClientId id, AgencyId agency, ClientDraft draft, Instant createdAt) {
        this.id = id.value();
        this.agencyId = agency.value();
        this.createdAt = createdAt;
        apply(draft);
    }

    void apply(ClientDraft draft) {
        this.name = draft.name().strip();
        this.displayName = draft.displayName() == null || draft.displayName().isBlank() ? this.name
                : draft.displayName().strip();
        this.industry = draft.industry();
        this.timeZone = draft.timeZone().getId();
        this.primaryColour = draft.primaryColour();
    }

    void replaceLogo(Logo newLogo) {
        this.logo = newLogo == null ? null : newLogo.bytes();
        this.logoType = newLogo == null ? null : newLogo.contentType();
    }

    void archive(Instant at) {
        this.archivedAt = at;
    }

    void restore() {
        this.archivedAt = null;
    }

    ClientId id() {
        return new ClientId(id);
    }

    AgencyId agencyId() {
        return new AgencyId(agencyId);
    }

    String name() {
        return name;
    }

    ClientDetails details() {
        return new ClientDetails(id(), name, displayName, industry, ZoneId.of(timeZone), primaryColour,
                logo == null ? null : new Logo(logo, logoType), archivedAt, createdAt);
    }

}
