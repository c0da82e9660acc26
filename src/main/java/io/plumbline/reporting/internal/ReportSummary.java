package io.plumbline.reporting.internal;

import io.plumbline.changelog.ChangeEntry;
import io.plumbline.reporting.internal.ClientReportData.SlaResult;
import io.plumbline.sla.Objectives;
import io.plumbline.sla.Verdict;
import java.util.ArrayList;
import java.util.List;

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
        return sentence + "; %s missed its %s target at %s.".formatted(worst.sla().name(),
                Objectives.plain(worst.sla().objectives().availabilityPercent()) + " %",
                PdfText.percent(worst.evaluation().availability()));
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
        var coverage = data.coverage().counts().coverage();
        if (coverage.isEmpty()) {
            return "No consent records were received in this period.";
        }
        double target = data.coverage().policy().targetPercent();
        return "Consent coverage was %s against a target of %s %%, %s.".formatted(PdfText.coverage(coverage),
                io.plumbline.sla.Objectives.plain(target),
                data.coverage().belowTarget() ? "below target" : "on target");
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String versions(ChangeEntry entry) {
        return entry.versions().isEmpty() ? "" : " (" + entry.versions() + ")";
    }

}
