package io.plumbline.dashboard;

import io.plumbline.retention.Amounts;
import io.plumbline.shared.csv.CsvExport;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The dashboard's tables as CSV, with plain machine-readable numbers (dot decimals,
 * percentages as numbers, empty cell for "no data") so a spreadsheet can compute with
 * them; written by {@link CsvExport}, which keeps a client name from running as a
 * formula.
 */
public final class DashboardCsv {

    private DashboardCsv() {
    }

    /** Every active client with its figures over the period. */
    public static String clients(Portfolio portfolio) {
        return CsvExport.write(List.of("client", "slas", "slas_met", "slas_with_data", "availability_percent",
                "objective_percent", "error_budget_burn", "incidents", "open_incidents", "consent_coverage_percent",
                "consent_target_percent", "nps", "csat_percent", "next_renewal", "monthly_value", "at_risk_score"),
                portfolio.clients()
                    .stream()
                    .map(r -> List.of(r.name(), "" + r.slas(), "" + r.slasMet(), "" + r.slasWithData(),
                            percent(r.availability()), number(r.objectivePercent()), number(r.burnRate()),
                            "" + r.incidents(), "" + r.openIncidents(), percent(r.consentCoverage()),
                            number(OptionalDouble.of(r.consentTargetPercent())), number(r.nps()), number(r.csat()),
                            r.nextRenewal().map(Object::toString).orElse(""), money(r.monthlyValue()),
                            number(OptionalDouble.of(r.risk().value()))))
                    .toList());
    }

    /**
     * The clients the at-risk score flags, worst first, with the factor that adds most.
     */
    public static String atRisk(Portfolio portfolio) {
        return CsvExport
            .write(List.of("client", "at_risk_score", "main_reason", "next_renewal", "monthly_value"), portfolio
                .atRisk()
                .stream()
                .map(r -> List.of(r.name(), number(OptionalDouble.of(r.risk().value())), r.risk().mainFactor().name(),
                        r.nextRenewal().map(Object::toString).orElse(""), money(r.monthlyValue())))
                .toList());
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? number(OptionalDouble.of(share.getAsDouble() * 100)) : "";
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "";
    }

    /** "1200.00 EUR; 300.00 USD": amounts in different currencies are never added. */
    private static String money(Amounts amounts) {
        return amounts.byCurrency()
            .entrySet()
            .stream()
            .map(e -> e.getValue().setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
                    + e.getKey().getCurrencyCode())
            .collect(Collectors.joining("; "));
    }

}
