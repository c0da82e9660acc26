package io.plumbline.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that is no page of Plumbline (HTTP 404), in the app's frame instead of
 * Vaadin's bare page, whether typed into the browser by a signed-in user or reached
 * inside the app. A signed-out user is sent to the login first (docs/accessibility.md).
 */
@ParentLayout(ErrorFrame.class)
@AnonymousAllowed
public class UnknownRouteView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this);
    }

    static int show(Div view) {
        ErrorPage.show(view, "Page not found",
                "There is no page at this address. The link may be old or mistyped; the menu has every page you may open.");
        return HttpServletResponse.SC_NOT_FOUND;
    }

}
