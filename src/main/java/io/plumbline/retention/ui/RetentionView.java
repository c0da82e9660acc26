package io.plumbline.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.plumbline.retention.Amounts;
import io.plumbline.retention.ContractDetails;
import io.plumbline.retention.ContractStatus;
import io.plumbline.retention.CurrencyRetention;
import io.plumbline.retention.KpiComparison;
import io.plumbline.retention.PeriodKind;
import io.plumbline.retention.RetentionKpis;
import io.plumbline.retention.RetentionPeriod;
import io.plumbline.retention.RetentionService;
import io.plumbline.retention.RevenueAtRisk;
import io.plumbline.retention.UpcomingRenewals;
import io.plumbline.retention.internal.RetentionCharts;
import io.plumbline.shared.ui.SvgChart;
import io.plumbline.shared.ui.GridColumns;
import io.plumbline.shared.ui.Ui;
import io.plumbline.tenancy.Access;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import io.plumbline.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Retention of the agency: KPIs of a chosen period beside the previous one, each with its
 * formula; MRR and churn by month; upcoming renewals; every contract term. Owners and
 * admins change contracts.
 */
@Route("retention")
@PageTitle("Retention · Plumbline")
@Menu(title = "Retention", order = 24, icon = "vaadin:handshake")
@RolesAllowed({ Role.OWNER_NAME, Role.ADMIN_NAME, Role.EXECUTIVE_NAME, Role.ANALYST_NAME })
public class RetentionView extends VerticalLayout {

    static final int CHART_MONTHS = 12;

    private final RetentionService retention;

    private final Map<ClientId, ClientDetails> clients;

    private final boolean editor = Access.mayManageAgency();

    private final ContractDialogs dialogs;

    private final Select<PeriodKind> kind = new Select<>();

    private final Select<RetentionPeriod> period = new Select<>();

    private final Div kpis = new Div();

    private final Div charts = new Div();

    private final Grid<ContractDetails> upcoming = new Grid<>();

    private final Grid<ContractDetails> contracts = new Grid<>();

    private final ComboBox<ClientDetails> clientFilter = new ComboBox<>();

    private final Select<ContractStatus> statusFilter = new Select<>();

    private final Select<String> currencyFilter = new Select<>();

    public RetentionView(RetentionService retention, ClientService clientService) {
        this.retention = retention;
        this.clients = clientService.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, Function.identity()));
        this.dialogs = new ContractDialogs(retention, clientService.list(false), this::refresh);
        addClassName("pl-page");
        add(toolbar());
        Paragraph currencies = new Paragraph("Amounts are per currency: Plumbline keeps no exchange rates, so EUR, USD "
                + "and GBP are never added together. Each figure shows its formula under it.");
        currencies.addClassName("pl-muted");
        kpis.addClassName("pl-kpis");
        kpis.setWidthFull();
        charts.addClassName("pl-charts");
        charts.setWidthFull();
        add(currencies, howComputed(), kpis, charts, new H3("Upcoming renewals (next 90 days) and overdue"), upcoming,
                new H3("Contracts"), filters(), contracts);
        configureUpcoming();
        configureContracts();
        kind.setValue(PeriodKind.MONTH);
    }

    private HorizontalLayout toolbar() {
        kind.setLabel("Period");
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(PeriodKind::label);
        kind.addValueChangeListener(e -> {
            RetentionPeriod current = RetentionPeriod.containing(e.getValue(), retention.today());
            int count = switch (e.getValue()) {
                case MONTH -> 12;
                case QUARTER -> 8;
                case YEAR -> 3;
            };
            period.setItems(IntStream.range(0, count).mapToObj(i -> back(current, i)).toList());
            period.setValue(current);
        });
        period.setItemLabelGenerator(p -> p.label() + (p.contains(retention.today()) ? " (so far)" : ""));
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        Div spacer = new Div();
        spacer.addClassName("pl-spacer");
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Retention"), spacer, kind, period);
        toolbar.addClassName("pl-toolbar");
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (editor) {
            Button create = new Button("New contract", VaadinIcon.PLUS.create(),
                    e -> dialogs.create(clientFilter.getValue()));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(new RouterLink("Import CSV", ContractImportView.class), create);
        }
        return toolbar;
    }

    private static RetentionPeriod back(RetentionPeriod period, int steps) {
        RetentionPeriod result = period;
        for (int i = 0; i < steps; i++) {
            result = result.previous();
        }
        return result;
    }

    private HorizontalLayout filters() {
        clientFilter.setPlaceholder("All clients");
        clientFilter.setItems(clients.values().stream().sorted(Comparator.comparing(ClientDetails::name)).toList());
        clientFilter.setItemLabelGenerator(ClientDetails::name);
        clientFilter.setClearButtonVisible(true);
        statusFilter.setPlaceholder("Any status");
        statusFilter.setItems(ContractStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        statusFilter.setEmptySelectionAllowed(true);
        currencyFilter.setEmptySelectionAllowed(true);
        currencyFilter.setItemLabelGenerator(c -> c == null ? "Any currency" : c);
        clientFilter.addValueChangeListener(e -> showContracts());
        statusFilter.addValueChangeListener(e -> showContracts());
        currencyFilter.addValueChangeListener(e -> showContracts());
        return new HorizontalLayout(clientFilter, statusFilter, currencyFilter);
    }

    private void configureUpcoming() {
        upcoming.addColumn(c -> clientName(c.client())).setHeader("Client").setAutoWidth(true);
        upcoming.addComponentColumn(this::referenceLink).setHeader("Contract").setAutoWidth(true);
        upcoming.addColumn(ContractDetails::renewal).setHeader("Renews").setAutoWidth(true);
        upcoming.addColumn(c -> {
            long days = ChronoUnit.DAYS.between(retention.today(), c.renewal());
            return days < 0 ? "overdue by %d d".formatted(-days) : "in %d d".formatted(days);
        }).setHeader("When").setAutoWidth(true);
        upcoming.addColumn(c -> RetentionFormat.money(c.monthlyValue(), c.currency()))
            .setHeader("Monthly value")
            .setAutoWidth(true);
        if (editor) {
            GridColumns.actions(upcoming, dialogs::actions);
        }
        upcoming.setAllRowsVisible(true);
        upcoming.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        upcoming.setEmptyStateText("No renewals due in the next 90 days.");
    }

    private void configureContracts() {
        contracts.addColumn(c -> clientName(c.client())).setHeader("Client").setAutoWidth(true).setSortable(true);
        contracts.addComponentColumn(this::referenceLink).setHeader("Contract").setAutoWidth(true);
        contracts.addColumn(c -> c.start() + " – " + c.renewal()).setHeader("Term").setAutoWidth(true);
        contracts.addColumn(c -> RetentionFormat.money(c.monthlyValue(), c.currency()))
            .setHeader("Monthly value")
            .setAutoWidth(true);
        contracts.addComponentColumn(c -> Ui.badge(c.status().label(), c.status().tone()))
            .setHeader("Status")
            .setKey("Status")
            .setAutoWidth(true);
        contracts.addColumn(c -> c.churnIfAny().map(ch -> ch.date() + " · " + ch.category().label()).orElse(""))
            .setHeader("Churn")
            .setAutoWidth(true);
        if (editor) {
            GridColumns.actions(contracts, dialogs::actions);
        }
        contracts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        contracts.setAllRowsVisible(true);
        contracts.setEmptyStateText("No contracts yet.");
    }

    private RouterLink referenceLink(ContractDetails contract) {
        return new RouterLink(contract.reference(), ContractView.class,
                new RouteParameters("id", contract.id().toString()));
    }

    private String clientName(ClientId id) {
        return Optional.ofNullable(clients.get(id)).map(ClientDetails::name).orElse("");
    }

    private void refresh() {
        showKpis(retention.kpisWithPrevious(period.getValue()));
        var history = retention.history(CHART_MONTHS);
        charts.removeAll();
        charts.add(new SvgChart("MRR by month, per currency", RetentionCharts.mrr(history)),
                new SvgChart("Clients churned by month", RetentionCharts.churnedLogos(history)));
        upcoming.setItems(retention.revenueAtRisk().contracts());
        showContracts();
    }

    /**
     * The formulas' terms in words (docs/metrics.md is the full definition), folded under
     * the page's note so the figures stay in view.
     */
    private static Details howComputed() {
        Div words = new Div();
        words.addClassName("pl-formula-words");
        for (String line : List.of(
                "A period (month, quarter or year) opens on the day before its first day and closes on its last "
                        + "day, or today while it runs.",
                "The clients counted are those earning revenue when the period opens; clients won during the "
                        + "period add to MRR only.",
                "MRR is the monthly value of every contract term earning on that day.",
                "For each of those clients, compare its MRR at the opening with its MRR at the close: none left is "
                        + "churned revenue, less is contraction, more is expansion.",
                "Logo churn: clients with no revenue left at the close, out of the clients counted.",
                "Gross revenue retention: the opening MRR minus contraction and churned revenue, as a share of the "
                        + "opening MRR; expansion does not count, so it is at most 100 %.",
                "Net revenue retention: the counted clients' MRR at the close as a share of their MRR at the "
                        + "opening; it can exceed 100 %.",
                "Due for renewal: open terms whose renewal date falls within the next 90 days or has passed "
                        + "without a renewal; a churn already recorded is lost revenue, not revenue at risk.")) {
            words.add(new Paragraph(line));
        }
        Details details = new Details("How these figures are computed", words);
        details.setId("retention-formulas");
        return details;
    }

    private void showKpis(KpiComparison comparison) {
        RetentionKpis now = comparison.current();
        RetentionKpis before = comparison.previous();
        String previous = before.period().label();
        kpis.removeAll();
        kpis.add(new KpiCard("Logo churn · " + now.period().label(),
                List.of(RetentionFormat.percent(now.logoChurnPercent())
                        + " (%d of %d)".formatted(now.logosChurned(), now.logosAtOpening())),
                RetentionFormat.change(now.logoChurnPercent(), before.logoChurnPercent(), previous, false),
                "clients lost ÷ clients with revenue at the period's opening"));
        kpis.add(revenueCard("Gross revenue retention", now, before, CurrencyRetention::grossRetentionPercent,
                "(opening MRR − contraction − churned) ÷ opening MRR, per currency"));
        kpis.add(revenueCard("Net revenue retention", now, before, CurrencyRetention::netRetentionPercent,
                "(opening MRR + expansion − contraction − churned) ÷ opening MRR, per currency"));
        kpis.add(new KpiCard("MRR " + (now.running() ? "today" : "at " + Ui.figures().date(now.closedOn())),
                lines(now.closingMrr()), "at the previous close: " + RetentionFormat.amounts(before.closingMrr()),
                "Σ monthly value of terms earning that day"));
        List<String> due = List.of(30, 60, 90).stream().map(days -> {
            UpcomingRenewals renewals = retention.upcomingRenewals(days);
            return "%d d: %d · %s".formatted(days, renewals.count(), RetentionFormat.amounts(renewals.monthlyValue()));
        }).toList();
        kpis.add(new KpiCard("Upcoming renewals (today)", due, null,
                "open terms with renewal date from today to today + 30/60/90 days"));
        RevenueAtRisk atRisk = retention.revenueAtRisk();
        // All clients' renewals: the dashboard's and Insight's revenue at risk is the
        // part
        // of it at the clients flagged at risk.
        kpis.add(new KpiCard("Due for renewal, all clients (today)", lines(atRisk.monthlyValue()),
                "%d contract(s) due within 90 days or overdue".formatted(atRisk.contracts().size()),
                "Σ monthly value of open terms renewing within 90 days or overdue"));
    }

    private static KpiCard revenueCard(String label, RetentionKpis now, RetentionKpis before,
            Function<CurrencyRetention, Optional<BigDecimal>> figure, String formula) {
        List<String> values = now.revenue()
            .stream()
            .map(r -> r.currency().getCurrencyCode() + " " + RetentionFormat.percent(figure.apply(r)))
            .toList();
        String change = now.revenue()
            .stream()
            .map(r -> r.currency().getCurrencyCode() + " "
                    + RetentionFormat.change(figure.apply(r), before.revenueIn(r.currency()).flatMap(figure),
                            before.period().label(), true))
            .collect(Collectors.joining("; "));
        return new KpiCard(label + " · " + now.period().label(), values, change.isEmpty() ? null : change, formula);
    }

    private static List<String> lines(Amounts amounts) {
        return amounts.byCurrency()
            .entrySet()
            .stream()
            .map(e -> RetentionFormat.money(e.getValue(), e.getKey()))
            .toList();
    }

    private void showContracts() {
        List<ContractDetails> all = retention.contracts();
        List<String> currencies = all.stream().map(c -> c.currency().getCurrencyCode()).distinct().sorted().toList();
        if (!currencies.equals(currencyFilter.getListDataView().getItems().filter(Objects::nonNull).toList())) {
            currencyFilter.setItems(currencies);
        }
        ClientDetails client = clientFilter.getValue();
        ContractStatus status = statusFilter.getValue();
        String currency = currencyFilter.getValue();
        contracts.setItems(all.stream()
            .filter(c -> client == null || c.client().equals(client.id()))
            .filter(c -> status == null || c.status() == status)
            .filter(c -> currency == null || c.currency().equals(Currency.getInstance(currency)))
            .sorted(Comparator.comparing((ContractDetails c) -> clientName(c.client()))
                .thenComparing(ContractDetails::start))
            .toList());
    }

}
