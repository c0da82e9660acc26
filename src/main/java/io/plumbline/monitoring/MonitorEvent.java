package io.plumbline.monitoring;

import io.plumbline.tenancy.AgencyId;
import io.plumbline.tenancy.ClientId;

public sealed interface MonitorEvent {

    AgencyId agency();

    ClientId client();

    MonitorId monitor();

    String name();

    record MonitorCreated(AgencyId agency, ClientId client, MonitorId monitor, String name) implements MonitorEvent {
    }

    record MonitorChanged(AgencyId agency, ClientId client, MonitorId monitor, String name) implements MonitorEvent {
    }

    record MonitorDeleted(AgencyId agency, ClientId client, MonitorId monitor, String name) implements MonitorEvent {
    }

}
