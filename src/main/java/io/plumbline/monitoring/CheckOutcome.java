package io.plumbline.monitoring;

public enum CheckOutcome {

    UP,
    /** Every assertion passed, but the latency reached the degraded threshold. */
    DEGRADED, DOWN

}
