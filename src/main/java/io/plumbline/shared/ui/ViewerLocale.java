package io.plumbline.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Each browser window reads figures in its viewer's language: a new UI takes the locale
 * the browser asks for (its {@code Accept-Language}), English when it names none. Vaadin
 * itself keeps the server's default unless the app ships translations, so it is set here;
 * {@link Ui#figures()} formats with it.
 */
@Component
class ViewerLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(of(VaadinRequest.getCurrent())));
    }

    static Locale of(VaadinRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        Locale asked = request.getLocale();
        return asked == null || asked.getLanguage().isEmpty() ? Locale.ENGLISH : asked;
    }

}
