package io.plumbline.integration;

public enum Category {

    CRM("CRM"), EMAIL("E-mail platform"), ANALYTICS("Analytics"), ATTRIBUTION("Attribution"), ADS("Ad platform"),
    CDP("CDP"), OTHER("Other");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
