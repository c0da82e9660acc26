package io.plumbline.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Phones get the columns that matter: a grid's low-priority columns are hidden while the
 * browser window is narrower than {@link #PHONE_WIDTH}, and shown again when it widens
 * (rotation, a resized window). Grid columns cannot be hidden from CSS (the cells live in
 * the grid's shadow DOM), hence the window width read on the server.
 */
public final class NarrowScreens {

    /**
     * px; the same breakpoint as the {@code max-width: 700px} media queries in
     * {@code plumbline.css}.
     */
    public static final int PHONE_WIDTH = 700;

    private NarrowScreens() {
    }

    /**
     * Hides {@code lowPriority} of {@code grid} on phones; the columns not named keep
     * showing at every width.
     */
    public static void hideOnPhones(Grid<?> grid, Grid.Column<?>... lowPriority) {
        List<Grid.Column<?>> columns = List.of(lowPriority);
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(columns, details.getWindowInnerWidth()));
            Registration resizing = page.addBrowserWindowResizeListener(resize -> show(columns, resize.getWidth()));
            grid.addDetachListener(detach -> {
                resizing.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void show(List<Grid.Column<?>> columns, int windowWidth) {
        // 0 when the browser did not say: keep every column rather than guess a phone.
        boolean phone = windowWidth > 0 && windowWidth < PHONE_WIDTH;
        columns.forEach(column -> column.setVisible(!phone));
    }

}
