package io.plumbline.tenancy.internal;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.Branding;
import io.plumbline.tenancy.Logo;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private UUID id;

    private String name;

    private String primaryColour;

    private byte[] logo;

    private String logoType;

    private Instant createdAt;

    protected Agency() {
    }

    public Agency(AgencyId id, String name, Instant createdAt) {
        this.id = id.value();
        this.name = name;
        this.primaryColour = Branding.DEFAULT_COLOUR;
        this.createdAt = createdAt;
    }

    AgencyId id() {
        return new AgencyId(id);
    }

    public Branding branding() {
        return new Branding(name, primaryColour, logo == null ? null : new Logo(logo, logoType));
    }

    public void rebrand(String name, String primaryColour) {
        this.name = name;
        this.primaryColour = primaryColour;
    }

    public void replaceLogo(Logo newLogo) {
        this.logo = newLogo == null ? null : newLogo.bytes();
        this.logoType = newLogo == null ? null : newLogo.contentType();
    }

}
