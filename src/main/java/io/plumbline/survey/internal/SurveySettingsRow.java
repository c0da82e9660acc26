package io.plumbline.survey.internal;

import io.plumbline.survey.PeriodKind;
import io.plumbline.survey.SurveySettings;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "survey_settings")
public class SurveySettingsRow {

    @Id
    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    private PeriodKind pulsePeriod;

    private boolean clientsSeeTrend;

    protected SurveySettingsRow() {
    }

    public SurveySettingsRow(UUID agencyId, SurveySettings settings) {
        this.agencyId = agencyId;
        apply(settings);
    }

    public void apply(SurveySettings settings) {
        this.pulsePeriod = settings.pulsePeriod();
        this.clientsSeeTrend = settings.clientsSeeTrend();
    }

    public SurveySettings details() {
        return new SurveySettings(pulsePeriod, clientsSeeTrend);
    }

}
