/**
 * The client portal: its layout (the agency's colour and logo, the client's name) and
 * home page; a client user sees only their own client. The module owns no tables and
 * offers no API: its root package holds only views, and each module adds its own portal
 * pages.
 */
package io.plumbline.portal;
