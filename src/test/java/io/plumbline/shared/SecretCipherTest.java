package io.plumbline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dataDir;

    @Test
    void a_secret_round_trips_but_its_ciphertext_neither_shows_it_nor_repeats() {
        SecretCipher cipher = new SecretCipher(new SecretsKeySource(KEY, false, dataDir)::key);

        String first = cipher.encrypt("Bearer s3cr3t", "agency/monitor/headers");
        String second = cipher.encrypt("Bearer s3cr3t", "agency/monitor/headers");

        assertThat(first).startsWith("v1:").doesNotContain("s3cr3t").isNotEqualTo(second);
        assertThat(cipher.decrypt(first, "agency/monitor/headers")).isEqualTo("Bearer s3cr3t");
    }

    @Test
    void a_ciphertext_moved_to_another_row_does_not_decrypt() {
        SecretCipher cipher = new SecretCipher(new SecretsKeySource(KEY, false, dataDir)::key);
        String sealed = cipher.encrypt("Bearer s3cr3t", "agency-a/monitor-1/headers");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "agency-b/monitor-1/headers"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void postgresql_without_the_environment_key_has_no_key_and_refuses_to_encrypt() {
        SecretCipher cipher = new SecretCipher(new SecretsKeySource("", false, dataDir)::key);

        assertThat(cipher.available()).isFalse();
        assertThatThrownBy(() -> cipher.encrypt("x", "y")).hasMessageContaining("PLUMBLINE_SECRETS_KEY");
        assertThat(dataDir.resolve(SecretsKeySource.KEY_FILE)).doesNotExist();
    }

    @Test
    void the_embedded_default_generates_an_owner_only_key_file_once_and_reuses_it() throws Exception {
        SecretCipher cipher = new SecretCipher(new SecretsKeySource(null, true, dataDir)::key);
        String sealed = cipher.encrypt("token", "ctx");
        Path keyFile = dataDir.resolve(SecretsKeySource.KEY_FILE);

        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        SecretCipher afterRestart = new SecretCipher(new SecretsKeySource(null, true, dataDir)::key);
        assertThat(afterRestart.decrypt(sealed, "ctx")).isEqualTo("token");
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_with_a_clear_message() {
        SecretsKeySource source = new SecretsKeySource(Base64.getEncoder().encodeToString(new byte[16]), false,
                dataDir);

        assertThatThrownBy(source::key).hasMessage("PLUMBLINE_SECRETS_KEY must hold 32 bytes (base64), found 16");
    }

}
