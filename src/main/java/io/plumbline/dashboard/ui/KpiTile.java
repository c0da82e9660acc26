package io.plumbline.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.plumbline.dashboard.Kpi;
import java.util.OptionalDouble;

/**
 * A KPI card: the figure, and its change against the previous period as an arrow and a
 * value, green when it went the good way and red when the bad way (which way is good
 * depends on the figure).
 */
class KpiTile extends Div {

    KpiTile(String label, String value, String change, String tone, String hint) {
        addClassNames("pl-kpi", "pl-dash-kpi");
        Span labelSpan = new Span(label);
        labelSpan.addClassName("pl-kpi-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("pl-kpi-value");
        Span changeSpan = new Span(change);
        changeSpan.addClassNames("pl-change", "pl-change-" + tone);
        add(labelSpan, valueSpan, changeSpan);
        setTitle(hint);
    }

    /** The card of a KPI, its figures written in the KPI's unit. */
    static KpiTile of(Kpi kpi, String hint) {
        String shown = kpi.currentText();
        OptionalDouble change = kpi.change();
        if (change.isEmpty()) {
            return new KpiTile(kpi.name(), shown, "no comparison", "none", hint);
        }
        double by = change.getAsDouble();
        if (by == 0) {
            return new KpiTile(kpi.name(), shown, "= unchanged", "none", hint);
        }
        String arrow = by > 0 ? "▲ " : "▼ ";
        String tone = kpi.improved().orElseThrow() ? "better" : "worse";
        return new KpiTile(kpi.name(), shown, arrow + kpi.unit().delta(by), tone, hint);
    }

}
