package io.plumbline.survey;

/**
 * What an import stored: new responses, responses already stored whose answers changed
 * (updated), and those already stored with the same answers (unchanged; same tool and
 * response id).
 */
public record ImportOutcome(int added, int alreadyPresent, int emptyRows, int updated) {

    public ImportOutcome(int added, int alreadyPresent, int emptyRows) {
        this(added, alreadyPresent, emptyRows, 0);
    }

}
