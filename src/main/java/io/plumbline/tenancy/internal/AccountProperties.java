package io.plumbline.tenancy.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The account settings under {@code plumbline.security.*} (the sign-in limits under the
 * same prefix are the security module's); defaults in application.properties.
 *
 * @param oneTimePasswordValidity how long a password set by a manager may be used once
 * @param inviteValidity how long an invitation link is valid
 * @param allowRlsBypass accept a PostgreSQL role that bypasses row-level security
 */
@ConfigurationProperties("plumbline.security")
public record AccountProperties(Duration oneTimePasswordValidity, Duration inviteValidity, boolean allowRlsBypass) {

}
