package io.plumbline.vendorstatus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.vendorstatus.ProviderIncident;
import io.plumbline.vendorstatus.ProviderIncidentId;
import io.plumbline.vendorstatus.ProviderOverlap;
import io.plumbline.vendorstatus.ProviderShare;
import io.plumbline.vendorstatus.VendorStatusService;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What the providers reported, as the incident, alert and SLA pages show it: one line per
 * overlapping provider incident or non-operational component period ("HubSpot reported
 * degraded performance of CRM API 7 Dec 2026 10:02–11:40 UTC", with a link to the
 * provider's page), and the share of an SLA window's failure that overlapped them. Shows
 * nothing where no integration names a status page.
 */
@NamedInterface("provider-panels")
public final class ProviderPanels {

    private ProviderPanels() {
    }

    /**
     * For an alert or any span of ours: the overlapping provider reports, or nothing when
     * the integrations name no status page.
     */
    public static Optional<Component> overlaps(VendorStatusService service, Collection<IntegrationId> integrations,
            Instant from, Instant to) {
        if (integrations.isEmpty()) {
            return Optional.empty();
        }
        List<ProviderOverlap> overlaps = service.overlaps(integrations, from, to);
        boolean named = integrations.stream().anyMatch(i -> service.link(i).isPresent());
        if (!named) {
            return Optional.empty();
        }
        Div section = section("Provider status");
        if (overlaps.isEmpty()) {
            section.add(muted("The providers' status pages reported nothing on the same components in this time."));
        }
        overlaps.forEach(overlap -> section.add(line(overlap, ZoneOffset.UTC)));
        return Optional.of(section);
    }

    /**
     * For an incident of ours: the overlapping provider reports and, when its cause is
     * "Provider outage", the provider incident it cites (editors choose it among the
     * overlapping ones).
     */
    public static Optional<Component> forIncident(VendorStatusService service, UUID incident,
            Collection<IntegrationId> integrations, Instant from, Instant to, boolean providerOutage, boolean editor,
            Runnable changed) {
        Optional<ProviderIncident> cited = service.citedCause(incident);
        Optional<Component> overlaps = overlaps(service, integrations, from, to);
        if (overlaps.isEmpty() && cited.isEmpty() && !providerOutage) {
            return Optional.empty();
        }
        Div section = overlaps.map(Div.class::cast).orElseGet(() -> section("Provider status"));
        cited.ifPresent(i -> {
            Paragraph line = new Paragraph(new Span("Cause cited: %s reported “%s” (%s) %s. ".formatted(i.provider(),
                    i.name(), i.impact(), ProviderOverlap.span(i.startedAt(), i.resolvedAt(), ZoneOffset.UTC))));
            if (i.shortlink() != null) {
                line.add(link(i.shortlink(), "Provider's incident"));
            }
            line.setId("provider-cause");
            section.add(line);
        });
        if (providerOutage && editor) {
            List<ProviderOverlap> candidates = service.overlaps(integrations, from, to)
                .stream()
                .filter(ProviderOverlap::isIncident)
                .toList();
            if (candidates.isEmpty()) {
                section.add(muted("No provider incident overlaps this incident on its integrations' components, "
                        + "so none can be cited as the cause."));
            }
            else {
                Select<ProviderOverlap> choice = new Select<>();
                choice.setLabel("Provider incident behind the outage");
                choice.setItems(candidates);
                choice.setItemLabelGenerator(o -> o.describe(ZoneOffset.UTC));
                cited.flatMap(i -> candidates.stream().filter(o -> o.incident().equals(i.id())).findFirst())
                    .ifPresent(choice::setValue);
                choice.setWidthFull();
                Button save = new Button("Cite as cause", e -> {
                    try {
                        ProviderIncidentId chosen = choice.getValue() == null ? null : choice.getValue().incident();
                        service.citeCause(incident, chosen);
                        Ui.success(chosen == null ? "Citation removed" : "Cited");
                        changed.run();
                    }
                    catch (InvalidInputException refusal) {
                        Ui.showOn(refusal, Map.of("providerIncident", choice));
                    }
                });
                save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                section.add(choice, save);
            }
        }
        return Optional.of(section);
    }

    /**
     * For an SLA window: "Of the 3 h 12 min with failures in this window (…), 1 h 40 min
     * overlapped provider incidents", never subtracted from the SLA's figures.
     */
    public static Optional<Component> forSla(VendorStatusService service, Collection<IntegrationId> integrations,
            Instant from, Instant to, ZoneId zone) {
        if (integrations.stream().noneMatch(i -> service.link(i).isPresent())) {
            return Optional.empty();
        }
        ProviderShare share = service.providerShare(integrations, from, to);
        Div section = section("Provider-caused failure");
        String window = "%s – %s".formatted(Ui.figures().dateTime(from, zone), Ui.figures().dateTime(to, zone));
        Paragraph figure = new Paragraph(share.failedEvents() == 0
                ? "No failed events in this window (%s).".formatted(window)
                : ("Of the %s with failures in this window (%s, %d failed events), %s (%d failed events) "
                        + "overlapped what the providers reported on the same components.")
                    .formatted(Ui.figures().duration(share.failingTime()), window, share.failedEvents(),
                            Ui.figures().duration(share.failingTimeDuringProvider()), share.failedDuringProvider()));
        figure.setId("provider-share");
        section.add(figure, muted("Shown, not excluded: the SLA figures above count every failure. A time with "
                + "failures is a rollup bucket (a minute, or an hour beyond the minute rollups' 30 days) with at "
                + "least one failed event; it overlaps when it starts inside a provider period."));
        share.overlaps().forEach(overlap -> section.add(line(overlap, zone)));
        return Optional.of(section);
    }

    private static Paragraph line(ProviderOverlap overlap, ZoneId zone) {
        Paragraph line = new Paragraph(new Span(overlap.describe(zone) + ". "),
                link(overlap.link(), overlap.isIncident() ? "Provider's incident" : "Provider's page"));
        line.addClassName("pl-provider-overlap");
        return line;
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(Objects.requireNonNullElse(href, ""), text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }

    private static Div section(String title) {
        Div section = new Div(new H3(title));
        section.setWidthFull();
        section.addClassName("pl-provider-status");
        return section;
    }

    private static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("pl-muted");
        return paragraph;
    }

}
