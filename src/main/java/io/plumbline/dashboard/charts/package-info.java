/**
 * Portfolio charts of the executive dashboard as JFreeChart objects, for the dashboard
 * and the executive PDF report.
 */
@NamedInterface("charts")
package io.plumbline.dashboard.charts;

import org.springframework.modulith.NamedInterface;
