/**
 * The client portal: its layout (the agency's colour and logo, the client's name) and
 * home page. Each module adds its own portal pages; a client user sees only their own
 * client.
 */
package io.plumbline.portal;
