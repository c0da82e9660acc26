package io.plumbline.survey;

/**
 * An agency's survey choices.
 *
 * @param pulsePeriod how often the portal offers the pulse survey to each client user (at
 * most once per period)
 * @param clientsSeeTrend whether client users see their own satisfaction trend in the
 * portal
 */
public record SurveySettings(PeriodKind pulsePeriod, boolean clientsSeeTrend) {

    public static final SurveySettings DEFAULTS = new SurveySettings(PeriodKind.QUARTER, false);

}
