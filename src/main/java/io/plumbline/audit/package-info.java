/**
 * The audit log: who changed what and when in an agency (sign-ins, users, clients, SLAs,
 * incidents, ...), written by a synchronous listener in the same transaction as the
 * change, and its view.
 */
package io.plumbline.audit;
