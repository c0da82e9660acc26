package io.plumbline.alerting;

import io.plumbline.tenancy.AgencyId;

/** Changes to rules and channels, for the audit log. */
public sealed interface AlertingEvent {

    AgencyId agency();

    String name();

    record AlertRuleCreated(AgencyId agency, AlertRuleId rule, String name) implements AlertingEvent {
    }

    record AlertRuleChanged(AgencyId agency, AlertRuleId rule, String name) implements AlertingEvent {
    }

    record AlertRuleDeleted(AgencyId agency, AlertRuleId rule, String name) implements AlertingEvent {
    }

    record ChannelCreated(AgencyId agency, ChannelId channel, String name) implements AlertingEvent {
    }

    record ChannelChanged(AgencyId agency, ChannelId channel, String name) implements AlertingEvent {
    }

    record ChannelDeleted(AgencyId agency, ChannelId channel, String name) implements AlertingEvent {
    }

}
