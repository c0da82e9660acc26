package io.plumbline.sla.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import io.plumbline.sla.Objectives;
import java.util.HashMap;
import java.util.Map;

/** The three objective fields, shared by the SLA and the campaign window forms. */
class ObjectivesFields {

    private final NumberField availability = new NumberField("Availability objective (%)");

    private final IntegerField p95 = new IntegerField("p95 latency objective (ms)");

    private final NumberField dailyErrorRate = new NumberField("Daily error-rate limit (%)");

    ObjectivesFields() {
        availability.setRequiredIndicatorVisible(true);
        availability.setPlaceholder("99.5");
        availability.setHelperText("good calls / all calls, maintenance excluded");
        p95.setHelperText("optional");
        dailyErrorRate.setHelperText("optional: failed share on any one local day");
    }

    void addTo(FormLayout form) {
        form.add(availability, p95, dailyErrorRate);
    }

    void setValue(Objectives objectives) {
        availability.setValue(objectives.availabilityPercent());
        p95.setValue(objectives.p95LatencyMs());
        dailyErrorRate.setValue(objectives.maxDailyErrorRatePercent());
    }

    Objectives getValue() {
        return new Objectives(availability.getValue() == null ? Double.NaN : availability.getValue(), p95.getValue(),
                dailyErrorRate.getValue());
    }

    /**
     * The form's other fields plus these, by the names the service uses in its refusals.
     */
    Map<String, HasValue<?, ?>> fieldsByName(Map<String, ? extends HasValue<?, ?>> others) {
        Map<String, HasValue<?, ?>> all = new HashMap<>(others);
        all.put("availability", availability);
        all.put("p95", p95);
        all.put("dailyErrorRate", dailyErrorRate);
        return all;
    }

}
