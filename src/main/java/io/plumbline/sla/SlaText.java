package io.plumbline.sla;

import io.plumbline.shared.format.Format;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * How an SLA's judgement reads, the one wording for the agency app, the dashboard, the
 * portal and the reports: the verdict of the SLA's own window, its availability, the
 * window it belongs to and the forecast with the rate it rests on.
 */
public final class SlaText {

    /** What the forecast's rate is, said next to the forecast. */
    public static final String FORECAST_RATE = "at the failure rate of the last 24 whole hours";

    private SlaText() {
    }

    /** "95.31 %", the same precision wherever an SLA's availability shows. */
    public static String availability(SlaEvaluation evaluation) {
        return availability(Format.ENGLISH, evaluation);
    }

    /** {@link #availability(SlaEvaluation)} in a viewer's language. */
    public static String availability(Format.Localized format, SlaEvaluation evaluation) {
        return format.percent(evaluation.availability(), Format.Precision.AVAILABILITY);
    }

    /** "1.20×": failed events over those the objective allows. */
    public static String burnRate(SlaEvaluation evaluation) {
        return burnRate(Format.ENGLISH, evaluation);
    }

    /** {@link #burnRate(SlaEvaluation)} in a viewer's language: "1,20×" for German. */
    public static String burnRate(Format.Localized format, SlaEvaluation evaluation) {
        return evaluation.burnRate().isPresent()
                ? String.format(format == Format.ENGLISH ? Locale.ROOT : format.locale(), "%.2f×",
                        evaluation.burnRate().getAsDouble())
                : Format.NONE;
    }

    /**
     * "Calendar month · 1 Dec 2026 00:00 – 1 Jan 2027 00:00, Berlin (UTC+01:00)": the
     * window a verdict belongs to.
     */
    public static String window(EvaluationWindow kind, SlaEvaluation evaluation, ZoneId zone) {
        return window(Format.ENGLISH, kind, evaluation, zone);
    }

    /**
     * {@link #window(EvaluationWindow, SlaEvaluation, ZoneId)} in a viewer's language.
     */
    public static String window(Format.Localized format, EvaluationWindow kind, SlaEvaluation evaluation, ZoneId zone) {
        return kind.label() + " · " + interval(format, evaluation, zone);
    }

    /** "1 Dec 2026 00:00 – 1 Jan 2027 00:00, Berlin (UTC+01:00)". */
    public static String interval(SlaEvaluation evaluation, ZoneId zone) {
        return interval(Format.ENGLISH, evaluation, zone);
    }

    /** {@link #interval(SlaEvaluation, ZoneId)} in a viewer's language. */
    public static String interval(Format.Localized format, SlaEvaluation evaluation, ZoneId zone) {
        return "%s – %s, %s".formatted(format.dateTime(evaluation.window().start(), zone),
                format.dateTime(evaluation.window().end(), zone), format.zone(zone, evaluation.window().start()));
    }

    /**
     * The heading of the objectives that fail: a breach only once the verdict is Missed;
     * in a window still running and not yet lost they are "below objective so far".
     */
    public static String shortfallHeading(SlaEvaluation evaluation) {
        return evaluation.verdict() == Verdict.MISSED ? "Breach" : "Below objective so far";
    }

    /**
     * Each failing objective with its heading: "Breach: availability 95.31 % is below 99
     * %".
     */
    public static List<String> shortfalls(SlaEvaluation evaluation) {
        return evaluation.breaches().stream().map(b -> shortfallHeading(evaluation) + ": " + b).toList();
    }

    /** "runs out 7 Dec 2026 14:05" in the client's zone. */
    public static String forecast(Forecast forecast, ZoneId zone) {
        return forecast(Format.ENGLISH, forecast, zone);
    }

    /** {@link #forecast(Forecast, ZoneId)} in a viewer's language. */
    public static String forecast(Format.Localized format, Forecast forecast, ZoneId zone) {
        return switch (forecast.kind()) {
            case NO_DATA -> "no data";
            case EXHAUSTED -> "spent on " + format.dateTime(forecast.at(), zone);
            case RUNS_OUT -> "runs out " + format.dateTime(forecast.at(), zone);
            case NOT_AT_THIS_RATE -> "lasts the window at this rate";
            case CLOSED -> "window closed";
        };
    }

}
