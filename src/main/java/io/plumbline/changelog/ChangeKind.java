package io.plumbline.changelog;

public enum ChangeKind {

    DEPRECATION_NOTICE("Deprecation notice", true), VERSION_UPGRADE("Version upgrade", false),
    FIELD_ADDED("Field added", false), FIELD_REMOVED("Field removed", true), AUTH_CHANGE("Auth change", true);

    private final String label;

    private final boolean breaking;

    ChangeKind(String label, boolean breaking) {
        this.label = label;
        this.breaking = breaking;
    }

    public String label() {
        return label;
    }

    /**
     * Whether integrations break on the effective date unless someone acts: these raise
     * DEPRECATION_AHEAD alerts.
     */
    public boolean breaking() {
        return breaking;
    }

}
