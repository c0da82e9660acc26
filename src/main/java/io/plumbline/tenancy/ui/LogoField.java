package io.plumbline.tenancy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import io.plumbline.shared.ui.BoundedUpload;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Logo;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Upload with an immediate check of type (by content) and size; tells the user what is
 * wrong. Hands a valid logo, or {@code null} for "remove", to its listener.
 */
class LogoField extends Composite<VerticalLayout> {

    private final Div preview = new Div();

    private final Span error = new Span();

    private final Consumer<Logo> onChange;

    LogoField(String label, Optional<Logo> current, Consumer<Logo> onChange) {
        this.onChange = onChange;
        Upload upload = BoundedUpload.of("The logo", Logo.MAX_BYTES, "Choose a smaller image.",
                (metadata, bytes) -> accept(bytes, metadata.contentType()), this::showError);
        upload.setAcceptedMimeTypes("image/png", "image/jpeg");
        upload.setAcceptedFileExtensions(".png", ".jpg", ".jpeg");
        upload.setDropLabel(new Span("PNG or JPEG, at most %d KB".formatted(Logo.MAX_BYTES / 1024)));
        Button remove = new Button("Remove logo", e -> {
            preview.removeAll();
            onChange.accept(null);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        error.getStyle().setColor("var(--lumo-error-text-color)");
        current.ifPresent(this::show);
        Span caption = new Span(label);
        caption.addClassName("pl-muted");
        getContent().setPadding(false);
        getContent().add(caption, new HorizontalLayout(preview, remove), upload, error);
    }

    private void accept(byte[] bytes, String contentType) {
        try {
            Logo logo = Logo.of(bytes, contentType);
            error.setText("");
            show(logo);
            onChange.accept(logo);
        }
        catch (Logo.InvalidLogoException e) {
            showError(e.getMessage());
        }
    }

    private void showError(String message) {
        error.setText(message);
    }

    private void show(Logo logo) {
        preview.removeAll();
        preview.add(Ui.logo(logo.bytes(), "Logo preview"));
    }

}
