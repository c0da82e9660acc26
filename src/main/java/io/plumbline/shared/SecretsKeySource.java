package io.plumbline.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key for monitor secrets comes from: {@code PLUMBLINE_SECRETS_KEY} (base64 of
 * 32 bytes). Only the embedded H2 default, which exists for trying Plumbline, falls back
 * to a generated key file next to its database; on PostgreSQL there is no fallback,
 * because a key file on one node would leave the other nodes unable to decrypt.
 */
public final class SecretsKeySource {

    private static final Logger LOG = LoggerFactory.getLogger(SecretsKeySource.class);
    static final String KEY_FILE = "secrets.key";

    private final String configuredKey;

    private final boolean embedded;

    private final Path dataDir;

    public SecretsKeySource(String configuredKey, boolean embedded, Path dataDir) {
        this.configuredKey = configuredKey == null ? "" : configuredKey.strip();
        this.embedded = embedded;
        this.dataDir = dataDir;
    }

    public Optional<SecretKey> key() {
        if (!configuredKey.isEmpty()) {
            return Optional.of(aesKey(Base64.getDecoder().decode(configuredKey), "PLUMBLINE_SECRETS_KEY"));
        }
        return embedded ? Optional.of(fromKeyFile()) : Optional.empty();
    }

    private SecretKey fromKeyFile() {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return aesKey(Base64.getDecoder().decode(Files.readString(file).strip()), file.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the secrets key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            try {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
        }
        catch (FileAlreadyExistsException anotherThreadWon) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
        LOG.warn("PLUMBLINE_SECRETS_KEY is not set: monitor secrets are encrypted with a generated key in {}. "
                + "Keep it with the database; set PLUMBLINE_SECRETS_KEY in production (docs/deploy.md).", file);
    }

    private static SecretKey aesKey(byte[] bytes, String source) {
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must hold 32 bytes (base64), found " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

}
