package io.plumbline.vendorstatus;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plumbline.vendor-status.*}; defaults in application.properties.
 *
 * @param pollInterval how often a status page is polled while it answers
 * @param maxBackoff the longest wait after failed polls (the wait doubles from
 * {@code pollInterval} with every failure in a row)
 * @param timeout the whole exchange of one request, body included
 * @param maxResponseBytes a larger answer is a failed poll, not stored
 */
@ConfigurationProperties("plumbline.vendor-status")
public record VendorStatusProperties(Duration pollInterval, Duration maxBackoff, Duration timeout,
        int maxResponseBytes) {

}
