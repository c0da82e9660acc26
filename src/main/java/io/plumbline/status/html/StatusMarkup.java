package io.plumbline.status.html;

import io.plumbline.shared.format.Format;
import io.plumbline.status.ComponentStatus;
import io.plumbline.status.LiveState;
import io.plumbline.status.LiveStatus;
import io.plumbline.status.StatusOverride;
import io.plumbline.status.UptimeStrip;
import java.time.ZoneId;
import java.util.List;

/**
 * The banner, live-status list and uptime strips as plain HTML, escaped, styled by
 * {@code frontend/public/status.css}: the same markup in the portal (inside a Vaadin
 * {@code Html}) and on the public status page (served by Spring MVC). No script: a strip
 * is a group of radio buttons (one tab stop, arrow keys move between days natively), each
 * day's bar is the label of one, and hovering, focusing or choosing a day shows its
 * figures below the bars.
 */
public final class StatusMarkup {

    /** Days the strips show on narrow screens (the CSS hides the older bars). */
    public static final int NARROW_DAYS = 30;

    private StatusMarkup() {
    }

    /**
     * The overall banner: icon and words in the worst state's tone; {@code role=status}
     * so screen readers hear it.
     */
    public static String banner(LiveStatus live, ZoneId zone) {
        LiveState worst = live.overall();
        boolean manual = live.components().stream().anyMatch(c -> c.state() == worst && c.setByAgency());
        StringBuilder html = new StringBuilder();
        html.append("<div id=\"status-banner\" class=\"pl-status-banner pl-tone-")
            .append(worst.tone())
            .append("\" role=\"status\">");
        html.append("<span class=\"pl-status-icon\" aria-hidden=\"true\">").append(worst.icon()).append("</span>");
        html.append("<div><p class=\"pl-status-headline\">").append(esc(live.headline())).append("</p>");
        html.append("<p class=\"pl-status-asof\">Live status as of ")
            .append(esc(Format.time(live.asOf(), zone)))
            .append(", ")
            .append(esc(Format.zone(zone, live.asOf())))
            .append(manual ? " · set by the agency while it investigates" : "")
            .append("</p></div></div>");
        return html.toString();
    }

    /**
     * One line per integration: name, state (icon and words), and for an override who set
     * it, when, until when and its note ({@code showWho}: the agency person's e-mail, for
     * signed-in pages only).
     */
    public static String components(LiveStatus live, ZoneId zone, boolean showWho) {
        StringBuilder html = new StringBuilder("<ul id=\"status-components\" class=\"pl-status-list\">");
        if (live.components().isEmpty()) {
            html.append("<li class=\"pl-status-item\">No integrations registered yet.</li>");
        }
        for (ComponentStatus c : live.components()) {
            html.append("<li class=\"pl-status-item\"><span class=\"pl-status-name\">")
                .append(esc(c.name()))
                .append("</span>");
            html.append(state(c.state()));
            if (c.setByAgency()) {
                StatusOverride o = c.override();
                html.append("<p class=\"pl-status-note\">Set by the agency")
                    .append(showWho ? " (" + esc(o.setBy()) + ")" : "")
                    .append(" on ")
                    .append(esc(Format.dateTime(o.setAt(), zone)))
                    .append(o.expiresAt() == null ? "" : ", until " + esc(Format.dateTime(o.expiresAt(), zone)))
                    .append(": ")
                    .append(esc(o.note()))
                    .append("</p>");
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /** A state as icon and words in its tone. */
    public static String state(LiveState state) {
        return "<span class=\"pl-status-state pl-tone-" + state.tone() + "\"><span aria-hidden=\"true\">" + state.icon()
                + "</span> " + esc(state.label()) + "</span>";
    }

    /**
     * One strip: name and headline, the bars, the readout, the axis and the window with
     * the objective the colours compare with ({@code showObjective}: the SLA's name and
     * target, for signed-in pages only; the public page says only "the objective").
     */
    public static String strip(UptimeStrip strip, String id, boolean showObjective) {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"pl-strip\" id=\"").append(esc(id)).append("\" aria-labelledby=\"");
        html.append(esc(id)).append("-name\"><div class=\"pl-strip-head\"><span class=\"pl-strip-name\" id=\"");
        html.append(esc(id)).append("-name\">").append(esc(strip.name())).append("</span>");
        html.append("<span class=\"pl-strip-headline\">").append(esc(strip.headline())).append("</span></div>");
        html.append("<div class=\"pl-strip-frame\"><div class=\"pl-strip-bars\" role=\"radiogroup\" aria-label=\"");
        html.append(esc(strip.name())).append(": one bar per day, oldest first; arrow keys move between days\">");
        List<UptimeStrip.Bar> bars = strip.bars();
        for (int i = 0; i < bars.size(); i++) {
            UptimeStrip.Bar bar = bars.get(i);
            String input = id + "-d" + i;
            html.append("<span class=\"pl-strip-day")
                .append(i < bars.size() - NARROW_DAYS ? " pl-strip-old" : "")
                .append("\"><input type=\"radio\" class=\"pl-strip-radio\" name=\"")
                .append(esc(id))
                .append("\" id=\"")
                .append(esc(input))
                .append("\" aria-label=\"")
                .append(esc(bar.text()))
                .append("\"><label for=\"")
                .append(esc(input))
                .append("\" class=\"pl-strip-bar pl-tone-")
                .append(bar.tone().css())
                .append(bar.maintenance() ? " pl-strip-maintenance" : "")
                .append("\" data-date=\"")
                .append(bar.date())
                .append("\" data-text=\"")
                .append(esc(bar.text()))
                .append("\"></label></span>");
        }
        html.append("</div><p class=\"pl-strip-readout\" aria-hidden=\"true\">")
            .append(bars.isEmpty() ? "" : esc(bars.getLast().text()))
            .append("</p></div>");
        html.append("<p class=\"pl-strip-axis\" aria-hidden=\"true\"><span class=\"pl-strip-axis-wide\">")
            .append(bars.size())
            .append(" days ago</span><span class=\"pl-strip-axis-narrow\">")
            .append(Math.min(NARROW_DAYS, bars.size()))
            .append(" days ago</span><span>Today</span></p>");
        html.append("<p class=\"pl-strip-window\">").append(esc(strip.window())).append(". ");
        if (showObjective) {
            html.append(strip.targetFromSla()
                    ? "Days compared with the " + esc(Format.objective(strip.targetPercent()))
                            + " availability objective."
                    : "No SLA covers this yet: days compared with "
                            + esc(Format.objective(UptimeStrip.DEFAULT_TARGET_PERCENT)) + ".");
        }
        else {
            html.append("Days compared with the agreed availability objective.");
        }
        html.append("</p></section>");
        return html.toString();
    }

    /** What the bar colours and the hatching mean, in words beside each swatch. */
    public static String legend() {
        StringBuilder html = new StringBuilder("<ul class=\"pl-strip-legend\" aria-label=\"What the bars mean\">");
        for (UptimeStrip.Tone tone : UptimeStrip.Tone.values()) {
            html.append("<li><span class=\"pl-strip-swatch pl-tone-")
                .append(tone.css())
                .append("\" aria-hidden=\"true\"></span>")
                .append(esc(tone.label()))
                .append("</li>");
        }
        html.append("<li><span class=\"pl-strip-swatch pl-tone-ok pl-strip-maintenance\" aria-hidden=\"true\">")
            .append("</span>Maintenance on that day (hatched; excluded from the figures)</li>");
        html.append("<li class=\"pl-strip-narrow-note\">On small screens the last ")
            .append(NARROW_DAYS)
            .append(" days are drawn.</li>");
        return html.append("</ul>").toString();
    }

    /** HTML-escapes text and attribute values. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

}
