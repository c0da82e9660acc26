/**
 * The one way figures are written: percentages, durations, money, dates, times and time
 * zones, the same in every view, CSV export and PDF.
 */
package io.plumbline.shared.format;
