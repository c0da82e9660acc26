package io.plumbline.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plumbline.mail.*}; defaults in application.properties.
 *
 * @param from the sender address of every message
 * @param maxConcurrentSends messages one node sends at once
 * @param slotWait how long a send waits for a free slot before it is put back
 */
@ConfigurationProperties("plumbline.mail")
record MailProperties(String from, int maxConcurrentSends, Duration slotWait) {

}
