package io.plumbline.changelog;

/**
 * Who wrote the entry first: a person, or the schema-drift listener from a failing
 * monitor.
 */
public enum ChangeSource {

    MANUAL, SCHEMA_DRIFT

}
