package io.plumbline.metrics.internal;

import java.util.List;

/** Appends raw observations in bulk inside the current transaction. */
interface RawObservationWriter {

    void write(List<StoredObservation> batch);

}
