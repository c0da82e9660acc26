/**
 * Consent coverage charts as JFreeChart objects, for the consent views and the PDF
 * reports.
 */
@NamedInterface("charts")
package io.plumbline.consent.charts;

import org.springframework.modulith.NamedInterface;
