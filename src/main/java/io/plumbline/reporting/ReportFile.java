package io.plumbline.reporting;

/** A finished report's document, as downloaded or attached. */
public record ReportFile(String fileName, byte[] pdf) {
}
