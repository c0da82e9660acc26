package io.plumbline.alerting.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.alerting.AlertRuleDetails;
import io.plumbline.alerting.AlertRuleDraft;
import io.plumbline.alerting.AlertRuleKind;
import io.plumbline.alerting.AlertSeverity;
import io.plumbline.alerting.ChannelDetails;
import io.plumbline.alerting.ChannelId;
import io.plumbline.alerting.KindGuide;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Create or edit an alert rule; only kinds something evaluates are offered. Fires
 * {@link SaveEvent}.
 */
class RuleForm extends EditorDialog<AlertRuleDraft> {

    static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(30));

    final TextField name = new TextField("Name");

    final Select<AlertRuleKind> kind = new Select<>();

    final Select<AlertSeverity> severity = new Select<>();

    final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    final ComboBox<IntegrationDetails> integration = new ComboBox<>("Integration");

    final NumberField threshold = new NumberField("Threshold");

    final Select<Duration> window = new Select<>();

    final Select<Duration> shortWindow = new Select<>();

    final MultiSelectComboBox<ChannelDetails> channels = new MultiSelectComboBox<>("Notify");

    final Checkbox opensIncident = new Checkbox("Open an incident when it fires");

    final Checkbox enabled = new Checkbox("Enabled", true);

    RuleForm(AlertRuleDetails existing, List<AlertRuleKind> kinds, List<ClientDetails> clients,
            List<IntegrationDetails> integrations, List<ChannelDetails> channelChoices) {
        super(existing == null ? "New alert rule" : "Edit " + existing.name(), existing == null ? "Create" : "Save");
        setWidth("760px");
        kind.setLabel("Watches");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> KindGuide.of(k).label());
        kind.addValueChangeListener(e -> adapt(e.getValue(), existing == null));
        severity.setLabel("Severity");
        severity.setItems(AlertSeverity.values());
        severity.setValue(AlertSeverity.TICKET);
        client.setItems(clients);
        client.setItemLabelGenerator(ClientDetails::name);
        client.setPlaceholder("All clients");
        client.setClearButtonVisible(true);
        integration.setItemLabelGenerator(IntegrationDetails::name);
        integration.setPlaceholder("All integrations");
        integration.setClearButtonVisible(true);
        integration.setItems(integrations);
        client.addValueChangeListener(e -> {
            integration.clear();
            integration.setItems(integrations.stream()
                .filter(i -> e.getValue() == null || i.client().equals(e.getValue().id()))
                .toList());
        });
        for (Select<Duration> select : List.of(window, shortWindow)) {
            select.setItems(WINDOWS);
            select.setItemLabelGenerator(AlertFormat::window);
        }
        shortWindow.setLabel("Short window");
        channels.setItems(channelChoices);
        channels.setItemLabelGenerator(ChannelDetails::name);
        if (existing != null) {
            AlertRuleDraft draft = existing.draft();
            name.setValue(draft.name());
            kind.setValue(draft.kind());
            severity.setValue(draft.severity());
            clients.stream().filter(c -> c.id().equals(draft.client())).findFirst().ifPresent(client::setValue);
            integrations.stream()
                .filter(i -> i.id().equals(draft.integration()))
                .findFirst()
                .ifPresent(integration::setValue);
            threshold.setValue(draft.threshold());
            window.setValue(draft.window());
            shortWindow.setValue(draft.shortWindow());
            channels.setValue(
                    channelChoices.stream().filter(c -> draft.channels().contains(c.id())).collect(Collectors.toSet()));
            opensIncident.setValue(draft.opensIncident());
            enabled.setValue(draft.enabled());
        }
        else if (!kinds.isEmpty()) {
            kind.setValue(kinds.getFirst());
        }
        add(new FormLayout(name, kind, severity, client, integration, threshold, window, shortWindow, channels,
                opensIncident, enabled));
    }

    /**
     * Labels and suggestions follow the kind; a new rule gets the kind's suggested
     * values.
     */
    private void adapt(AlertRuleKind chosen, boolean suggest) {
        if (chosen == null) {
            return;
        }
        KindGuide guide = KindGuide.of(chosen);
        threshold.setLabel(guide.thresholdLabel());
        window.setVisible(guide.usesWindow());
        window.setLabel(guide.usesWindow() ? guide.windowLabel() : "");
        shortWindow.setVisible(chosen == AlertRuleKind.SLO_BURN_RATE);
        if (suggest) {
            threshold.setValue(guide.suggestedThreshold());
            window.setValue(guide.suggestedWindow());
            shortWindow.setValue(chosen == AlertRuleKind.SLO_BURN_RATE ? Duration.ofMinutes(5) : null);
        }
    }

    @Override
    protected AlertRuleDraft draft() {
        Set<ChannelId> routed = channels.getValue().stream().map(ChannelDetails::id).collect(Collectors.toSet());
        return new AlertRuleDraft(name.getValue(), kind.getValue(), severity.getValue(),
                client.getValue() == null ? null : client.getValue().id(),
                integration.getValue() == null ? null : integration.getValue().id(), threshold.getValue(),
                window.getValue(), shortWindow.isVisible() ? shortWindow.getValue() : null, opensIncident.getValue(),
                enabled.getValue(), routed);
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("name", name, "kind", kind, "severity", severity, "client", client, "integration", integration,
                "threshold", threshold, "window", window, "shortWindow", shortWindow, "channels", channels);
    }

}
