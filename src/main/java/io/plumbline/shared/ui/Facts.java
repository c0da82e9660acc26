package io.plumbline.shared.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** A two-column list of labelled facts. */
public class Facts extends DescriptionList {

    public Facts() {
        addClassName("pl-facts");
    }

    public Facts fact(String label, String value) {
        add(new Term(new Text(label)), new Description(new Span(value == null ? "—" : value)));
        return this;
    }

}
