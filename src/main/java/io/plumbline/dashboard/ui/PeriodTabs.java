package io.plumbline.dashboard.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.dashboard.DashboardPeriod;
import java.util.function.Function;

/**
 * The period switcher: a row of links to the same page with {@code ?period=…}, so the
 * period lives in the URL. Links in a {@code nav} with {@code aria-current} rather than
 * tabs: tabs that hold links are neither proper tabs nor proper links to a screen reader.
 */
final class PeriodTabs {

    private PeriodTabs() {
    }

    /**
     * {@code page} gives the link to this page (with its route parameters) for a label.
     */
    static Nav of(DashboardPeriod selected, Function<String, RouterLink> page) {
        Nav periods = new Nav();
        periods.addClassName("pl-dash-periods");
        periods.getElement().setAttribute("aria-label", "Period");
        for (DashboardPeriod period : DashboardPeriod.values()) {
            RouterLink link = page.apply(period.label());
            link.setQueryParameters(QueryParameters.of("period", period.name()));
            if (period == selected) {
                link.getElement().setAttribute("aria-current", "page");
            }
            periods.add(link);
        }
        return periods;
    }

}
