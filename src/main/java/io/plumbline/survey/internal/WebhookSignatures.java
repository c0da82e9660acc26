package io.plumbline.survey.internal;

import io.plumbline.survey.WebhookKind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of webhook bodies. Typeform sends
 * {@code Typeform-Signature: sha256=<base64>} over the raw body; the generic webhook
 * expects {@code X-Plumbline-Signature: sha256=<hex>}. Compared in constant time.
 */
public final class WebhookSignatures {

    public static final String TYPEFORM_HEADER = "Typeform-Signature";

    public static final String GENERIC_HEADER = "X-Plumbline-Signature";

    private WebhookSignatures() {
    }

    public static String header(WebhookKind kind) {
        return kind == WebhookKind.TYPEFORM ? TYPEFORM_HEADER : GENERIC_HEADER;
    }

    public static String sign(WebhookKind kind, String secret, byte[] body) {
        byte[] mac = hmac(secret, body);
        return "sha256=" + (kind == WebhookKind.TYPEFORM ? Base64.getEncoder().encodeToString(mac)
                : HexFormat.of().formatHex(mac));
    }

    public static boolean verify(WebhookKind kind, String secret, byte[] body, String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] expected = sign(kind, secret, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

}
