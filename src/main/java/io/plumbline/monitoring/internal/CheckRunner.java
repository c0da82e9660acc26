package io.plumbline.monitoring.internal;

import io.plumbline.monitoring.CheckAssertions;
import io.plumbline.monitoring.CheckDefinition;
import io.plumbline.monitoring.CheckResult;
import io.plumbline.monitoring.FailureClass;
import io.plumbline.monitoring.OutboundUrlGuard;
import io.plumbline.monitoring.PinnedConnection;
import java.util.Collection;

/**
 * Runs a check now, retries included, and says what happened. Safe to call from many
 * threads.
 */
public interface CheckRunner {

    /**
     * Sends the request, evaluating every assertion on the response. Redirects are not
     * followed: a 3xx passes only if its status is listed in
     * {@link CheckAssertions#expectedStatuses()}; otherwise the check is down with
     * {@link FailureClass#ASSERTION_FAILED} ("unexpected redirect"), because a monitored
     * API that starts redirecting has changed and following could lead the monitor to an
     * address the guard would refuse. The URL is checked by {@link OutboundUrlGuard}
     * before every attempt, so that a host re-pointed between attempts is still refused,
     * and the attempt connects to the address the guard approved, never to a second
     * lookup ({@link PinnedConnection}).
     * @param allowList host names and CIDR ranges the agency admin allow-listed for
     * self-hosted APIs
     * @throws io.plumbline.shared.InvalidInputException if the definition is invalid
     * ({@link CheckDefinitionValidator})
     * @throws java.util.concurrent.CancellationException if the thread was interrupted
     * (the flag stays set)
     */
    CheckResult run(CheckDefinition definition, Collection<String> allowList);

}
