/**
 * Sign-in (form login, bcrypt, lock-out and throttling), security headers, password
 * change and invitation views; the module owns the tables {@code sign_in_address_failure}
 * and {@code sign_in_unknown_email}. Its API is the signed-in principal
 * {@link io.plumbline.security.PlumblineUser}, {@code LoginHint} (extra text a module may
 * put under the sign-in form) and {@code SecurityEvent}; the Spring Security wiring lives
 * in {@code internal}.
 */
package io.plumbline.security;
