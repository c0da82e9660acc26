package io.plumbline.metrics;

/**
 * Where an observation came from: pushed through the API, or a synthetic check of a
 * monitor.
 */
public enum Source {

    API, MONITOR

}
