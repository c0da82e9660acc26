package io.plumbline.integration;

public enum AuthType {

    OAUTH2("OAuth 2.0"), API_KEY("API key"), BEARER("Bearer token"), BASIC("Basic"), NONE("None");

    private final String label;

    AuthType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
