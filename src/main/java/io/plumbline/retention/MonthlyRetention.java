package io.plumbline.retention;

import java.time.YearMonth;

/**
 * One month of the MRR chart: MRR at the month's close, and the logos and MRR that
 * churned in it.
 */
public record MonthlyRetention(YearMonth month, Amounts closingMrr, int logosChurned, Amounts churnedMrr) {
}
