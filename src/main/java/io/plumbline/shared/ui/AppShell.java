package io.plumbline.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Prebuilt Vaadin bundle plus plain CSS: no custom frontend build is needed
 * (docs/architecture.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("plumbline.css")
@StyleSheet("status.css")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Plumbline");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }

}
