package io.plumbline.tenancy;

public enum Industry {

    ECOMMERCE("E-commerce"), SAAS("SaaS"), HEALTHCARE("Healthcare"), FINANCE("Finance"), TRAVEL("Travel"),
    MEDIA("Media"), EDUCATION("Education"), NONPROFIT("Non-profit"), MANUFACTURING("Manufacturing"), OTHER("Other");

    private final String label;

    Industry(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
