package io.plumbline.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;

/**
 * Grids that fit a laptop screen (1280 px): the row actions stay at the grid's right edge
 * however far the other columns scroll, and text cut to its column's width shows in full
 * on hover and keyboard focus.
 */
public final class GridColumns {

    private GridColumns() {
    }

    /**
     * Adds the row's actions (Edit, Archive, Delete…) as the last column, frozen to the
     * grid's right edge so it never scrolls out of view.
     */
    public static <T> Grid.Column<T> actions(Grid<T> grid, SerializableFunction<T, ? extends Component> buttonsOfRow) {
        return grid.addComponentColumn(buttonsOfRow::apply)
            .setHeader("Actions")
            .setKey("actions")
            .setAutoWidth(true)
            .setFlexGrow(0)
            .setFrozenToEnd(true);
    }

    /**
     * Adds a text column of {@code width} that may cut its text; the whole text shows as
     * the cell's tooltip.
     */
    public static <T> Grid.Column<T> text(Grid<T> grid, SerializableFunction<T, String> text, String header,
            String width) {
        return grid.addColumn(text::apply).setHeader(header).setWidth(width).setTooltipGenerator(text);
    }

}
