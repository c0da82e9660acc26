package io.plumbline.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class CsvLineReaderTest {

    @Test
    void each_record_carries_the_physical_line_it_starts_on_when_a_quoted_value_spans_lines() {
        String text = "name,comment\nAcme,\"first\nsecond\nthird\"\nInitech,short\n";

        assertThat(CsvLineReader.readAll(text, ',')).containsExactly(new CsvLine(1, List.of("name", "comment")),
                new CsvLine(2, List.of("Acme", "first\nsecond\nthird")), new CsvLine(5, List.of("Initech", "short")));
    }

    @Test
    void crlf_line_ends_count_as_one_line_and_stay_inside_quoted_values() {
        String text = "name,comment\r\nAcme,\"first\r\nsecond\"\r\nInitech,short\r\n";

        assertThat(CsvLineReader.readAll(text, ',')).extracting(CsvLine::line).containsExactly(1, 2, 4);
        assertThat(CsvLineReader.readAll(text, ',').get(1).cells()).containsExactly("Acme", "first\r\nsecond");
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_column_name() {
        assertThat(CsvLineReader.readAll("\uFEFFclient,reference\nAcme,A-1\n", ',').getFirst().cells())
            .containsExactly("client", "reference");
    }

    @Test
    void empty_lines_are_skipped_but_counted() {
        String text = "name\r\n\r\nAcme\n\n\nInitech\n";

        assertThat(CsvLineReader.readAll(text, ',')).extracting(CsvLine::line, line -> line.cell(0))
            .containsExactly(Tuple.tuple(1, "name"), Tuple.tuple(3, "Acme"), Tuple.tuple(6, "Initech"));
    }

    @Test
    void an_unbalanced_quote_is_reported_on_the_line_its_record_starts() {
        String text = "name,comment\nAcme,fine\nInitech,\"never closed\nmore\nand more\n";

        assertThatThrownBy(() -> CsvLineReader.readAll(text, ','))
            .isInstanceOfSatisfying(CsvLineReader.MalformedCsv.class, e -> assertThat(e.line()).isEqualTo(3))
            .hasMessageContaining("EOF reached before encapsulated token finished");
    }

    @Test
    void text_after_a_closing_quote_is_reported_on_its_line() {
        String text = "name,comment\nAcme,\"quoted\"tail\n";

        assertThatThrownBy(() -> CsvLineReader.readAll(text, ','))
            .isInstanceOfSatisfying(CsvLineReader.MalformedCsv.class, e -> assertThat(e.line()).isEqualTo(2))
            .hasMessageContaining("Invalid character between encapsulated token and delimiter");
    }

    @Test
    void records_reach_the_caller_one_by_one_in_file_order() {
        List<Integer> seen = new ArrayList<>();

        CsvLineReader.read("a\nb\nc", ',', line -> seen.add(line.line()));

        assertThat(seen).containsExactly(1, 2, 3);
    }

    @Test
    void the_header_line_decides_between_comma_and_semicolon() {
        assertThat(CsvLineReader.delimiterOf("client;reference;note\nAcme;A-1;a,b,c,d")).isEqualTo(';');
        assertThat(CsvLineReader.delimiterOf("client,reference\nAcme,A;1")).isEqualTo(',');
        assertThat(CsvLineReader.readAll("a;b\n1;2", ';').get(1).cells()).containsExactly("1", "2");
    }

    @Test
    void a_cell_is_stripped_and_a_missing_cell_is_empty() {
        CsvLine line = new CsvLine(4, List.of(" Acme ", "  "));

        assertThat(line.cell(0)).isEqualTo("Acme");
        assertThat(line.cell(7)).isEmpty();
        assertThat(line.blank()).isFalse();
        assertThat(new CsvLine(5, List.of("", " ")).blank()).isTrue();
    }

}
