package io.plumbline.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.plumbline.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every id route's "not found" (HTTP 404): a view, or the service it calls, throws
 * {@link NotFoundException} for an id that does not exist or belongs to another agency or
 * client, and the user sees the same page either way.
 */
@ParentLayout(ErrorFrame.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this, parameter.getException());
    }

    static int show(Div view, NotFoundException notFound) {
        ErrorPage.show(view, "Not found",
                notFound.getMessage() + ". The link may be old, or the item was deleted or belongs to someone else.");
        return HttpServletResponse.SC_NOT_FOUND;
    }

}
