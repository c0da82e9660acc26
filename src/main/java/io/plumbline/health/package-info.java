/**
 * API health dashboards of a client (agency app and portal): key figures over a period
 * and charts rendered as SVG on the server, read from the metrics module's rollups.
 */
package io.plumbline.health;
