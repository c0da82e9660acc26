/**
 * Reports: what a report covers, when scheduled reports go out, and (to come) the PDF documents and their delivery.
 */
package io.plumbline.reporting;
