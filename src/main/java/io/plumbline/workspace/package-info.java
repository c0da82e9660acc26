/** The agency workspace shell: layout, navigation and the landing route. */
package io.plumbline.workspace;
