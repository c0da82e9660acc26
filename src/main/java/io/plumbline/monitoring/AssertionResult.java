package io.plumbline.monitoring;

/** One line of a check's verdict, e.g. {@code ("$.status", false, "ok", "degraded")}. */
public record AssertionResult(String name, boolean passed, String expected, String actual) {
}
