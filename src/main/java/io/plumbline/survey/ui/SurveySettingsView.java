package io.plumbline.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.ui.Ui;
import io.plumbline.survey.IssuedWebhookSecret;
import io.plumbline.survey.PeriodKind;
import io.plumbline.survey.SurveyService;
import io.plumbline.survey.SurveySettings;
import io.plumbline.survey.WebhookEndpoint;
import io.plumbline.survey.WebhookFields;
import io.plumbline.survey.WebhookKind;
import io.plumbline.survey.WebhookService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Pulse survey period, whether clients see their trend, and the webhook endpoints with
 * their secrets.
 */
@Route("settings/surveys")
@PageTitle("Survey settings · Plumbline")
@Menu(title = "Survey settings", order = 89, icon = "vaadin:comments-o")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME })
public class SurveySettingsView extends VerticalLayout {

    private final SurveyService surveys;

    private final WebhookService webhooks;

    private final Grid<WebhookKind> endpoints = new Grid<>();

    private List<WebhookEndpoint> existing;

    public SurveySettingsView(SurveyService surveys, WebhookService webhooks) {
        this.surveys = surveys;
        this.webhooks = webhooks;
        addClassName("pl-page");
        SurveySettings current = surveys.settings();
        RadioButtonGroup<PeriodKind> period = new RadioButtonGroup<>("Offer the portal pulse survey");
        period.setItems(PeriodKind.values());
        period.setItemLabelGenerator(k -> k.label() + " (at most once per "
                + (k == PeriodKind.MONTH ? "month" : "quarter") + " per client user)");
        period.setValue(current.pulsePeriod());
        Checkbox trend = new Checkbox("Clients see their own satisfaction trend in the portal",
                current.clientsSeeTrend());
        Button save = new Button("Save", e -> {
            surveys.updateSettings(new SurveySettings(period.getValue(), trend.getValue()));
            Ui.success("Survey settings saved");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        endpoints.addColumn(WebhookKind::label).setHeader("Webhook").setAutoWidth(true);
        endpoints.addColumn(kind -> endpoint(kind).map(WebhookEndpoint::path).orElse("not set up"))
            .setHeader("URL path")
            .setKey("URL")
            .setFlexGrow(3);
        endpoints.addColumn(kind -> endpoint(kind).map(e -> Ui.format(e.secretIssuedAt())).orElse("—"))
            .setHeader("Secret issued")
            .setAutoWidth(true);
        endpoints
            .addComponentColumn(
                    kind -> new Button(endpoint(kind).isPresent() ? "Rotate secret" : "Create", e -> issue(kind)))
            .setAutoWidth(true);
        endpoints.setAllRowsVisible(true);
        add(new H2("Survey settings"), period, trend, save, new H3("Webhooks"),
                new Paragraph("Each endpoint has its own secret: Typeform signs with it (Typeform-Signature), the "
                        + "generic JSON webhook expects X-Plumbline-Signature: sha256=<hex HMAC-SHA256 of the body>. "
                        + "Secrets are stored encrypted and shown once. See docs/surveys.md."),
                endpoints, typeformFields());
        refresh();
    }

    /**
     * Which Typeform fields hold the answers: by ref or title, blank = recognised
     * automatically.
     */
    private VerticalLayout typeformFields() {
        WebhookFields current = webhooks.endpoints()
            .stream()
            .filter(e -> e.kind() == WebhookKind.TYPEFORM)
            .findFirst()
            .map(WebhookEndpoint::fields)
            .orElse(WebhookFields.AUTOMATIC);
        TextField nps = field("NPS field", current.nps(), "the nps field");
        TextField csat = field("CSAT field", current.csat(), "a rating or opinion scale");
        TextField comment = field("Comment field", current.comment(), "the long-text field");
        Button save = new Button("Save Typeform fields", e -> {
            try {
                webhooks.chooseFields(WebhookKind.TYPEFORM,
                        new WebhookFields(nps.getValue(), csat.getValue(), comment.getValue()));
                Ui.success("Typeform fields saved; they apply to deliveries from now on.");
            }
            catch (InvalidInputException ex) {
                Ui.error(ex.getMessage());
            }
        });
        FormLayout form = new FormLayout(nps, csat, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        VerticalLayout section = new VerticalLayout(new H3("Typeform fields"),
                new Paragraph("Name the field of your form that holds each answer, by its ref or its title (as in the "
                        + "form editor). Left blank, Plumbline takes the nps field, a rating or opinion scale, and "
                        + "the long-text field (or a field titled comment, why or feedback) — never a short text "
                        + "such as a first name. A redelivery or a CSV import of a response stored before updates "
                        + "its answers."),
                form, save);
        section.setPadding(false);
        return section;
    }

    private static TextField field(String label, String value, String automatic) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : value);
        field.setPlaceholder("automatic: " + automatic);
        field.setMaxLength(200);
        field.setClearButtonVisible(true);
        return field;
    }

    private Optional<WebhookEndpoint> endpoint(WebhookKind kind) {
        return existing.stream().filter(e -> e.kind() == kind).findFirst();
    }

    private void refresh() {
        existing = webhooks.endpoints();
        endpoints.setItems(Arrays.asList(WebhookKind.values()));
    }

    private void issue(WebhookKind kind) {
        try {
            IssuedWebhookSecret issued = webhooks.issueSecret(kind);
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(kind.label() + " webhook secret");
            dialog.add(new Paragraph("Copy it now; it is not shown again. URL (after your Plumbline address):"),
                    new Pre(issued.endpoint().path()), new Paragraph("Secret:"), new Pre(issued.secret()));
            dialog.getFooter().add(new Button("Done", e -> dialog.close()));
            dialog.open();
            refresh();
        }
        catch (InvalidInputException e) {
            Ui.error(e.getMessage());
        }
    }

}
