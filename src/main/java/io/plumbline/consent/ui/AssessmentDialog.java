package io.plumbline.consent.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.consent.VendorAssessment;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.ui.EditorDialog;
import java.util.Map;

/**
 * The vendor checklist of one integration; knows no services.
 */
class AssessmentDialog extends EditorDialog<VendorAssessment> {

    private final Checkbox dpa = new Checkbox("Data processing agreement signed");

    private final Checkbox fields = new Checkbox("Vendor stores and returns the consent fields");

    private final TextField region = new TextField("Data region");

    private final DatePicker reviewed = new DatePicker("Last reviewed");

    private final IntegrationId integration;

    AssessmentDialog(String integrationName, VendorAssessment assessment) {
        super("Vendor assessment of " + integrationName, "Save");
        integration = assessment.integration();
        dpa.setValue(assessment.dpaSigned());
        fields.setValue(assessment.consentFieldsSupported());
        region.setValue(assessment.dataRegion() == null ? "" : assessment.dataRegion());
        region.setPlaceholder("e.g. EU (Frankfurt)");
        reviewed.setValue(assessment.lastReviewed());
        add(new FormLayout(dpa, fields, region, reviewed));
    }

    @Override
    protected VendorAssessment draft() {
        return new VendorAssessment(integration, dpa.getValue(), fields.getValue(), region.getValue(),
                reviewed.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("dataRegion", region, "lastReviewed", reviewed);
    }

}
