package io.plumbline.reporting;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record ReportScheduleId(UUID value) implements Serializable {
    public ReportScheduleId {
        Objects.requireNonNull(value, "id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
