package io.plumbline.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The short cut for the common timestamp form reads exactly what {@link Instant#parse}
 * reads, and leaves everything else to it.
 */
class ItemFieldsTest {

    @Test
    void the_common_form_reads_as_instant_parse_reads_it_and_other_forms_are_left_to_it() {
        assertThat(ItemFields.commonInstant("2026-11-26T10:15:30Z")).isEqualTo(Instant.parse("2026-11-26T10:15:30Z"));
        assertThat(ItemFields.commonInstant("2024-02-29T23:59:59.123Z"))
            .isEqualTo(Instant.parse("2024-02-29T23:59:59.123Z"));
        assertThat(ItemFields.commonInstant("0000-01-01T00:00:00.000000001Z"))
            .isEqualTo(Instant.parse("0000-01-01T00:00:00.000000001Z"));
        for (String other : new String[] { "2026-11-26T10:15:30+01:00", "2026-11-26t10:15:30z", "2025-02-29T00:00:00Z",
                "2026-11-26T23:59:60Z", "2026-11-26T24:00:00Z", "2026-11-26T10:15:30.Z", "+2026-11-26T10:15:30Z",
                "2026-11-26T10:15:30.1234567890Z", "2026-11-26 10:15:30Z", "yesterday" }) {
            assertThat(ItemFields.commonInstant(other)).as(other).isNull();
        }

        SplittableRandom random = new SplittableRandom(3);
        String[] digits = { "0", "1", "2", "3", "5", "9", "x", "-", "" };
        int common = 0;
        for (int run = 0; run < 200_000; run++) {
            StringBuilder text = new StringBuilder(
                    "%04d-%02d-%02dT%02d:%02d:%02d".formatted(random.nextInt(10_000), random.nextInt(14),
                            random.nextInt(33), random.nextInt(26), random.nextInt(61), random.nextInt(62)));
            if (random.nextBoolean()) {
                text.append('.').append("%010d".formatted(random.nextLong(10_000_000_000L)), 0, random.nextInt(11));
            }
            text.append(random.nextInt(20) == 0 ? "+01:00" : "Z");
            if (random.nextInt(10) == 0) {
                int at = random.nextInt(text.length());
                text.replace(at, at + 1, digits[random.nextInt(digits.length)]);
            }
            Instant expected;
            try {
                expected = Instant.parse(text);
            }
            catch (DateTimeParseException e) {
                expected = null;
            }
            Instant fast = ItemFields.commonInstant(text.toString());
            if (fast != null) {
                common++;
                assertThat(fast).as(text.toString()).isEqualTo(expected);
            }
        }
        assertThat(common).isGreaterThan(50_000);
    }

}
