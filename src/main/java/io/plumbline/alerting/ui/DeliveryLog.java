package io.plumbline.alerting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import io.plumbline.alerting.AlertService;
import io.plumbline.alerting.DeliveryAttempt;
import io.plumbline.alerting.NotificationDetails;
import io.plumbline.shared.ui.Ui;

/** One notification: what it says and every attempt to deliver it. */
class DeliveryLog extends Div {

    DeliveryLog(NotificationDetails notice, AlertService alerts) {
        addClassName("pl-delivery-log");
        add(new H3(notice.subject()), new Div(AlertFormat.state(notice)),
                new Div(notice.demo()
                        ? "To %s · demo history: shows what the rule would have sent, never sent"
                            .formatted(notice.channelName())
                        : "To %s · %d attempt(s)%s".formatted(notice.channelName(), notice.attempts(),
                                notice.nextAttemptAt() == null ? "" : " · next " + Ui.format(notice.nextAttemptAt()))),
                new Pre(notice.body()));
        Grid<DeliveryAttempt> attempts = new Grid<>();
        attempts.addColumn(a -> Ui.format(a.at())).setHeader("When").setAutoWidth(true);
        attempts.addColumn(a -> a.outcome().name().toLowerCase()).setHeader("Outcome").setAutoWidth(true);
        attempts.addColumn(a -> a.statusCode() == null ? "" : a.statusCode().toString())
            .setHeader("SMTP / HTTP status")
            .setAutoWidth(true);
        attempts.addColumn(a -> a.error() == null ? "" : a.error()).setHeader("Error").setFlexGrow(1);
        attempts.setItems(alerts.attempts(notice.id()));
        attempts.setAllRowsVisible(true);
        attempts.setEmptyStateText(notice.demo() ? "No attempt: demo history is never sent." : "No attempt yet.");
        add(attempts);
    }

}
