package io.plumbline.ingestion;

/** A new key and its secret, shown once to the admin who made it. */
public record IssuedApiKey(ApiKeyDetails details, String secret) {
}
