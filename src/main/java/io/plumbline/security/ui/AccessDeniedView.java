package io.plumbline.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a signed-in user opens a view their role may not use: says so plainly (HTTP
 * 403) and offers the way back to their own home.
 */
@ParentLayout(ErrorFrame.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPage.show(this, "Not available to your role",
                "Your account may not open this page. If you need it, ask your agency's administrator.");
        return HttpServletResponse.SC_FORBIDDEN;
    }

}
