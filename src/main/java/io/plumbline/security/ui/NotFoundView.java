package io.plumbline.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.plumbline.shared.NotFoundException;
import io.plumbline.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every id route's "not found" (HTTP 404): a view, or the service it calls, throws {@link NotFoundException} for an id
 * that does not exist or belongs to another agency or client, and the user sees the same page either way.
 */
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("pl-page");
        boolean clientUser = CurrentTenant.member().map(m -> m.role().isClientRole()).orElse(false);
        add(new H2("Not found"), new Paragraph(parameter.getException().getMessage() + ". The link may be old, or the item "
                + "was deleted or belongs to someone else."),
                new Anchor(clientUser ? "portal" : "", clientUser ? "Back to your portal" : "Back to the agency app"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
