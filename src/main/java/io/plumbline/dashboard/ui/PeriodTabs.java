package io.plumbline.dashboard.ui;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.dashboard.DashboardPeriod;
import java.util.function.Function;

/**
 * The period tabs: each a link to the same page with {@code ?period=…}, so the period
 * lives in the URL.
 */
final class PeriodTabs {

    private PeriodTabs() {
    }

    /**
     * {@code page} gives the link to this page (with its route parameters) for a label.
     */
    static Tabs of(DashboardPeriod selected, Function<String, RouterLink> page) {
        Tabs tabs = new Tabs();
        for (DashboardPeriod period : DashboardPeriod.values()) {
            RouterLink link = page.apply(period.label());
            link.setQueryParameters(QueryParameters.of("period", period.name()));
            Tab tab = new Tab(link);
            tabs.add(tab);
            if (period == selected) {
                tabs.setSelectedTab(tab);
            }
        }
        tabs.addClassName("pl-dash-periods");
        return tabs;
    }

}
