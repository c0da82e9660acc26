package io.plumbline.survey;

/**
 * What an import stored: new responses, and those that were already there (same tool and
 * response id).
 */
public record ImportOutcome(int added, int alreadyPresent, int emptyRows) {
}
