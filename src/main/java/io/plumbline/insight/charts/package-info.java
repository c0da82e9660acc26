/**
 * The reliability ↔ satisfaction scatter as a JFreeChart object, for the insight view and
 * the executive PDF report.
 */
@NamedInterface("charts")
package io.plumbline.insight.charts;

import org.springframework.modulith.NamedInterface;
