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
    void each_currency_stands_apart_in_code_order_with_its_own_decimals() {
        assertThat(TWO_CURRENCIES.format()).isEqualTo("EUR 12,400.46 · USD 3,000.40");
        assertThat(Amounts.NONE.plus(Currency.getInstance("JPY"), new BigDecimal("1200.4")).format())
            .isEqualTo("JPY 1,200");
    }

    @Test
    void no_amount_formats_as_nothing() {
        assertThat(Amounts.NONE.format()).isEmpty();
    }

}
