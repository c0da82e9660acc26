package io.plumbline.monitoring.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.monitoring.CheckAssertions;
import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.internal.CheckDefinitionValidator;
import io.plumbline.monitoring.CheckResult;
import io.plumbline.monitoring.MonitorDetails;
import io.plumbline.monitoring.MonitorDraft;
import io.plumbline.monitoring.RetryPolicy;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Create or edit a monitor, and "Run now" on what is typed, saved or not. Fires
 * {@link SaveEvent} and {@link RunEvent}; knows no services. Field names follow
 * {@link CheckDefinitionValidator}'s, so every refusal lands on its field, the outbound
 * guard's reason on the URL.
 */
class MonitorForm extends Dialog {

    private final ComboBox<IntegrationDetails> integration = new ComboBox<>("Integration");

    private final TextField name = new TextField("Name");

    private final Select<String> method = new Select<>();

    private final TextField url = new TextField("URL");

    private final TextArea headers = new TextArea("Request headers");

    private final TextArea body = new TextArea("Request body");

    private final IntegerField interval = new IntegerField("Interval (seconds)");

    private final IntegerField timeout = new IntegerField("Timeout (ms)");

    private final TextField expectedStatuses = new TextField("Expected statuses");

    private final IntegerField degradedMs = new IntegerField("Degraded from (ms)");

    private final IntegerField failedMs = new IntegerField("Failed from (ms)");

    private final TextArea headerAssertions = new TextArea("Header assertions");

    private final TextArea jsonPaths = new TextArea("JSONPath assertions");

    private final TextArea jsonSchema = new TextArea("JSON Schema");

    private final IntegerField maxAttempts = new IntegerField("Attempts");

    private final IntegerField initialBackoffMs = new IntegerField("First backoff (ms)");

    private final IntegerField maxBackoffMs = new IntegerField("Longest backoff (ms)");

    private final Checkbox enabled = new Checkbox("Enabled: check on schedule");

    private final Div result = new Div();

    private final Map<String, HasValue<?, ?>> fields = Map.ofEntries(Map.entry("integration", integration),
            Map.entry("name", name), Map.entry("method", method), Map.entry("url", url), Map.entry("headers", headers),
            Map.entry("body", body), Map.entry("interval", interval), Map.entry("timeout", timeout),
            Map.entry("assertions.expectedStatuses", expectedStatuses),
            Map.entry("assertions.degradedLatency", degradedMs), Map.entry("assertions.failedLatency", failedMs),
            Map.entry("assertions.headers", headerAssertions), Map.entry("assertions.jsonPaths", jsonPaths),
            Map.entry("assertions.jsonSchema", jsonSchema), Map.entry("retry.maxAttempts", maxAttempts),
            Map.entry("retry.initialBackoff", initialBackoffMs), Map.entry("retry.maxBackoff", maxBackoffMs));

    MonitorForm(MonitorDetails existing, List<IntegrationDetails> integrations) {
        setHeaderTitle(existing == null ? "New monitor" : "Edit " + existing.name());
        setWidth("900px");
        integration.setItems(integrations);
        integration.setItemLabelGenerator(IntegrationDetails::name);
        method.setLabel("Method");
        method.setItems(CheckDefinitionValidator.METHODS);
        url.setPlaceholder("https://api.example.com/health");
        url.setHelperText("Private, loopback, link-local and other non-public addresses need an allow-list entry "
                + "(Outbound allow-list)");
        headers.setHelperText("One per line, Name: value. Stored encrypted, never shown in lists.");
        body.setHelperText("Stored encrypted.");
        interval.setMin(10);
        interval.setHelperText("At least 10 s");
        expectedStatuses.setPlaceholder("200, 204");
        expectedStatuses.setHelperText("Empty: any 2xx");
        headerAssertions.setHelperText("One per line, Name: regular expression, e.g. Content-Type: application/json");
        jsonPaths.setHelperText("One per line, e.g. $.status = ok");
        maxAttempts.setMin(1);
        maxAttempts.setMax(RetryPolicy.MAX_ATTEMPTS);
        maxAttempts.setHelperText("Timeouts, connection errors, 5xx and 429 are retried");
        fill(existing == null ? null : existing.draft(), integrations);

        FormLayout form = new FormLayout(integration, name, method, url, interval, timeout, enabled);
        form.add(headers, 2);
        form.add(body, 2);
        form.add(expectedStatuses, degradedMs, failedMs);
        form.add(headerAssertions, 2);
        form.add(jsonPaths, 2);
        form.add(jsonSchema, 2);
        form.add(maxAttempts, initialBackoffMs, maxBackoffMs);
        add(form, result);
        Button run = new Button("Run now", e -> submit(check -> fireEvent(new RunEvent(this, check))));
        Button save = new Button(existing == null ? "Create" : "Save",
                e -> submit(check -> fireEvent(new SaveEvent(this,
                        new MonitorDraft(integration.getValue() == null ? null : integration.getValue().id(),
                                name.getValue(), check, seconds(interval), enabled.getValue())))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(run, new Button("Cancel", e -> close()), save);
    }

    private void fill(MonitorDraft draft, List<IntegrationDetails> integrations) {
        if (draft == null) {
            method.setValue("GET");
            interval.setValue(60);
            timeout.setValue(10_000);
            maxAttempts.setValue(2);
            initialBackoffMs.setValue(500);
            maxBackoffMs.setValue(5_000);
            enabled.setValue(true);
            return;
        }
        CheckDefinition check = draft.check();
        CheckAssertions assertions = check.assertions();
        integrations.stream()
            .filter(i -> i.id().equals(draft.integration()))
            .findFirst()
            .ifPresent(integration::setValue);
        name.setValue(draft.name());
        method.setValue(check.method());
        url.setValue(check.url().toString());
        headers.setValue(MonitorInput.formatHeaders(check.headers()));
        body.setValue(check.body() == null ? "" : check.body());
        interval.setValue((int) draft.interval().toSeconds());
        timeout.setValue((int) check.timeout().toMillis());
        expectedStatuses.setValue(MonitorInput.formatStatuses(assertions.expectedStatuses()));
        degradedMs
            .setValue(assertions.degradedLatency() == null ? null : (int) assertions.degradedLatency().toMillis());
        failedMs.setValue(assertions.failedLatency() == null ? null : (int) assertions.failedLatency().toMillis());
        headerAssertions.setValue(MonitorInput.formatHeaderAssertions(assertions.headers()));
        jsonPaths.setValue(MonitorInput.formatJsonPaths(assertions.jsonPaths()));
        jsonSchema.setValue(assertions.jsonSchema() == null ? "" : assertions.jsonSchema());
        maxAttempts.setValue(check.retry().maxAttempts());
        initialBackoffMs.setValue((int) check.retry().initialBackoff().toMillis());
        maxBackoffMs.setValue((int) check.retry().maxBackoff().toMillis());
        enabled.setValue(draft.enabled());
    }

    void preselect(IntegrationDetails details) {
        integration.setValue(details);
    }

    void showResult(CheckResult checkResult) {
        result.removeAll();
        result.add(new CheckResultPanel(checkResult));
    }

    /**
     * Shows a refusal on its field; indexed names ({@code assertions.jsonPaths[1].path})
     * on their text area.
     */
    void showError(InvalidInputException e) {
        String field = e.field() == null ? "" : e.field().replaceFirst("\\[\\d+].*$", "");
        Ui.showOn(new InvalidInputException(field, e.getMessage()), fields);
    }

    private void submit(Consumer<CheckDefinition> action) {
        fields.values().forEach(field -> ((HasValidationProperties) field).setInvalid(false));
        result.removeAll();
        try {
            action.accept(check());
        }
        catch (InvalidInputException e) {
            showError(e);
        }
    }

    private CheckDefinition check() {
        CheckAssertions assertions = new CheckAssertions(MonitorInput.statuses(expectedStatuses.getValue()),
                millis(degradedMs), millis(failedMs), MonitorInput.headerAssertions(headerAssertions.getValue()),
                MonitorInput.jsonPaths(jsonPaths.getValue()), jsonSchema.getValue());
        RetryPolicy retry = new RetryPolicy(maxAttempts.getValue() == null ? 0 : maxAttempts.getValue(),
                millis(initialBackoffMs), millis(maxBackoffMs));
        return new CheckDefinition(method.getValue(), url(), MonitorInput.headers(headers.getValue()),
                body.getValue().isEmpty() ? null : body.getValue(), millis(timeout), assertions, retry);
    }

    private URI url() {
        String text = url.getValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new URI(text);
        }
        catch (URISyntaxException e) {
            throw new InvalidInputException("url", "This is not a URL: " + e.getReason() + ".");
        }
    }

    private static Duration millis(IntegerField field) {
        return field.getValue() == null ? null : Duration.ofMillis(field.getValue());
    }

    private static Duration seconds(IntegerField field) {
        return field.getValue() == null ? null : Duration.ofSeconds(field.getValue());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addRunListener(ComponentEventListener<RunEvent> listener) {
        return addListener(RunEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<MonitorForm> {

        private final MonitorDraft draft;

        SaveEvent(MonitorForm source, MonitorDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        MonitorDraft draft() {
            return draft;
        }

    }

    static class RunEvent extends ComponentEvent<MonitorForm> {

        private final CheckDefinition check;

        RunEvent(MonitorForm source, CheckDefinition check) {
            super(source, false);
            this.check = check;
        }

        CheckDefinition check() {
            return check;
        }

    }

}
