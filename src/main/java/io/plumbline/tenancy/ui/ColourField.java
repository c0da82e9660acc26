package io.plumbline.tenancy.ui;

import io.plumbline.shared.ui.Ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.tenancy.Branding;

/** A hex colour with a live swatch. */
class ColourField extends TextField {

    ColourField(String label) {
        super(label);
        setPlaceholder("#1f5fbf");
        setMaxLength(7);
        setPattern("#[0-9a-fA-F]{6}");
        setHelperText("Hex colour, e.g. #1f5fbf");
        Span swatch = Ui.swatch(null);
        setSuffixComponent(swatch);
        addValueChangeListener(e -> swatch.getStyle()
            .setBackgroundColor(Branding.isColour(e.getValue()) ? e.getValue() : "transparent"));
    }

}
