package io.plumbline.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.consent.ClientCoverage;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentService;
import io.plumbline.consent.ContractCheck;
import io.plumbline.consent.CoverageOf;
import io.plumbline.consent.VendorAssessment;
import io.plumbline.integration.IntegrationDetails;
import io.plumbline.integration.IntegrationId;
import io.plumbline.shared.InvalidInputException;
import io.plumbline.shared.NotFoundException;
import io.plumbline.shared.ui.GridColumns;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One client's consent coverage: per integration with its vendor assessment, per field,
 * the sources sending records without tags, sample checks against the payload contracts,
 * and the policy. Editors change policy, contracts and assessments.
 */
@Route("consent/:clientId")
@PageTitle("Consent · Plumbline")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class ConsentClientView extends VerticalLayout implements BeforeEnterObserver {

    private final ConsentService consent;

    private final boolean editor = Access.mayChangeAgencyWork();

    private ClientId client;

    public ConsentClientView(ConsentService consent) {
        this.consent = consent;
        addClassName("pl-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        client = event.getRouteParameters().get("clientId").flatMap(ClientId::parse).orElse(null);
        show();
    }

    private void show() {
        if (client == null) {
            throw new NotFoundException("No such client");
        }
        LocalDate to = consent.today(client);
        LocalDate from = to.minusDays(ConsentOverviewView.PERIOD_DAYS - 1);
        ClientCoverage coverage = consent.clientCoverage(client, from, to);
        removeAll();
        HorizontalLayout header = new HorizontalLayout(new RouterLink("Consent", ConsentOverviewView.class),
                new H2("Consent coverage · " + coverage.client().name()),
                ConsentFormat.badge(coverage.counts(), coverage.policy().targetPercent()));
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(header,
                new Paragraph("%s, days in %s.".formatted(Ui.figures().dates(from, to), Ui.figures()
                    .zone(coverage.client().timeZone(), from.atStartOfDay(coverage.client().timeZone()).toInstant()))),
                new CoverageSummary(coverage));
        List<CoverageOf<IntegrationDetails>> integrations = consent.integrationCoverage(client, from, to);
        add(new H3("By integration, with its vendor assessment"), integrations(integrations, coverage));
        add(new H3("Sources sending records without tags"), sources(from, to));
        add(new H3("Sample payloads against the contracts"), contracts(integrations, from, to));
        add(new H3("Policy"), policy(coverage));
    }

    private Grid<CoverageOf<IntegrationDetails>> integrations(List<CoverageOf<IntegrationDetails>> rows,
            ClientCoverage coverage) {
        Map<IntegrationId, VendorAssessment> assessments = consent.assessments(client)
            .stream()
            .collect(Collectors.toMap(VendorAssessment::integration, a -> a));
        Grid<CoverageOf<IntegrationDetails>> grid = new Grid<>();
        GridColumns.text(grid, r -> r.subject().name(), "Integration", "12em").setKey("Integration").setFlexGrow(1);
        grid.addComponentColumn(r -> ConsentFormat.badge(r.counts(), coverage.policy().targetPercent()))
            .setHeader("Status")
            .setAutoWidth(true);
        grid.addColumn(r -> ConsentFormat.percent(r.counts().coverage()))
            .setHeader("Coverage")
            .setKey("Coverage")
            .setAutoWidth(true);
        grid.addColumn(r -> String.format(Ui.figures().locale(), "%,d", r.counts().records()))
            .setHeader("Records")
            .setAutoWidth(true);
        grid.addColumn(r -> coverage.policy()
            .required()
            .stream()
            .filter(f -> r.counts().missing(f).orElse(0) > 0)
            .map(f -> "%s %s".formatted(f.jsonName(), ConsentFormat.percent(r.counts().missing(f))))
            .collect(Collectors.joining(", "))).setHeader("Missing").setAutoWidth(true);
        grid.addColumn(r -> ConsentFormat.percent(r.counts().optInRate())).setHeader("Opt-in rate").setAutoWidth(true);
        grid.addColumn(r -> String.format(Ui.figures().locale(), "%,d", r.counts().stale()))
            .setHeader("Stale")
            .setAutoWidth(true);
        grid.addColumn(r -> yesNo(assessments.get(r.subject().id()).dpaSigned()))
            .setHeader("DPA")
            .setKey("DPA")
            .setAutoWidth(true);
        grid.addColumn(r -> yesNo(assessments.get(r.subject().id()).consentFieldsSupported()))
            .setHeader("Fields supported")
            .setAutoWidth(true);
        grid.addColumn(r -> orDash(assessments.get(r.subject().id()).dataRegion()))
            .setHeader("Region")
            .setAutoWidth(true);
        grid.addColumn(r -> assessments.get(r.subject().id()).lastReviewed() == null ? "never"
                : assessments.get(r.subject().id()).lastReviewed().toString())
            .setHeader("Reviewed")
            .setAutoWidth(true);
        if (editor) {
            GridColumns.actions(grid, r -> actions(r.subject(), assessments.get(r.subject().id())));
        }
        grid.setItems(rows);
        return compact(grid, "No integrations.");
    }

    private HorizontalLayout actions(IntegrationDetails integration, VendorAssessment assessment) {
        Button contract = new Button("Contract", e -> {
            ContractDialog dialog = new ContractDialog(integration.name(), consent.contract(integration.id()));
            dialog.onSave(schema -> {
                if (schema == null) {
                    consent.resetContract(integration.id());
                }
                else {
                    consent.changeContract(integration.id(), schema);
                }
                saved();
            });
            dialog.open();
        });
        Button assess = new Button("Assessment", e -> {
            AssessmentDialog dialog = new AssessmentDialog(integration.name(), assessment);
            dialog.onSave(changed -> {
                consent.changeAssessment(changed);
                saved();
            });
            dialog.open();
        });
        contract.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        assess.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(contract, assess);
    }

    private Grid<CoverageOf<String>> sources(LocalDate from, LocalDate to) {
        Grid<CoverageOf<String>> grid = new Grid<>();
        grid.addColumn(CoverageOf::subject).setHeader("Source").setKey("Source").setFlexGrow(1);
        grid.addColumn(s -> String.format(Ui.figures().locale(), "%,d", s.counts().records()))
            .setHeader("Records")
            .setAutoWidth(true);
        grid.addColumn(s -> String.format(Ui.figures().locale(), "%,d", s.counts().incomplete()))
            .setHeader("Without every required field")
            .setKey("Incomplete")
            .setAutoWidth(true);
        grid.addColumn(s -> String.format(Ui.figures().locale(), "%,d", s.counts().untagged()))
            .setHeader("Without any")
            .setAutoWidth(true);
        grid.addColumn(s -> ConsentFormat.percent(s.counts().missing(ConsentField.OPT_IN)))
            .setHeader("Opt-in missing")
            .setAutoWidth(true);
        grid.addColumn(s -> ConsentFormat.percent(s.counts().coverage())).setHeader("Coverage").setAutoWidth(true);
        grid.setItems(consent.sources(client, from, to));
        return compact(grid, "No records in this period.");
    }

    private Grid<ContractCheck> contracts(List<CoverageOf<IntegrationDetails>> integrations, LocalDate from,
            LocalDate to) {
        Map<IntegrationId, String> names = integrations.stream()
            .collect(Collectors.toMap(i -> i.subject().id(), i -> i.subject().name()));
        Grid<ContractCheck> grid = new Grid<>();
        grid.addColumn(c -> names.getOrDefault(c.integration(), "")).setHeader("Integration").setFlexGrow(1);
        grid.addColumn(c -> String.format(Ui.figures().locale(), "%,d", c.samples()))
            .setHeader("Samples")
            .setAutoWidth(true);
        grid.addColumn(c -> String.format(Ui.figures().locale(), "%,d", c.invalid()))
            .setHeader("Violating")
            .setKey("Violating")
            .setAutoWidth(true);
        grid.addColumn(c -> c.violationsByField()
            .entrySet()
            .stream()
            .map(v -> v.getKey() + " × " + v.getValue())
            .collect(Collectors.joining(", "))).setHeader("Violations per field").setAutoWidth(true);
        grid.setItems(consent.contractChecks(client, from, to));
        return compact(grid, "No sample payloads in this period (POST /api/v1/consent/samples).");
    }

    private PolicyForm policy(ClientCoverage coverage) {
        PolicyForm form = new PolicyForm(coverage.policy(), editor);
        form.addSaveListener(e -> {
            try {
                consent.changePolicy(client, e.required(), e.target(), e.maxAge());
                saved();
            }
            catch (InvalidInputException refusal) {
                form.showError(refusal);
            }
        });
        return form;
    }

    private void saved() {
        Ui.success("Saved");
        show();
    }

    private static <T> Grid<T> compact(Grid<T> grid, String empty) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(empty);
        return grid;
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

}
