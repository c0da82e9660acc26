package io.plumbline.monitoring;

/**
 * A JSONPath into the response body and the value it must have, compared as text:
 * {@code 42}, {@code true}, {@code ok} (a string without quotes), {@code null}, or JSON
 * for objects and arrays ({@code [1,2]}).
 */
public record JsonPathAssertion(String path, String expected) {
}
