package io.plumbline.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.plumbline.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else that goes wrong while opening a page (HTTP 500): a plain apology in the
 * app's frame, the details in the log only. A "not found" that reaches here wrapped (a
 * view's constructor threw it, and Spring wrapped it while creating the view) is still a
 * "not found": the same page and status as {@link NotFoundView}, and no error in the log.
 */
@ParentLayout(ErrorFrame.class)
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Optional<NotFoundException> notFound = notFound(parameter.getException());
        if (notFound.isPresent()) {
            return NotFoundView.show(this, notFound.get());
        }
        log.error("Opening /{} failed", event.getLocation().getPath(), parameter.getException());
        ErrorPage.show(this, "Something went wrong",
                "This page could not be shown. It has been logged for the team; try again in a moment.");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static Optional<NotFoundException> notFound(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException notFound) {
                return Optional.of(notFound);
            }
        }
        return Optional.empty();
    }

}
