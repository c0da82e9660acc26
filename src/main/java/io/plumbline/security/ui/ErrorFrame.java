package io.plumbline.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.plumbline.tenancy.CurrentTenant;

/**
 * The frame of the error pages: the viewer's own app around them, with its menu (the
 * portal's for a client user, the agency app's for agency staff; none when signed out).
 * Vaadin gives error views only a {@code @ParentLayout}, never the {@code @Layout} of the
 * path, so this layout picks the one the viewer would see at their home.
 */
@AnonymousAllowed
public class ErrorFrame extends Div implements RouterLayout {

    private RouterLayout app;

    public ErrorFrame() {
        setSizeFull();
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        // Chosen per error, not once: Vaadin keeps this frame for the UI's life, and the
        // viewer may not be the one it was first built for.
        frameFor(viewersHome());
        if (app == null) {
            RouterLayout.super.showRouterLayoutContent(content);
            if (content != null) {
                content.getElement().setAttribute("role", "main");
            }
        }
        else {
            app.showRouterLayoutContent(content);
        }
    }

    private static Class<? extends RouterLayout> viewersHome() {
        return CurrentTenant.member()
            .map(member -> member.role().isClientRole() ? "portal" : "")
            .map(home -> ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext()).getLayout(home))
            .orElse(null);
    }

    private void frameFor(Class<? extends RouterLayout> layout) {
        if (app != null && layout != null && layout.isInstance(app)) {
            return;
        }
        removeAll();
        app = layout == null ? null : Instantiator.get(UI.getCurrent()).getOrCreate(layout);
        if (app != null) {
            add((Component) app);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (app == null) {
            RouterLayout.super.removeRouterLayoutContent(oldContent);
        }
        else {
            app.removeRouterLayoutContent(oldContent);
        }
    }

}
