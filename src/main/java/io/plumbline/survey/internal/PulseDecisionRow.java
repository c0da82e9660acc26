package io.plumbline.survey.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The pulse survey was answered or dismissed by one user in one period; either way it is
 * not offered again.
 */
@Entity
@Table(name = "survey_pulse")
public class PulseDecisionRow {

    @Embeddable
    public record Key(UUID agencyId, UUID userId, String period) implements Serializable {
    }

    public enum Outcome {

        ANSWERED, DISMISSED

    }

    @EmbeddedId
    private Key key;

    private UUID clientId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;

    private Instant decidedAt;

    protected PulseDecisionRow() {
    }

    public PulseDecisionRow(Key key, UUID clientId, Outcome outcome, Instant decidedAt) {
        this.key = key;
        this.clientId = clientId;
        this.outcome = outcome;
        this.decidedAt = decidedAt;
    }

}
