package io.plumbline.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import io.plumbline.monitoring.AssertionResult;
import io.plumbline.monitoring.CheckResult;
import io.plumbline.monitoring.MonitorStatus;
import io.plumbline.shared.ui.Facts;
import io.plumbline.shared.ui.Ui;
import java.util.stream.Collectors;

/**
 * Everything one run of a check found: verdict, timings, the response, and every
 * assertion.
 */
class CheckResultPanel extends Div {

    CheckResultPanel(CheckResult result) {
        addClassName("pl-check-result");
        MonitorStatus status = MonitorStatus.of(result);
        H4 title = new H4("Result ");
        title.add(Ui.badge(status.label(), status.tone()));
        add(title, new Paragraph(result.message()));
        add(new Facts().fact("Failure class", result.failureClass() == null ? "none" : result.failureClass().name())
            .fact("Status", result.status() == null ? "no response" : String.valueOf(result.status()))
            .fact("Latency", result.latency().toMillis() + " ms")
            .fact("Attempts", String.valueOf(result.attempts()))
            .fact("Retried", result.retried() ? "yes, passed after a failed attempt" : "no")
            .fact("Started", Ui.format(result.startedAt())));

        Grid<AssertionResult> assertions = new Grid<>();
        assertions.addColumn(AssertionResult::name).setHeader("Assertion").setAutoWidth(true);
        assertions.addColumn(AssertionResult::expected).setHeader("Expected");
        assertions.addColumn(AssertionResult::actual).setHeader("Actual");
        assertions.addComponentColumn(a -> a.passed() ? Ui.badge("Passed", "ok") : Ui.badge("Failed", "error"))
            .setHeader("Passed")
            .setAutoWidth(true);
        assertions.setItems(result.assertions());
        assertions.setAllRowsVisible(true);
        assertions.addThemeVariants(GridVariant.LUMO_COMPACT);
        assertions.setEmptyStateText("No response, so no assertion was evaluated.");
        add(assertions);

        add(new H4("Response headers"),
                new Pre(result.responseHeaders()
                    .entrySet()
                    .stream()
                    .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                    .collect(Collectors.joining("\n"))));
        add(new H4(String.format(Ui.figures().locale(), "Body (first %,d characters)", CheckResult.BODY_EXCERPT_CHARS)),
                new Pre(result.bodyExcerpt()));
    }

}
