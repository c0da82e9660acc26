package io.plumbline.ingestion.web;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.plumbline.integration.HostPattern;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the HTTP client calls out of an OTLP trace export (docs/otlp.md): spans of kind
 * CLIENT with an HTTP method ({@code http.request.method}, or the older
 * {@code http.method}). Every other span is counted as ignored. Knows no integrations.
 */
final class OtlpSpans {

    static final String INTEGRATION_ATTRIBUTE = "plumbline.integration";

    private OtlpSpans() {
    }

    /**
     * One HTTP client call as a span described it.
     *
     * @param integrationKey {@code plumbline.integration} of the span, else of its
     * resource
     * @param host normalised ({@link HostPattern#normaliseHost}); null when the span
     * names none
     * @param path of {@code url.full} (or {@code url.path}), without query; null if none
     * @param errorType {@code error.type}, else the {@code exception.type} of an
     * exception event
     * @param statusError whether the span's status is ERROR
     */
    record Call(String spanName, String integrationKey, String host, String path, String method, Long httpStatus,
            String errorType, boolean statusError, long startNanos, long endNanos, String operation, boolean resent,
            String service) {
    }

    /** The calls, and how many spans the export held and why the others were ignored. */
    record Read(int spans, int notClient, int notHttp, List<Call> calls) {

        int ignored() {
            return notClient + notHttp;
        }
    }

    static Read read(ExportTraceServiceRequest request) {
        int spans = 0;
        int notClient = 0;
        int notHttp = 0;
        List<Call> calls = new ArrayList<>();
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            Map<String, AnyValue> resource = attributes(resourceSpans.getResource());
            String resourceIntegration = text(resource.get(INTEGRATION_ATTRIBUTE));
            String service = text(resource.get("service.name"));
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    spans++;
                    if (span.getKind() != Span.SpanKind.SPAN_KIND_CLIENT) {
                        notClient++;
                        continue;
                    }
                    Map<String, AnyValue> attributes = attributes(span.getAttributesList());
                    String method = first(attributes, "http.request.method", "http.method");
                    if (method == null) {
                        notHttp++;
                        continue;
                    }
                    calls.add(call(span, attributes, method, resourceIntegration, service));
                }
            }
        }
        return new Read(spans, notClient, notHttp, calls);
    }

    private static Call call(Span span, Map<String, AnyValue> attributes, String method, String resourceIntegration,
            String service) {
        String explicit = text(attributes.get(INTEGRATION_ATTRIBUTE));
        String url = first(attributes, "url.full", "http.url");
        URI uri = uri(url);
        String host = HostPattern.normaliseHost(first(attributes, "server.address", "net.peer.name"));
        if (host == null && uri != null) {
            host = HostPattern.normaliseHost(uri.getHost());
        }
        if (host == null) {
            host = HostPattern.normaliseHost(first(attributes, "http.host", "net.host.name"));
        }
        String path = uri != null ? uri.getRawPath() : withoutQuery(first(attributes, "url.path", "http.target"));
        Long status = number(first(attributes.get("http.response.status_code"), attributes.get("http.status_code")));
        String errorType = text(attributes.get("error.type"));
        if (errorType == null) {
            errorType = span.getEventsList()
                .stream()
                .filter(e -> "exception".equals(e.getName()))
                .map(e -> text(attributes(e.getAttributesList()).get("exception.type")))
                .filter(t -> t != null)
                .findFirst()
                .orElse(null);
        }
        Long resend = number(attributes.get("http.request.resend_count"));
        String template = text(attributes.get("url.template"));
        String operation = template != null ? method.toUpperCase(Locale.ROOT) + " " + template : span.getName();
        return new Call(span.getName(), explicit != null ? explicit : resourceIntegration, host, path,
                method.toUpperCase(Locale.ROOT), status, errorType,
                span.getStatus().getCode() == Status.StatusCode.STATUS_CODE_ERROR, span.getStartTimeUnixNano(),
                span.getEndTimeUnixNano(), operation == null || operation.isBlank() ? null : operation,
                resend != null && resend > 0, service);
    }

    private static URI uri(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.getHost() == null && uri.getRawPath() == null ? null : uri;
        }
        catch (URISyntaxException e) {
            return null;
        }
    }

    private static String withoutQuery(String target) {
        if (target == null) {
            return null;
        }
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    private static Map<String, AnyValue> attributes(Resource resource) {
        return attributes(resource.getAttributesList());
    }

    private static Map<String, AnyValue> attributes(List<KeyValue> keyValues) {
        Map<String, AnyValue> map = new HashMap<>(keyValues.size() * 2);
        for (KeyValue keyValue : keyValues) {
            map.put(keyValue.getKey(), keyValue.getValue());
        }
        return map;
    }

    private static String first(Map<String, AnyValue> attributes, String name, String olderName) {
        String value = text(attributes.get(name));
        return value != null ? value : text(attributes.get(olderName));
    }

    private static AnyValue first(AnyValue value, AnyValue older) {
        return value != null ? value : older;
    }

    private static String text(AnyValue value) {
        if (value == null) {
            return null;
        }
        String text = switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A whole number sent as int, double or text; null when it is none. */
    private static Long number(AnyValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueCase()) {
            case INT_VALUE -> value.getIntValue();
            case DOUBLE_VALUE ->
                value.getDoubleValue() == Math.rint(value.getDoubleValue()) ? (long) value.getDoubleValue() : null;
            case STRING_VALUE -> {
                try {
                    yield Long.parseLong(value.getStringValue().strip());
                }
                catch (NumberFormatException e) {
                    yield null;
                }
            }
            default -> null;
        };
    }

}
