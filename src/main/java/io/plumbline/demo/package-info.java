/**
 * The demo story: two agencies, their clients, integrations, weeks of observations, SLAs,
 * incidents, consent, surveys, contracts and reports, told once on an empty embedded
 * database (or with the {@code demo} profile).
 */
package io.plumbline.demo;
