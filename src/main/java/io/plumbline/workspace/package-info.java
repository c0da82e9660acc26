/**
 * The agency workspace shell: layout, navigation and the landing route. The module owns
 * no tables and offers no API; its root package holds only these views.
 */
package io.plumbline.workspace;
