package io.plumbline.monitoring.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A response as far as the engine read it.
 *
 * @param headers case-insensitive names
 * @param truncated the body was longer than the engine reads, and {@code body} is its
 * start
 */
record Received(int status, Map<String, List<String>> headers, String body, boolean truncated, Duration latency) {
}
