package io.plumbline.tenancy.internal;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientDraft;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.Industry;
import io.plumbline.tenancy.Logo;
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
public class Client {

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

    public Client(ClientId id, AgencyId agency, ClientDraft draft, Instant createdAt) {
        this.id = id.value();
        this.agencyId = agency.value();
        this.createdAt = createdAt;
        apply(draft);
    }

    public void apply(ClientDraft draft) {
        this.name = draft.name().strip();
        this.displayName = draft.displayName() == null || draft.displayName().isBlank() ? this.name
                : draft.displayName().strip();
        this.industry = draft.industry();
        this.timeZone = draft.timeZone().getId();
        this.primaryColour = draft.primaryColour();
    }

    public void replaceLogo(Logo newLogo) {
        this.logo = newLogo == null ? null : newLogo.bytes();
        this.logoType = newLogo == null ? null : newLogo.contentType();
    }

    public void archive(Instant at) {
        this.archivedAt = at;
    }

    public void restore() {
        this.archivedAt = null;
    }

    public ClientId id() {
        return new ClientId(id);
    }

    AgencyId agencyId() {
        return new AgencyId(agencyId);
    }

    public String name() {
        return name;
    }

    public ClientDetails details() {
        return new ClientDetails(id(), name, displayName, industry, ZoneId.of(timeZone), primaryColour,
                logo == null ? null : new Logo(logo, logoType), archivedAt, createdAt);
    }

}
