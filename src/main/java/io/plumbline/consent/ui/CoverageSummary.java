package io.plumbline.consent.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.plumbline.consent.ClientCoverage;
import io.plumbline.consent.ConsentCounts;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.charts.ConsentCharts;
import io.plumbline.shared.ui.SvgChart;
import io.plumbline.shared.ui.Ui;
import java.util.Arrays;
import io.plumbline.shared.ui.NarrowScreens;

/**
 * What agency and portal both show of one client: key figures, the daily trend and the
 * figures per field.
 */
class CoverageSummary extends Div {

    CoverageSummary(ClientCoverage coverage) {
        setWidthFull();
        ConsentCounts counts = coverage.counts();
        double target = coverage.policy().targetPercent();
        Div kpis = new Div(
                Ui.kpi("Coverage", ConsentFormat.percent(counts.coverage()),
                        String.format(Ui.figures().locale(), "%,d of %,d records carried every required field",
                                counts.complete(), counts.records())),
                Ui.kpi("Target", String.format(Ui.figures().locale(), "%.1f %%", target),
                        coverage.policy().standard() ? "standard policy" : "client policy"),
                Ui.kpi("Opt-in rate", ConsentFormat.percent(counts.optInRate()),
                        "opt-in true / records with an opt-in value"),
                Ui.kpi("Stale consents", String.format(Ui.figures().locale(), "%,d", counts.stale()),
                        "older than %d days (%s of timestamps)".formatted(coverage.policy().maxAgeDays(),
                                ConsentFormat.percent(counts.staleShare()))));
        kpis.addClassName("pl-kpis");
        add(kpis, new SvgChart("Coverage by day (red: target)", ConsentCharts.trend(coverage.trend(), target)));
        Grid<ConsentField> fields = new Grid<>();
        fields.addColumn(ConsentField::label).setHeader("Field").setKey("Field").setFlexGrow(1);
        var jsonName = fields.addColumn(ConsentField::jsonName).setHeader("JSON name").setAutoWidth(true);
        fields.addColumn(f -> coverage.policy().required().contains(f) ? "required" : "optional")
            .setHeader("Policy")
            .setAutoWidth(true);
        fields.addColumn(f -> ConsentFormat.percent(counts.missing(f)))
            .setHeader("Missing")
            .setKey("Missing")
            .setAutoWidth(true);
        var recordsWithout = fields
            .addColumn(f -> String.format(Ui.figures().locale(), "%,d", counts.records() - counts.carrying(f)))
            .setHeader("Records without it")
            .setAutoWidth(true);
        NarrowScreens.hideOnPhones(fields, jsonName, recordsWithout);
        fields.setItems(Arrays.asList(ConsentField.values()));
        fields.setAllRowsVisible(true);
        fields.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(new H3("By field"), fields);
    }

}
