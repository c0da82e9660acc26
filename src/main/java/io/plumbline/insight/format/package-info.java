/**
 * How insight figures (correlations, at-risk scores, renewals) are written, for the
 * insight view, its CSV and the reports.
 */
@NamedInterface("format")
package io.plumbline.insight.format;

import org.springframework.modulith.NamedInterface;
