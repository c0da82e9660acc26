package io.plumbline.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class AmountsFormatTest {

    private static final Amounts TWO_CURRENCIES = Amounts.NONE
        .plus(Currency.getInstance("USD"), new BigDecimal("3000.4"))
        .plus(Currency.getInstance("EUR"), new BigDecimal("12400.456"));

    @Test
    void each_currency_stands_apart_in_code_order_with_the_decimals_asked_for() {
        assertThat(TWO_CURRENCIES.format(0)).isEqualTo("EUR 12,400 · USD 3,000");
        assertThat(TWO_CURRENCIES.format(2)).isEqualTo("EUR 12,400.46 · USD 3,000.40");
    }

    @Test
    void no_amount_formats_as_nothing() {
        assertThat(Amounts.NONE.format(2)).isEmpty();
    }

}
