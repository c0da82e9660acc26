package io.plumbline.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plumbline.demo.*}; defaults in application.properties.
 *
 * @param enabled seed demo data or not; not set: on the embedded default and with the
 * {@code demo} profile ({@link DemoDataCondition})
 * @param compactAfterSeeding compact the embedded H2 file once the demo data is in
 */
@ConfigurationProperties("plumbline.demo")
record DemoProperties(Boolean enabled, boolean compactAfterSeeding) {

}
