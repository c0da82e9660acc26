package io.plumbline.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = { "jane.doe@example.com", "JANE@EXAMPLE.CO.UK", " x+tag@mail.example.org " })
    void email_addresses_are_refused(String value) {
        assertThat(PersonalData.problem(value))
            .hasValueSatisfying(reason -> assertThat(reason).contains("e-mail address"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+44 20 7946 0958", "+442079460958", "(555) 123-4567", "555-123-4567", "555.123.4567",
            "+1 (555) 123 4567", "0049 30 1234567" })
    void phone_numbers_are_refused(String value) {
        assertThat(PersonalData.problem(value))
            .hasValueSatisfying(reason -> assertThat(reason).contains("phone number"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "c-7f3a9b", "51", "1234567890",
            "3f2a1c0e9b8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1", "0b5e6c1a-2f4d-4c3b-9a8e-7d6c5b4a3f2e",
            "web-signup-form", "shopify-checkout", "crm_00042" })
    void opaque_ids_hashes_and_source_names_pass(String value) {
        assertThat(PersonalData.problem(value)).isEmpty();
    }

}
