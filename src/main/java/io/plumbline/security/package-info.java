/**
 * Sign-in (form login, bcrypt, lock-out and throttling), security headers, password
 * change and invitation views; the signed-in principal
 * {@link io.plumbline.security.PlumblineUser}.
 */
package io.plumbline.security;
