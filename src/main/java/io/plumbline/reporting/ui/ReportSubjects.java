package io.plumbline.reporting.ui;

import io.plumbline.reporting.ReportKind;
import io.plumbline.tenancy.ClientDetails;
import io.plumbline.tenancy.ClientId;
import io.plumbline.tenancy.ClientService;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whom a report, schedule or delivery is about, in a grid cell: the client's name, or
 * "Executive report".
 */
final class ReportSubjects {

    private final Map<ClientId, String> clientNames;

    ReportSubjects(ClientService clients) {
        this.clientNames = clients.list(true)
            .stream()
            .collect(Collectors.toMap(ClientDetails::id, ClientDetails::name));
    }

    String of(Optional<ClientId> client) {
        return client.map(id -> clientNames.getOrDefault(id, "")).orElse(ReportKind.EXECUTIVE.label());
    }

}
