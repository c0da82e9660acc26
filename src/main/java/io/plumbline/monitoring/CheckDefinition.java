package io.plumbline.monitoring;

import io.plumbline.monitoring.internal.CheckDefinitionValidator;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One synthetic HTTP request and what its response must satisfy.
 * {@link CheckDefinitionValidator} says what is wrong with one typed into a form.
 *
 * @param body sent as is; {@code null} for none
 */
public record CheckDefinition(String method, URI url, Map<String, String> headers, String body, Duration timeout,
        CheckAssertions assertions, RetryPolicy retry) {

    public CheckDefinition {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        assertions = assertions == null ? CheckAssertions.anySuccess() : assertions;
        retry = retry == null ? RetryPolicy.once() : retry;
    }
}
