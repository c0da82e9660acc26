package io.plumbline.survey;

import java.util.List;

/**
 * An import that would store only part of a file is refused whole; the errors name their
 * lines.
 */
public class ImportRejectedException extends RuntimeException {

    private final transient List<LineError> errors;

    public ImportRejectedException(List<LineError> errors) {
        super("%d line(s) have errors; nothing was stored. First: %s".formatted(errors.size(), errors.getFirst()));
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }

}
