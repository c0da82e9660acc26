package io.plumbline.demo.internal;

/**
 * One module's part of the demo: integrations, observations, incidents, surveys,
 * contracts… Stories run once, on a fresh database, in {@link #order()}, after the
 * tenants exist.
 */
interface DemoStory {

    int order();

    void tell(DemoWorld world);

}
