package io.plumbline.retention;

import io.plumbline.shared.InvalidInputException;

/**
 * An import refused as a whole; the preview lists every problem by line. Nothing was
 * stored.
 */
public class ContractImportException extends InvalidInputException {

    private final transient ContractImportPreview preview;

    public ContractImportException(ContractImportPreview preview) {
        super("file", preview.problems().isEmpty() ? "The file has no new contract terms."
                : "%d problem(s), first: %s".formatted(preview.problems().size(), preview.problems().getFirst()));
        this.preview = preview;
    }

    public ContractImportPreview preview() {
        return preview;
    }

}
