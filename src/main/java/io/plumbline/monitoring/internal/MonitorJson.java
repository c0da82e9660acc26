package io.plumbline.monitoring.internal;

import io.plumbline.monitoring.CheckAssertions;
import io.plumbline.monitoring.CheckResult;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON text columns of a monitor: its assertions, its last result, and its (then
 * encrypted) request headers.
 */
public final class MonitorJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private MonitorJson() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static CheckAssertions assertions(String json) {
        return MAPPER.readValue(json, CheckAssertions.class);
    }

    public static CheckResult result(String json) {
        return MAPPER.readValue(json, CheckResult.class);
    }

    public static Map<String, String> headers(String json) {
        return MAPPER.readValue(json, HEADERS);
    }

}
