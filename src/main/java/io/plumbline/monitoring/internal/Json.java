package io.plumbline.monitoring.internal;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON parsing, JSONPath and JSON Schema as the check engine uses them, shared with the
 * definition validator.
 */
public final class Json {

    // Rejects trailing content ("{} x") too, so a body is JSON only if all of it is.
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    // Never fetch a $ref over the network: the schema is user input, and the fetch would
    // bypass the URL guard.
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)));

    private Json() {
    }

    /** Why this JSONPath cannot be used; empty if it compiles. */
    public static Optional<String> pathProblem(String path) {
        if (path == null || path.isBlank()) {
            return Optional.of("Enter a JSONPath such as $.status.");
        }
        try {
            JsonPath.compile(path);
            return Optional.empty();
        }
        catch (InvalidPathException e) {
            return Optional.of("This is not a valid JSONPath: " + e.getMessage());
        }
    }

    /**
     * Why this JSON Schema cannot be used; empty if it parses and every {@code $ref} in
     * it resolves locally.
     */
    public static Optional<String> schemaProblem(String schemaText) {
        try {
            schema(schemaText);
            return Optional.empty();
        }
        catch (JacksonException e) {
            return Optional.of("The schema is not valid JSON: " + e.getOriginalMessage());
        }
        catch (SchemaException e) {
            return Optional.of("The schema cannot be used (remote $ref are not fetched): " + rootMessage(e));
        }
    }

    static Schema schema(String schemaText) {
        JsonNode node = MAPPER.readTree(schemaText);
        Schema schema = SCHEMAS.getSchema(node);
        // Resolves every $ref now rather than halfway through validating a response.
        schema.initializeValidators();
        return schema;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

}
