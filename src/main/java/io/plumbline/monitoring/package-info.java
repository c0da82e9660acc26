/**
 * Synthetic HTTP checks: what a monitor asks of an API, one run of that check with
 * retries, and the guard that keeps monitors away from addresses inside our own network.
 */
package io.plumbline.monitoring;
