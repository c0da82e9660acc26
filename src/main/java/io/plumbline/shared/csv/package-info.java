/**
 * The one CSV writer for every export the app hands out, safe to open in a spreadsheet.
 */
package io.plumbline.shared.csv;
