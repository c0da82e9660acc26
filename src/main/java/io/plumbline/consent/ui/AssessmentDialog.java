package io.plumbline.consent.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.consent.VendorAssessment;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import java.util.Map;

/**
 * The vendor checklist of one integration; fires {@link SaveEvent}, knows no services.
 */
class AssessmentDialog extends Dialog {

    private final Checkbox dpa = new Checkbox("Data processing agreement signed");

    private final Checkbox fields = new Checkbox("Vendor stores and returns the consent fields");

    private final TextField region = new TextField("Data region");

    private final DatePicker reviewed = new DatePicker("Last reviewed");

    AssessmentDialog(String integrationName, VendorAssessment assessment) {
        setHeaderTitle("Vendor assessment of " + integrationName);
        dpa.setValue(assessment.dpaSigned());
        fields.setValue(assessment.consentFieldsSupported());
        region.setValue(assessment.dataRegion() == null ? "" : assessment.dataRegion());
        region.setPlaceholder("e.g. EU (Frankfurt)");
        reviewed.setValue(assessment.lastReviewed());
        add(new FormLayout(dpa, fields, region, reviewed));
        Button save = new Button("Save",
                e -> fireEvent(new SaveEvent(this, new VendorAssessment(assessment.integration(), dpa.getValue(),
                        fields.getValue(), region.getValue(), reviewed.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void showError(InvalidInputException e) {
        Ui.showOn(e, Map.of("dataRegion", region, "lastReviewed", reviewed));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<AssessmentDialog> {

        private final VendorAssessment assessment;

        SaveEvent(AssessmentDialog source, VendorAssessment assessment) {
            super(source, false);
            this.assessment = assessment;
        }

        VendorAssessment assessment() {
            return assessment;
        }

    }

}
