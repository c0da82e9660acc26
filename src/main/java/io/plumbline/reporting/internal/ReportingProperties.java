package io.plumbline.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plumbline.reports.*}; defaults in application.properties.
 *
 * @param parallelDrawings how many reports one node draws at a time; 0: one per processor
 * core
 */
@ConfigurationProperties("plumbline.reports")
record ReportingProperties(int parallelDrawings) {

}
