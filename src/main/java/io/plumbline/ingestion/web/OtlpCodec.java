package io.plumbline.ingestion.web;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * OTLP/HTTP encodings (docs/otlp.md): binary protobuf and the OTLP JSON mapping (hex
 * trace and span ids, enums as numbers or names, lowerCamelCase or original field names),
 * gzip, and the {@code google.rpc.Status} of error answers. Decoding uses the generated
 * OTLP classes and protobuf's own parsers.
 */
final class OtlpCodec {

    /** As sent, compressed or not: the machine API's body limit. */
    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    /** After gzip: a bound against decompression bombs. */
    static final int MAX_INFLATED_BYTES = 32 * 1024 * 1024;

    /** gRPC codes used in {@code google.rpc.Status.code}. */
    static final int INVALID_ARGUMENT = 3;

    static final int NOT_FOUND = 5;

    static final int PERMISSION_DENIED = 7;

    static final int RESOURCE_EXHAUSTED = 8;

    static final int UNIMPLEMENTED = 12;

    static final int INTERNAL = 13;

    static final int UNAVAILABLE = 14;

    static final int UNAUTHENTICATED = 16;

    private static final Descriptors.Descriptor STATUS = statusDescriptor();

    private static final JsonFormat.Parser JSON_PARSER = JsonFormat.parser().ignoringUnknownFields();

    private static final JsonFormat.Printer JSON_PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

    private OtlpCodec() {
    }

    enum Encoding {

        PROTOBUF("application/x-protobuf"), JSON("application/json");

        final String contentType;

        Encoding(String contentType) {
            this.contentType = contentType;
        }

        /** The encoding of a Content-Type; null when it is neither. */
        static Encoding of(String contentType) {
            if (contentType == null) {
                return null;
            }
            String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return switch (type) {
                case "application/x-protobuf", "application/protobuf" -> PROTOBUF;
                case "application/json" -> JSON;
                default -> null;
            };
        }

    }

    static class MalformedException extends Exception {

        MalformedException(String message) {
            super(message);
        }

    }

    static class TooLargeException extends Exception {

        TooLargeException(String message) {
            super(message);
        }

    }

    /** The body as sent, without its Content-Encoding (gzip or identity). */
    static byte[] inflate(byte[] body, String contentEncoding) throws MalformedException, TooLargeException {
        if (contentEncoding == null || contentEncoding.isBlank()
                || "identity".equalsIgnoreCase(contentEncoding.strip())) {
            return body;
        }
        if (!"gzip".equalsIgnoreCase(contentEncoding.strip()) && !"x-gzip".equalsIgnoreCase(contentEncoding.strip())) {
            throw new IllegalArgumentException(contentEncoding);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] inflated = in.readNBytes(MAX_INFLATED_BYTES + 1);
            if (inflated.length > MAX_INFLATED_BYTES) {
                throw new TooLargeException(
                        "The body inflates to more than %d bytes; send smaller batches.".formatted(MAX_INFLATED_BYTES));
            }
            return inflated;
        }
        catch (IOException e) {
            throw new MalformedException("The body is not valid gzip: " + e.getMessage());
        }
    }

    static ExportTraceServiceRequest decode(byte[] body, Encoding encoding, ObjectMapper json)
            throws MalformedException {
        if (encoding == Encoding.PROTOBUF) {
            try {
                return ExportTraceServiceRequest.parseFrom(body);
            }
            catch (InvalidProtocolBufferException e) {
                throw new MalformedException(
                        "The body is not an OTLP ExportTraceServiceRequest in protobuf: " + e.getMessage());
            }
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        }
        catch (JacksonException e) {
            throw new MalformedException("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedException("The body must be a JSON object (an OTLP ExportTraceServiceRequest).");
        }
        hexIdsToBase64(root);
        ExportTraceServiceRequest.Builder request = ExportTraceServiceRequest.newBuilder();
        try {
            JSON_PARSER.merge(json.writeValueAsString(root), request);
        }
        catch (InvalidProtocolBufferException e) {
            throw new MalformedException(
                    "The body is not an OTLP ExportTraceServiceRequest in JSON: " + e.getMessage());
        }
        return request.build();
    }

    /**
     * OTLP JSON writes trace and span ids as hex, where protobuf's JSON mapping expects
     * base64 for bytes: rewrites them in place.
     */
    private static void hexIdsToBase64(JsonNode root) throws MalformedException {
        for (JsonNode resourceSpans : root.path("resourceSpans")) {
            for (JsonNode scopeSpans : first(resourceSpans, "scopeSpans", "scope_spans")) {
                for (JsonNode span : scopeSpans.path("spans")) {
                    rewrite(span, "traceId", "trace_id", "spanId", "span_id", "parentSpanId", "parent_span_id");
                    for (JsonNode link : span.path("links")) {
                        rewrite(link, "traceId", "trace_id", "spanId", "span_id");
                    }
                }
            }
        }
    }

    private static JsonNode first(JsonNode node, String name, String originalName) {
        return node.has(name) ? node.path(name) : node.path(originalName);
    }

    private static void rewrite(JsonNode node, String... fields) throws MalformedException {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (String field : fields) {
            JsonNode value = object.get(field);
            if (value == null || !value.isString()) {
                continue;
            }
            String hex = value.asString();
            try {
                object.put(field, Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)));
            }
            catch (IllegalArgumentException e) {
                throw new MalformedException("%s '%s' is not hex-encoded.".formatted(field, hex));
            }
        }
    }

    static byte[] encode(Message message, Encoding encoding) {
        if (encoding == Encoding.PROTOBUF) {
            return message.toByteArray();
        }
        try {
            return JSON_PRINTER.print(message).getBytes(StandardCharsets.UTF_8);
        }
        catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code google.rpc.Status} with its code and message (no details). */
    static Message status(int code, String message) {
        return DynamicMessage.newBuilder(STATUS)
            .setField(STATUS.findFieldByName("code"), code)
            .setField(STATUS.findFieldByName("message"), message)
            .build();
    }

    /** Reads a Status back (tests). */
    static DynamicMessage parseStatus(byte[] body) throws InvalidProtocolBufferException {
        return DynamicMessage.parseFrom(STATUS, ByteString.copyFrom(body));
    }

    /**
     * {@code google.rpc.Status} (google/rpc/status.proto) without its {@code details}.
     */
    private static Descriptors.Descriptor statusDescriptor() {
        FileDescriptorProto file = FileDescriptorProto.newBuilder()
            .setName("google/rpc/status.proto")
            .setPackage("google.rpc")
            .setSyntax("proto3")
            .addMessageType(DescriptorProto.newBuilder()
                .setName("Status")
                .addField(FieldDescriptorProto.newBuilder()
                    .setName("code")
                    .setJsonName("code")
                    .setNumber(1)
                    .setType(FieldDescriptorProto.Type.TYPE_INT32)
                    .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL))
                .addField(FieldDescriptorProto.newBuilder()
                    .setName("message")
                    .setJsonName("message")
                    .setNumber(2)
                    .setType(FieldDescriptorProto.Type.TYPE_STRING)
                    .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL)))
            .build();
        try {
            return Descriptors.FileDescriptor.buildFrom(file, new Descriptors.FileDescriptor[0])
                .findMessageTypeByName("Status");
        }
        catch (Descriptors.DescriptorValidationException e) {
            throw new IllegalStateException(e);
        }
    }

}
