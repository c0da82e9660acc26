package io.plumbline.integration.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.plumbline.integration.AuthType;
import io.plumbline.integration.Category;
import io.plumbline.integration.Criticality;
import io.plumbline.integration.HostPattern;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationDraft;
import io.plumbline.integration.Quota;
import io.plumbline.shared.ui.EditorDialog;
import io.plumbline.tenancy.ClientDetails;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Register or edit an integration; knows no services. */
class IntegrationForm extends EditorDialog<IntegrationDraft> {

    private final ComboBox<ClientDetails> client = new ComboBox<>("Client");

    private final TextField key = new TextField("Key");

    private final TextField name = new TextField("Name");

    private final Select<Category> category = new Select<>();

    private final TextField provider = new TextField("Provider");

    private final TextField baseUrl = new TextField("Base URL");

    private final TextField apiVersion = new TextField("API version in use");

    private final Select<AuthType> authType = new Select<>();

    private final DatePicker credentialExpiresOn = new DatePicker("Credential expires on");

    private final TextField credentialScopes = new TextField("Credential scopes");

    private final IntegerField quotaRequests = new IntegerField("Rate limit: requests");

    private final Select<Duration> quotaWindow = new Select<>();

    private final Select<Criticality> criticality = new Select<>();

    private final TextField owner = new TextField("Owner");

    private final TextArea notes = new TextArea("Notes");

    private final TextArea hosts = new TextArea("OpenTelemetry hosts");

    IntegrationForm(IntegrationDetails existing, List<ClientDetails> clients, List<HostPattern> hostPatterns) {
        super(existing == null ? "Register integration" : "Edit " + existing.name(),
                existing == null ? "Register" : "Save");
        setWidth("760px");
        client.setItems(clients);
        client.setItemLabelGenerator(ClientDetails::name);
        client.setRequired(true);
        key.setRequired(true);
        key.setHelperText("Unique in your agency, used by the API, e.g. acme-hubspot");
        name.setRequired(true);
        category.setLabel("Category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(Category::label);
        provider.setRequired(true);
        provider.setPlaceholder("HubSpot, Klaviyo, GA4…");
        baseUrl.setPlaceholder("https://api.example.com");
        authType.setLabel("Authentication");
        authType.setItems(AuthType.values());
        authType.setItemLabelGenerator(AuthType::label);
        credentialScopes.setPlaceholder("crm.objects.contacts.read, …");
        quotaRequests.setMin(1);
        quotaWindow.setLabel("per");
        quotaWindow.setItems(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));
        quotaWindow.setItemLabelGenerator(d -> new Quota(1, d).describe().replace("1 / ", ""));
        criticality.setLabel("Criticality");
        criticality.setItems(Criticality.values());
        criticality.setItemLabelGenerator(Criticality::label);
        owner.setHelperText("Who at the agency answers for it");
        hosts.setHelperText("HTTP client spans to these hosts are this integration's, one per line, "
                + "optionally with a path prefix: api.hubapi.com or api.hubapi.com/crm/v3 (docs/otlp.md)");
        hosts.setPlaceholder("api.hubapi.com");
        hosts.setValue(String.join("\n", hostPatterns.stream().map(HostPattern::toString).toList()));

        IntegrationDraft draft = existing == null ? null : IntegrationDraft.of(existing);
        category.setValue(draft == null ? Category.CRM : draft.category());
        authType.setValue(draft == null ? AuthType.OAUTH2 : draft.authType());
        criticality.setValue(draft == null ? Criticality.MEDIUM : draft.criticality());
        quotaWindow.setValue(Duration.ofMinutes(1));
        if (draft != null) {
            clients.stream().filter(c -> c.id().equals(draft.client())).findFirst().ifPresent(client::setValue);
            key.setValue(draft.key());
            name.setValue(draft.name());
            provider.setValue(draft.provider());
            baseUrl.setValue(orEmpty(draft.baseUrl()));
            apiVersion.setValue(orEmpty(draft.apiVersion()));
            credentialExpiresOn.setValue(draft.credentialExpiresOn());
            credentialScopes.setValue(orEmpty(draft.credentialScopes()));
            if (draft.quota() != null) {
                quotaRequests.setValue(draft.quota().requests());
                quotaWindow.setValue(draft.quota().window());
            }
            owner.setValue(orEmpty(draft.owner()));
            notes.setValue(orEmpty(draft.notes()));
        }
        FormLayout form = new FormLayout(client, key, name, category, provider, baseUrl, apiVersion, authType,
                credentialExpiresOn, credentialScopes, quotaRequests, quotaWindow, criticality, owner);
        form.add(notes, 2);
        form.add(hosts, 2);
        add(form);
    }

    void preselect(ClientDetails clientDetails) {
        client.setValue(clientDetails);
    }

    @Override
    protected IntegrationDraft draft() {
        Quota quota = quotaRequests.getValue() == null ? null
                : new Quota(quotaRequests.getValue(), quotaWindow.getValue());
        return new IntegrationDraft(client.getValue() == null ? null : client.getValue().id(), key.getValue(),
                name.getValue(), category.getValue(), provider.getValue(), baseUrl.getValue(), apiVersion.getValue(),
                authType.getValue(), credentialExpiresOn.getValue(), credentialScopes.getValue(), quota,
                criticality.getValue(), owner.getValue(), notes.getValue());
    }

    /** The hosts typed, one per line; refuses (field {@code hosts}) what is no host. */
    List<HostPattern> hosts() {
        return HostPattern.parseLines(hosts.getValue(), "hosts");
    }

    @Override
    protected Map<String, ? extends HasValue<?, ?>> fieldsByName() {
        return Map.ofEntries(Map.entry("client", client), Map.entry("key", key), Map.entry("name", name),
                Map.entry("category", category), Map.entry("provider", provider), Map.entry("baseUrl", baseUrl),
                Map.entry("authType", authType), Map.entry("quota", quotaRequests),
                Map.entry("criticality", criticality), Map.entry("notes", notes), Map.entry("hosts", hosts));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

}
