/**
 * SLA charts (budget burn-down, monthly availability) as JFreeChart objects, for the SLA
 * views and the PDF reports.
 */
@NamedInterface("charts")
package io.plumbline.sla.charts;

import org.springframework.modulith.NamedInterface;
