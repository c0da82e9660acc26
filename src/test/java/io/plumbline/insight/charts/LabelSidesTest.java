package io.plumbline.insight.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.insight.charts.LabelSides.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSidesTest {

    @Test
    void two_names_that_would_cover_each_other_go_to_opposite_sides() {
        List<Boolean> above = LabelSides
            .above(List.of(new Point(99.1, 20, "Soylent", false), new Point(99.2, 22, "Wayfarer", false)), 0.05, 10);

        assertThat(above).containsExactly(false, true);
    }

    @Test
    void names_far_apart_keep_their_preferred_sides() {
        List<Boolean> above = LabelSides.above(List.of(new Point(95, 20, "Acme", false),
                new Point(99, 60, "Globex", true), new Point(97, -40, "Initech", false)), 0.05, 10);

        assertThat(above).containsExactly(false, true, false);
    }

    @Test
    void a_name_stays_on_its_side_when_the_other_side_is_taken_too() {
        List<Boolean> above = LabelSides.above(List.of(new Point(99.0, 0, "Alpha", false),
                new Point(99.0, 15, "Beta", false), new Point(99.05, 7, "Gamma", false)), 0.05, 10);

        assertThat(above.get(2)).isFalse();
    }

}
