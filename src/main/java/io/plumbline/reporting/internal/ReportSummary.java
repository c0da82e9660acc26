package io.plumbline.reporting.internal;

import io.plumbline.changelog.ChangeEntry;
import io.plumbline.reporting.internal.ClientReportData.SlaResult;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * The executive summary: a few plain sentences written from the figures, nothing a reader
 * must interpret.
 */
final class ReportSummary {

    private ReportSummary() {
    }

    static List<String> sentences(ClientReportData data) {
        List<String> sentences = new ArrayList<>();
        sentences.add(health(data));
        if (!data.slas().isEmpty()) {
            sentences.add(slas(data.slas()));
        }
        sentences.add(incidents(data));
        sentences.add(consent(data));
        long breaking = data.upcoming().stream().filter(e -> e.kind().breaking()).count();
        if (!data.changes().isEmpty() || !data.upcoming().isEmpty()) {
            sentences.add("%s took effect in the period%s.".formatted(plural(data.changes().size(), "change"),
                    breaking == 0 ? "" : "; %s coming up need%s attention"
                        .formatted(plural(breaking, "breaking change"), breaking == 1 ? "s" : "")));
        }
        return sentences;
    }

    private static String health(ClientReportData data) {
        if (data.health().total() == 0) {
            return "No calls were observed on your %s in this period."
                .formatted(plural(data.integrations().size(), "integration"));
        }
        String latency = data.health().p95().isPresent()
                ? " and 95 % of successful calls answered within " + PdfText.millis(data.health().p95()) : "";
        return "Your %s handled %s calls with an availability of %s%s.".formatted(
                plural(data.integrations().size(), "integration"), PdfText.count(data.health().total()),
                PdfText.percent(data.health().availability()), latency);
    }

    private static String slas(List<SlaResult> slas) {
        List<SlaResult> missed = slas.stream().filter(s -> s.evaluation().verdict() == Verdict.MISSED).toList();
        long met = slas.stream().filter(s -> s.evaluation().verdict() == Verdict.MET).count();
        String sentence = "%d of %s met %s objectives".formatted(met, plural(slas.size(), "service level agreement"),
                slas.size() == 1 ? "its" : "their");
        if (missed.isEmpty()) {
            return sentence + ".";
        }
        SlaResult worst = missed.getFirst();
        double objective = worst.sla().objectives().availabilityPercent();
        OptionalDouble availability = worst.evaluation().availability();
        if (availability.isPresent() && !below(availability.getAsDouble(), objective)) {
            // missed on another objective (latency): its availability is not the reason
            return sentence + "; %s missed its objectives (%s).".formatted(worst.sla().name(),
                    worst.sla().objectives().describe());
        }
        return sentence + "; %s missed its %s availability target at %s.".formatted(worst.sla().name(),
                Objectives.plain(objective) + " %", PdfText.percent(availability) + (availability.isPresent()
                        ? ", " + verdict(availability.getAsDouble(), objective, PdfText::percent) : ""));
    }

    private static String incidents(ClientReportData data) {
        int count = data.incidents().size();
        if (count == 0) {
            return "No incidents affected your integrations.";
        }
        int resolved = data.timesToResolve().size();
        String resolution = data.medianTimeToResolve()
            .map(PdfText::duration)
            .map(median -> "%s resolved, in a median of %s"
                .formatted(resolved == count ? (count == 1 ? "it was" : "all were") : resolved + " were", median))
            .orElse("none is resolved yet");
        return "%s affected your integrations; %s.".formatted(plural(count, "incident"), resolution);
    }

    private static String consent(ClientReportData data) {
        return consent(data.coverage().counts().coverage(), data.coverage().policy().targetPercent());
    }

    /**
     * "Consent coverage was 97.04 % against a target of 98 %, 0.96 points below target."
     * The figure is the consent table's ({@link PdfText#coverage}); the verdict compares
     * the same unrounded share, and gives it when the written figure is too coarse to
     * show the miss.
     */
    static String consent(OptionalDouble coverage, double targetPercent) {
        if (coverage.isEmpty()) {
            return "No consent records were received in this period.";
        }
        return "Consent coverage was %s against a target of %s %%, %s.".formatted(PdfText.coverage(coverage),
                Objectives.plain(targetPercent),
                verdict(coverage.getAsDouble(), targetPercent, share -> PdfText.coverage(OptionalDouble.of(share))));
    }

    /**
     * Where a share (0..1), as {@code written} shows it, stands against a target in
     * percent: "1.0 points below target" (the target minus the figure as written, so the
     * reader's own subtraction agrees), "just below target (97.996 %)" when the miss is
     * smaller than the figure's last decimal, "on target".
     */
    static String verdict(double share, double targetPercent, DoubleFunction<String> written) {
        double percent = share * 100;
        if (!below(share, targetPercent)) {
            return "on target";
        }
        BigDecimal shown = new BigDecimal(written.apply(share).replace(" %", "").replace(",", ""));
        if (targetPercent - percent < BigDecimal.ONE.movePointLeft(shown.scale()).doubleValue()) {
            return "just below target (%s %%)".formatted(unrounded(percent, targetPercent));
        }
        return BigDecimal.valueOf(targetPercent).subtract(shown).setScale(shown.scale(), RoundingMode.HALF_UP)
                + " points below target";
    }

    /** Below target by the unrounded share, as the consent and SLA modules judge it. */
    private static boolean below(double share, double targetPercent) {
        return share * 100 < targetPercent;
    }

    /** As few decimals as show that the value is below the target. */
    private static String unrounded(double percent, double targetPercent) {
        for (int decimals = 3; decimals < 8; decimals++) {
            BigDecimal shown = BigDecimal.valueOf(percent).setScale(decimals, RoundingMode.DOWN);
            if (shown.doubleValue() < targetPercent) {
                return shown.toPlainString();
            }
        }
        return BigDecimal.valueOf(percent).toPlainString();
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String versions(ChangeEntry entry) {
        return entry.versions().isEmpty() ? "" : " (" + entry.versions() + ")";
    }

}
