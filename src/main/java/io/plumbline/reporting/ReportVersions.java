package io.plumbline.reporting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports regenerated for the same subject (kind and client) and period are versions of
 * one report, numbered 1, 2, … in the order they were requested; only READY reports
 * count, since a failed attempt produced no document. The newest version is the report;
 * the portal lists only it, the agency's archive labels each (docs/reports.md).
 */
public record ReportVersions(Map<ReportId, Integer> numbers, Map<Subject, Integer> latest) {

    /** What a version is a version of. */
    public record Subject(ReportKind kind, Optional<io.plumbline.tenancy.ClientId> client, ReportPeriod period) {

        static Subject of(ReportDetails report) {
            return new Subject(report.kind(), report.client(), report.period());
        }
    }

    /** The versions among the given reports. */
    public static ReportVersions of(List<ReportDetails> reports) {
        Map<ReportId, Integer> numbers = new HashMap<>();
        Map<Subject, Integer> latest = new HashMap<>();
        reports.stream()
            .filter(r -> r.state() == ReportState.READY)
            .sorted(Comparator.comparing(ReportDetails::requestedAt))
            .forEach(r -> {
                int number = latest.merge(Subject.of(r), 1, Integer::sum);
                numbers.put(r.id(), number);
            });
        return new ReportVersions(Map.copyOf(numbers), Map.copyOf(latest));
    }

    /** The newest READY version of each subject and period, in the given order. */
    public static List<ReportDetails> newestOnly(List<ReportDetails> reports) {
        Map<Subject, ReportDetails> newest = new LinkedHashMap<>();
        reports.stream()
            .filter(r -> r.state() == ReportState.READY)
            .forEach(r -> newest.merge(Subject.of(r), r,
                    (kept, other) -> other.requestedAt().isAfter(kept.requestedAt()) ? other : kept));
        return reports.stream().filter(r -> newest.containsValue(r)).toList();
    }

    /** The version number of a READY report; empty for others. */
    public Optional<Integer> number(ReportDetails report) {
        return Optional.ofNullable(numbers.get(report.id()));
    }

    /** Whether a newer READY version of the report's subject and period exists. */
    public boolean replaced(ReportDetails report) {
        return number(report).map(n -> n < latest.get(Subject.of(report))).orElse(false);
    }

    /**
     * "version 2", "version 1, replaced by version 2", or nothing for a report that has
     * no other version (or is not READY).
     */
    public String label(ReportDetails report) {
        Optional<Integer> number = number(report);
        int count = latest.getOrDefault(Subject.of(report), 0);
        if (number.isEmpty() || count == 1) {
            return "";
        }
        return "version " + number.get() + (number.get() < count ? ", replaced by version " + count : "");
    }

}
