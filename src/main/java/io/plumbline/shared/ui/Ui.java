package io.plumbline.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.shared.HasValidationProperties;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.format.Format;
import java.time.Instant;
import java.util.Map;

/** Small helpers every view uses the same way. */
public final class Ui {

    private Ui() {
    }

    public static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Shows a service's refusal on the field it names; falls back to a notification when
     * the form has no such field.
     */
    public static void showOn(InvalidInputException e, Map<String, ? extends HasValue<?, ?>> fieldsByName) {
        HasValue<?, ?> field = fieldsByName.get(e.field());
        if (field instanceof HasValidationProperties validated) {
            validated.setErrorMessage(e.getMessage());
            validated.setInvalid(true);
        }
        else {
            error(e.getMessage());
        }
    }

    /**
     * The one formatter in the viewer's language (the browser's, English without one):
     * "95,31 %" for a German browser, "95.31 %" for an English one.
     */
    public static Format.Localized figures() {
        UI ui = UI.getCurrent();
        return Format.forLocale(ui == null ? null : ui.getLocale());
    }

    /** An agency-side timestamp: "7 Dec 2026 14:05 UTC" ({@link Format#utc}). */
    public static String format(Instant instant) {
        return Ui.figures().utc(instant);
    }

    public static Span badge(String text, String tone) {
        Span badge = new Span(text);
        badge.addClassNames("pl-badge", "pl-" + tone);
        return badge;
    }

    /**
     * A key figure card for a {@code pl-kpis} row: label, big value, a line of detail.
     */
    public static Component kpi(String label, String value, String detail) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("pl-kpi-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("pl-kpi-value");
        Span detailSpan = new Span(detail);
        detailSpan.addClassName("pl-kpi-detail");
        com.vaadin.flow.component.html.Div kpi = new com.vaadin.flow.component.html.Div(labelSpan, valueSpan,
                detailSpan);
        kpi.addClassName("pl-kpi");
        return kpi;
    }

    /**
     * What an empty list shows: what would be here, and the next step as a button (left
     * out where the viewer's role may not take it).
     */
    public static Component emptyState(String explanation, Component... nextSteps) {
        com.vaadin.flow.component.html.Div empty = new com.vaadin.flow.component.html.Div(
                new com.vaadin.flow.component.html.Paragraph(explanation));
        empty.add(nextSteps);
        empty.addClassName("pl-empty");
        return empty;
    }

    public static Span swatch(String colour) {
        Span swatch = new Span();
        swatch.addClassName("pl-swatch");
        swatch.getStyle().setBackgroundColor(colour == null ? "transparent" : colour);
        return swatch;
    }

    public static Component logo(byte[] bytes, String alt) {
        Image image = new Image(bytes, alt);
        image.addClassName("pl-logo");
        return image;
    }

}
