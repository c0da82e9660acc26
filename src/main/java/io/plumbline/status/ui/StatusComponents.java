package io.plumbline.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import io.plumbline.status.LiveStatus;
import io.plumbline.status.StatusBoard;
import io.plumbline.status.UptimeStrip;
import io.plumbline.status.html.StatusMarkup;
import java.time.ZoneId;
import org.springframework.modulith.NamedInterface;

/**
 * The status-page pieces as Vaadin components, for the portal and the agency's client
 * status page: the same markup as the public page ({@link StatusMarkup}).
 */
@NamedInterface("components")
public final class StatusComponents {

    private StatusComponents() {
    }

    public static Component banner(LiveStatus live, ZoneId zone) {
        return new Html(StatusMarkup.banner(live, zone));
    }

    /** The live state of each integration; with who set an override (signed-in pages). */
    public static Component liveList(LiveStatus live, ZoneId zone) {
        return new Html(StatusMarkup.components(live, zone, true));
    }

    /** A state as icon and words, for grids. */
    public static Component state(io.plumbline.status.LiveState state) {
        return new Html(StatusMarkup.state(state));
    }

    /** The legend and the client's strip (all integrations). */
    public static Component overallStrip(StatusBoard board) {
        return new Html("<div class=\"pl-strips\">" + StatusMarkup.legend()
                + StatusMarkup.strip(board.overall(), "strip-all", true) + "</div>");
    }

    /** The client's strip, then each integration's, with the legend. */
    public static Component strips(StatusBoard board) {
        StringBuilder html = new StringBuilder("<div id=\"status-strips\" class=\"pl-strips\">");
        html.append(StatusMarkup.legend());
        html.append(StatusMarkup.strip(board.overall(), "strip-all", true));
        int i = 0;
        for (UptimeStrip strip : board.integrations()) {
            html.append(StatusMarkup.strip(strip, "strip-" + i++, true));
        }
        return new Html(html.append("</div>").toString());
    }

}
