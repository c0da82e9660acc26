package io.plumbline.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for stored secrets: what monitors send (tokens in headers, bodies), survey
 * webhook secrets. Stored as {@code v1:} + base64(nonce ‖ ciphertext ‖ tag). The
 * associated data binds a ciphertext to its row, so a value copied into another monitor
 * or agency does not decrypt.
 */
public final class SecretCipher {

    private static final String VERSION = "v1:";

    private static final int NONCE_BYTES = 12;

    private static final int TAG_BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supplier<Optional<SecretKey>> key;

    /**
     * @param key resolved on first use, so that a key file is only created once a secret
     * is stored
     */
    public SecretCipher(Supplier<Optional<SecretKey>> key) {
        this.key = key;
    }

    /**
     * False on PostgreSQL without {@code PLUMBLINE_SECRETS_KEY}: secrets must then not be
     * stored.
     */
    public boolean available() {
        return key.get().isPresent();
    }

    public String encrypt(String plain, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = apply(Cipher.ENCRYPT_MODE, nonce, associatedData, plain.getBytes(StandardCharsets.UTF_8));
        return VERSION + Base64.getEncoder()
            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    public String decrypt(String stored, String associatedData) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown secret format");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(apply(Cipher.DECRYPT_MODE, nonce, associatedData, sealed), StandardCharsets.UTF_8);
    }

    private byte[] apply(int mode, byte[] nonce, String associatedData, byte[] input) {
        SecretKey secretKey = key.get()
            .orElseThrow(() -> new IllegalStateException("Stored secrets need PLUMBLINE_SECRETS_KEY (docs/deploy.md)"));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, secretKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        }
        catch (GeneralSecurityException e) {
            // Never the input in the message: it is a secret.
            throw new IllegalStateException("A stored secret could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted (wrong key?)"), e);
        }
    }

}
