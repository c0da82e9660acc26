/**
 * The look every chart shares, on screen and in PDF reports: colours, fonts and SVG
 * output for JFreeChart. No Vaadin here, so the modules' chart builders need no UI class.
 */
package io.plumbline.shared.charts;
