/**
 * API health charts (availability, latency, failures, volume) as JFreeChart objects, for
 * the health views and the PDF reports.
 */
@NamedInterface("charts")
package io.plumbline.health.charts;

import org.springframework.modulith.NamedInterface;
