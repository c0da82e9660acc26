package io.plumbline.survey.internal;

import io.plumbline.survey.ImportPreview;
import io.plumbline.survey.ImportRecord;
import io.plumbline.survey.ResponseSource;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One import that stored something: which file (name and SHA-256), by whom, and how many
 * rows were new.
 */
@Entity
@Table(name = "survey_import")
public class SurveyImportRow {

    @Id
    private UUID id;

    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    private ResponseSource source;

    private String fileName;

    private String fileSha256;

    private String importedBy;

    private Instant importedAt;

    private int rowsTotal;

    private int rowsNew;

    private int rowsPresent;

    private int rowsUpdated;

    protected SurveyImportRow() {
    }

    public SurveyImportRow(UUID agencyId, ImportPreview preview, String fileName, String importedBy,
            Instant importedAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.source = preview.format().source();
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.fileSha256 = preview.fileSha256();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.rowsTotal = preview.rows();
        this.rowsNew = preview.newResponses();
        this.rowsPresent = preview.alreadyPresent();
        this.rowsUpdated = preview.updated();
    }

    public UUID id() {
        return id;
    }

    public ImportPreview.PreviousImport previous() {
        return new ImportPreview.PreviousImport(importedAt, importedBy);
    }

    public ImportRecord details() {
        return new ImportRecord(source, fileName, importedBy, importedAt, rowsTotal, rowsNew, rowsPresent, rowsUpdated);
    }

}
