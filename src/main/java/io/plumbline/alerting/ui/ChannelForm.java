package io.plumbline.alerting.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.plumbline.alerting.ChannelDetails;
import io.plumbline.alerting.ChannelDraft;
import io.plumbline.alerting.ChannelType;
import io.plumbline.alerting.QuietHours;
import io.plumbline.alerting.WebhookFormat;
import io.plumbline.shared.ui.EditorDialog;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

/**
 * Create or edit a notification channel. The signing secret is write-only: empty keeps
 * the stored one.
 */
class ChannelForm extends EditorDialog<ChannelDraft> {

    final TextField name = new TextField("Name");

    final Select<ChannelType> type = new Select<>();

    final TextField emailAddresses = new TextField("E-mail addresses (comma-separated)");

    final TextField webhookUrl = new TextField("Webhook URL");

    final Select<WebhookFormat> webhookFormat = new Select<>();

    final PasswordField signingSecret = new PasswordField("Signing secret (HMAC-SHA256)");

    final Checkbox removeSecret = new Checkbox("Remove the signing secret");

    final TimePicker quietStart = new TimePicker("Quiet from");

    final TimePicker quietEnd = new TimePicker("Quiet until");

    final ComboBox<String> quietZone = new ComboBox<>("Time zone");

    final Checkbox pageBypasses = new Checkbox("Pages are sent during quiet hours", true);

    final Checkbox enabled = new Checkbox("Enabled", true);

    ChannelForm(ChannelDetails existing) {
        super(existing == null ? "New channel" : "Edit " + existing.name(), existing == null ? "Create" : "Save");
        setWidth("720px");
        type.setLabel("Type");
        type.setItems(ChannelType.values());
        type.addValueChangeListener(e -> adapt(e.getValue()));
        webhookFormat.setLabel("Format");
        webhookFormat.setItems(WebhookFormat.values());
        webhookFormat.setValue(WebhookFormat.SLACK);
        quietZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        quietZone.setValue("UTC");
        removeSecret.setVisible(existing != null && existing.signed());
        if (existing != null) {
            name.setValue(existing.name());
            type.setValue(existing.type());
            emailAddresses.setValue(String.join(", ", existing.emailAddresses()));
            webhookUrl.setValue(existing.webhookUrl() == null ? "" : existing.webhookUrl());
            if (existing.webhookFormat() != null) {
                webhookFormat.setValue(existing.webhookFormat());
            }
            signingSecret.setPlaceholder(existing.signed() ? "stored; leave empty to keep" : "");
            QuietHours quiet = existing.quietHours();
            if (quiet != null) {
                quietStart.setValue(quiet.start());
                quietEnd.setValue(quiet.end());
                quietZone.setValue(quiet.zone().getId());
                pageBypasses.setValue(quiet.pageBypasses());
            }
            enabled.setValue(existing.enabled());
        }
        else {
            type.setValue(ChannelType.EMAIL);
        }
        add(new FormLayout(name, type, emailAddresses, webhookUrl, webhookFormat, signingSecret, removeSecret,
                quietStart, quietEnd, quietZone, pageBypasses, enabled));
    }

    private void adapt(ChannelType chosen) {
        boolean email = chosen == ChannelType.EMAIL;
        emailAddresses.setVisible(email);
        webhookUrl.setVisible(!email);
        webhookFormat.setVisible(!email);
        signingSecret.setVisible(!email);
    }

    @Override
    protected ChannelDraft draft() {
        String secret = removeSecret.getValue() ? ""
                : signingSecret.getValue().isEmpty() ? null : signingSecret.getValue();
        QuietHours quiet = quietStart.getValue() == null || quietEnd.getValue() == null ? null
                : new QuietHours(quietStart.getValue(), quietEnd.getValue(),
                        ZoneId.of(quietZone.getValue() == null ? "UTC" : quietZone.getValue()),
                        pageBypasses.getValue());
        return new ChannelDraft(name.getValue(), type.getValue(),
                Arrays.stream(emailAddresses.getValue().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
                webhookUrl.getValue(), webhookFormat.getValue(), secret, quiet, enabled.getValue());
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.of("name", name, "type", type, "emailAddresses", emailAddresses, "webhookUrl", webhookUrl,
                "webhookFormat", webhookFormat, "signingSecret", signingSecret, "quietEnd", quietEnd);
    }

}
