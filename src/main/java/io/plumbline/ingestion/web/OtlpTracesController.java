package io.plumbline.ingestion.web;

import com.google.protobuf.Message;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.plumbline.ingestion.web.OtlpCodec.Encoding;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * OTLP/HTTP trace intake (docs/otlp.md): {@code POST /v1/traces}, also under
 * {@code /api/v1/otlp}. Answers as OTLP says: 200 with an
 * {@code ExportTraceServiceResponse} (partial success naming rejected spans), 400 with a
 * {@code google.rpc.Status} for a bad payload, 429/503 with {@code Retry-After} for what
 * a retry may fix; every answer in the request's encoding.
 */
@RestController
@Tag(name = "OpenTelemetry", description = "OTLP/HTTP trace export: HTTP client spans become observations")
class OtlpTracesController {

    private static final Logger log = LoggerFactory.getLogger(OtlpTracesController.class);

    static final int MAX_SPANS = 10_000;

    private final OtlpIntake intake;

    private final ObjectMapper json;

    private final Duration outageRetryAfter;

    OtlpTracesController(OtlpIntake intake, ObjectMapper json, ApiProperties api) {
        this.intake = intake;
        this.json = json;
        this.outageRetryAfter = api.databaseOutageRetryAfter();
    }

    @PostMapping({ "/v1/traces", "/api/v1/otlp/v1/traces" })
    @Operation(summary = "Export traces (OTLP/HTTP, protobuf or JSON, gzip allowed)",
            description = "HTTP client spans become observations of the integration they name "
                    + "(plumbline.integration) or whose host is mapped; see docs/otlp.md.")
    ResponseEntity<byte[]> export(HttpServletRequest request) {
        Encoding encoding = Encoding.of(request.getContentType());
        if (encoding == null) {
            return status(Encoding.JSON, 415, OtlpCodec.INVALID_ARGUMENT,
                    "Send OTLP as application/x-protobuf or application/json.", null);
        }
        String contentEncoding = request.getHeader("Content-Encoding");
        ExportTraceServiceRequest export;
        try {
            byte[] body = OtlpCodec.inflate(readBounded(request), contentEncoding);
            export = OtlpCodec.decode(body, encoding, json);
        }
        catch (IllegalArgumentException unsupportedEncoding) {
            return status(encoding, 415, OtlpCodec.INVALID_ARGUMENT,
                    "Content-Encoding '%s' is not supported; send gzip or none.".formatted(contentEncoding), null);
        }
        catch (OtlpCodec.TooLargeException e) {
            return status(encoding, 413, OtlpCodec.INVALID_ARGUMENT, e.getMessage(), null);
        }
        catch (OtlpCodec.MalformedException e) {
            return status(encoding, 400, OtlpCodec.INVALID_ARGUMENT, e.getMessage(), null);
        }
        int spans = export.getResourceSpansList()
            .stream()
            .flatMap(r -> r.getScopeSpansList().stream())
            .mapToInt(s -> s.getSpansCount())
            .sum();
        if (spans > MAX_SPANS) {
            return status(encoding, 413, OtlpCodec.INVALID_ARGUMENT,
                    "An export may hold at most %,d spans; this one has %,d. Lower the exporter's batch size."
                        .formatted(MAX_SPANS, spans),
                    null);
        }
        try {
            OtlpIntake.Outcome outcome = intake.export(export);
            return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(encoding.contentType))
                .body(OtlpCodec.encode(outcome.response(), encoding));
        }
        catch (CommitOutcomeUnknownException e) {
            log.error("The commit of an OTLP export failed; its outcome is unknown", e);
            return status(encoding, 503, OtlpCodec.UNAVAILABLE,
                    "The database failed while committing: the spans may or may not be stored. Retry after %d s."
                        .formatted(outageRetryAfter.toSeconds()),
                    outageRetryAfter);
        }
        catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                log.warn("OTLP export refused with 503: the database is unavailable ({})", e.getMessage());
                return status(encoding, 503, OtlpCodec.UNAVAILABLE,
                        "The database cannot be reached; nothing was stored. Retry after %d s."
                            .formatted(outageRetryAfter.toSeconds()),
                        outageRetryAfter);
            }
            log.error("OTLP export failed", e);
            return status(encoding, 500, OtlpCodec.INTERNAL, "The export could not be completed; nothing was stored.",
                    null);
        }
    }

    /**
     * Plumbline takes traces only: an exporter pointed at it with every signal gets a
     * clear 404 for metrics and logs.
     */
    @RequestMapping({ "/v1/metrics", "/v1/logs", "/api/v1/otlp/v1/metrics", "/api/v1/otlp/v1/logs" })
    ResponseEntity<byte[]> otherSignals(HttpServletRequest request) {
        Encoding encoding = Encoding.of(request.getContentType());
        return status(encoding == null ? Encoding.JSON : encoding, 404, OtlpCodec.UNIMPLEMENTED,
                "Plumbline takes traces only (/v1/traces): set OTEL_METRICS_EXPORTER=none and OTEL_LOGS_EXPORTER=none, "
                        + "or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT instead of OTEL_EXPORTER_OTLP_ENDPOINT.",
                null);
    }

    static ResponseEntity<byte[]> status(Encoding encoding, int httpStatus, int code, String message,
            Duration retryAfter) {
        Message status = OtlpCodec.status(code, message);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(httpStatus)
            .contentType(org.springframework.http.MediaType.parseMediaType(encoding.contentType));
        if (retryAfter != null) {
            response.header("Retry-After", String.valueOf(retryAfter.toSeconds()));
        }
        return response.body(OtlpCodec.encode(status, encoding));
    }

    private static byte[] readBounded(HttpServletRequest request) throws OtlpCodec.TooLargeException {
        if (request.getContentLengthLong() > OtlpCodec.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(OtlpCodec.MAX_BODY_BYTES + 1);
            if (body.length > OtlpCodec.MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static OtlpCodec.TooLargeException tooLarge() {
        return new OtlpCodec.TooLargeException(
                "A request may have at most %d bytes as sent; lower the exporter's batch size."
                    .formatted(OtlpCodec.MAX_BODY_BYTES));
    }

}
