/**
 * The demo story: two agencies, their clients, integrations, weeks of observations, SLAs,
 * incidents, consent, surveys, contracts and reports, told once on an empty embedded
 * database (or with the {@code demo} profile). The module owns no tables (it writes only
 * through the other modules' services) and offers no API: every seeder lives in
 * {@code internal}.
 */
package io.plumbline.demo;
