/**
 * The one CSV writer for every export the app hands out, safe to open in a spreadsheet,
 * and the one reader for uploaded CSV files, which names physical lines in its errors.
 */
package io.plumbline.shared.csv;
