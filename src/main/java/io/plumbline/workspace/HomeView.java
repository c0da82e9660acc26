package io.plumbline.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.plumbline.tenancy.CurrentTenant;
import jakarta.annotation.security.PermitAll;

/** The root URL: each user goes where their role lives (agency app or client portal). */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean clientUser = CurrentTenant.member().map(m -> m.role().isClientRole()).orElse(false);
        event.forwardTo(clientUser ? "portal" : "dashboard");
    }

}
