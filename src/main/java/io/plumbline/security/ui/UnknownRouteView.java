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
 * An address that is no page of Plumbline, reached through Vaadin's router (HTTP 404), in
 * the app's frame instead of Vaadin's bare page. A signed-in user typing such an address
 * into the browser is still refused with 403 before the router (docs/accessibility.md).
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
