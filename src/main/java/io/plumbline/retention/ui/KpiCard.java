package io.plumbline.retention.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A KPI card: label, one value line per currency (or one), the change vs the previous
 * period, the formula.
 */
class KpiCard extends Div {

    KpiCard(String label, List<String> values, String change, String formula) {
        addClassName("pl-kpi");
        Span labelSpan = new Span(label);
        labelSpan.addClassName("pl-kpi-label");
        add(labelSpan);
        for (String value : values.isEmpty() ? List.of("no data") : values) {
            Span valueSpan = new Span(value);
            valueSpan.addClassName(values.size() > 1 ? "pl-kpi-value-small" : "pl-kpi-value");
            add(valueSpan);
        }
        if (change != null) {
            Span changeSpan = new Span(change);
            changeSpan.addClassName("pl-kpi-detail");
            add(changeSpan);
        }
        Span formulaSpan = new Span(formula);
        formulaSpan.addClassName("pl-kpi-formula");
        add(formulaSpan);
    }

}
