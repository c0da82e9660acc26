package io.plumbline.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The top-level {@code plumbline.*} settings that several modules read. Like every
 * {@code *Properties} record, it has no defaults of its own: they are in
 * application.properties (docs/architecture.md, "Configuration").
 *
 * @param publicUrl the address users reach, for links in invitations and notifications
 * ({@code PLUMBLINE_PUBLIC_URL}); empty when not set
 * @param dataDir where the embedded default keeps its files ({@code PLUMBLINE_DATA_DIR})
 * @param secretsKey base64 AES-256 key for monitor secrets
 * ({@code PLUMBLINE_SECRETS_KEY}); empty when not set
 */
@ConfigurationProperties("plumbline")
public record PlumblineProperties(String publicUrl, String dataDir, String secretsKey) {

}
