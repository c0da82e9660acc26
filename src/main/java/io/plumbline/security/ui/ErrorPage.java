package io.plumbline.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import io.plumbline.tenancy.CurrentTenant;

/**
 * What the error views show: a heading, what happened, and the way back to the viewer's
 * own home.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static void show(Div view, String heading, String explanation) {
        view.removeAll();
        view.addClassName("pl-page");
        boolean clientUser = CurrentTenant.member().map(m -> m.role().isClientRole()).orElse(false);
        view.add(new H2(heading), new Paragraph(explanation),
                new Anchor(clientUser ? "portal" : "", clientUser ? "Back to your portal" : "Back to the agency app"));
    }

}
