package io.plumbline.security;

/** Extra text under the sign-in form, e.g. the demo accounts when demo data is loaded. */
public interface LoginHint {

    String text();

}
