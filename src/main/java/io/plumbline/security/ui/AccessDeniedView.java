package io.plumbline.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.plumbline.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a signed-in user opens a view their role may not use: says so plainly (HTTP 403)
 * and offers the way back to their own home.
 */
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("pl-page");
        boolean clientUser = CurrentTenant.member().map(m -> m.role().isClientRole()).orElse(false);
        add(new H2("Not available to your role"),
                new Paragraph("Your account may not open this page. If you need it, ask your agency's administrator."),
                new Anchor(clientUser ? "portal" : "", clientUser ? "Back to your portal" : "Back to the agency app"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
