package io.plumbline.monitoring;

import io.plumbline.monitoring.internal.SecretCipher;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest for secrets other modules store (alert webhook signing secrets) with the same key and format as
 * monitor secrets: AES-256-GCM, bound to {@code associatedData} (e.g. the owning row's id) so a copied value does not
 * decrypt elsewhere.
 */
@Component
public class SecretSeal {

    private final SecretCipher cipher;

    SecretSeal(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** False on PostgreSQL without {@code PLUMBLINE_SECRETS_KEY}: secrets must then not be stored. */
    public boolean available() {
        return cipher.available();
    }

    public String seal(String plain, String associatedData) {
        return cipher.encrypt(plain, associatedData);
    }

    public String open(String sealed, String associatedData) {
        return cipher.decrypt(sealed, associatedData);
    }
}
