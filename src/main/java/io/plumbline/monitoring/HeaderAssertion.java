package io.plumbline.monitoring;

/**
 * A response header that must be present with a value in which {@code pattern} (a Java
 * regular expression) is found, so that {@code application/json} matches
 * {@code application/json; charset=utf-8}; anchor it with ^…$ to match the whole value.
 */
public record HeaderAssertion(String name, String pattern) {
}
