package io.plumbline.consent;

/** Counts of one named thing (an integration, a source, a day) over a period. */
public record CoverageOf<T>(T subject, ConsentCounts counts) {
}
