package io.plumbline.integration;

/** How much a client's campaigns depend on an integration; orders lists and alerts. */
public enum Criticality {

    CRITICAL("Critical"), HIGH("High"), MEDIUM("Medium"), LOW("Low");

    private final String label;

    Criticality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
