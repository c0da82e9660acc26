package io.plumbline.shared.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.shared.format.Format.Precision;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void availability_has_two_decimals_and_never_rounds_up_to_its_objective() {
        assertThat(Format.percent(0.95312, Precision.AVAILABILITY)).isEqualTo("95.31 %");
        assertThat(Format.percent(0.95375, Precision.AVAILABILITY)).isEqualTo("95.37 %");
        assertThat(Format.percent(0.99949, Precision.AVAILABILITY)).isEqualTo("99.94 %");
        assertThat(Format.percent(1.0, Precision.AVAILABILITY)).isEqualTo("100.00 %");
        assertThat(Format.percent(0.57, Precision.AVAILABILITY)).as("no binary noise").isEqualTo("57.00 %");
        assertThat(Format.percent(0.29, Precision.AVAILABILITY)).isEqualTo("29.00 %");
        assertThat(Format.percent(OptionalDouble.empty(), Precision.AVAILABILITY)).isEqualTo(Format.NONE);
    }

    @Test
    void coverage_has_one_decimal_and_whole_shares_none() {
        assertThat(Format.percent(0.97044, Precision.COVERAGE)).isEqualTo("97.0 %");
        assertThat(Format.percent(0.975, Precision.COVERAGE)).isEqualTo("97.5 %");
        assertThat(Format.percent(2.0 / 3, Precision.WHOLE)).isEqualTo("67 %");
        assertThat(Format.points(-0.0125, Precision.AVAILABILITY)).isEqualTo("1.25 pts");
    }

    @Test
    void durations_read_in_days_and_hours_from_a_day_on() {
        assertThat(Format.duration(Duration.ofMinutes(71 * 60 + 48))).isEqualTo("2 d 23 h");
        assertThat(Format.duration(Duration.ofHours(48))).isEqualTo("2 d");
        assertThat(Format.duration(Duration.ofMinutes(5 * 60 + 3))).isEqualTo("5 h 3 min");
        assertThat(Format.duration(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Format.duration(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(Format.hours(71.8)).isEqualTo("2 d 23 h");
    }

    @Test
    void money_keeps_each_currencys_own_decimals() {
        assertThat(Format.money(Currency.getInstance("EUR"), new BigDecimal("12200"))).isEqualTo("EUR 12,200.00");
        assertThat(Format.money(Currency.getInstance("JPY"), new BigDecimal("12200.4"))).isEqualTo("JPY 12,200");
    }

    @Test
    void dates_and_times_read_one_way() {
        Instant instant = Instant.parse("2026-12-07T13:05:00Z");
        assertThat(Format.date(LocalDate.of(2026, 12, 7))).isEqualTo("7 Dec 2026");
        assertThat(Format.dateTime(instant, ZoneId.of("Europe/Berlin"))).isEqualTo("7 Dec 2026 14:05");
        assertThat(Format.utc(instant)).isEqualTo("7 Dec 2026 13:05 UTC");
    }

    @Test
    void a_time_zone_reads_as_its_city_and_offset_never_as_its_id() {
        Instant winter = Instant.parse("2026-12-07T12:00:00Z");
        assertThat(Format.zone(ZoneId.of("America/New_York"), winter)).isEqualTo("New York (UTC-05:00)");
        assertThat(Format.zone(ZoneId.of("Europe/Berlin"), winter)).isEqualTo("Berlin (UTC+01:00)");
        assertThat(Format.zone(ZoneId.of("Europe/Berlin"), Instant.parse("2026-07-01T12:00:00Z")))
            .isEqualTo("Berlin (UTC+02:00)");
        assertThat(Format.zone(ZoneOffset.UTC, winter)).isEqualTo("UTC");
    }

    @Test
    void a_viewers_locale_changes_separators_and_month_names_only() {
        Format.Localized german = Format.forLocale(java.util.Locale.GERMANY);
        assertThat(german.percent(0.95319, Precision.AVAILABILITY)).isEqualTo("95,31 %");
        assertThat(german.percent(0.9999, Precision.AVAILABILITY)).isEqualTo("99,99 %");
        assertThat(german.money(Currency.getInstance("EUR"), new BigDecimal("12200"))).isEqualTo("EUR 12.200,00");
        assertThat(german.objective(99.5)).isEqualTo("99,5 %");
        assertThat(german.date(LocalDate.of(2026, 12, 7))).isEqualTo("7 Dez. 2026");
        assertThat(german.duration(Duration.ofHours(71))).isEqualTo("2 d 23 h");
        assertThat(german.count(1_234_567)).isEqualTo("1.234.567");

        Format.Localized english = Format.forLocale(java.util.Locale.UK);
        assertThat(english.percent(0.95319, Precision.AVAILABILITY))
            .isEqualTo(Format.percent(0.95319, Precision.AVAILABILITY))
            .isEqualTo("95.31 %");
        assertThat(english.money(Currency.getInstance("EUR"), new BigDecimal("12200"))).isEqualTo("EUR 12,200.00");
        assertThat(Format.forLocale(null)).isSameAs(Format.ENGLISH);
    }

    @Test
    void a_percentage_already_in_percent_reads_as_the_same_share() {
        assertThat(Format.percentage(new BigDecimal("98.46"), Precision.COVERAGE))
            .isEqualTo(Format.percent(0.9846, Precision.COVERAGE))
            .isEqualTo("98.5 %");
        assertThat(Format.objective(99)).isEqualTo("99 %");
        assertThat(Format.objective(100)).isEqualTo("100 %");
        assertThat(Format.objective(97.25)).isEqualTo("97.25 %");
    }

}
