package io.plumbline.retention;

import java.util.List;

/**
 * A contract CSV checked against the agency's clients and stored contracts, before
 * anything is stored. It can be imported only without problems; rows already stored are
 * left out (re-importing the same file adds nothing).
 */
public record ContractImportPreview(List<ImportRow> rows, List<ImportProblem> problems, List<String> ignoredColumns) {

    public long newRows() {
        return rows.stream().filter(r -> !r.alreadyStored()).count();
    }

    public long alreadyStored() {
        return rows.stream().filter(ImportRow::alreadyStored).count();
    }

    public boolean importable() {
        return problems.isEmpty() && newRows() > 0;
    }
}
