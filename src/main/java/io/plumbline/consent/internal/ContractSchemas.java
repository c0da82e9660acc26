package io.plumbline.consent.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentPolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Payload contracts as JSON Schema (draft 2020-12): generated from a policy, checked when
 * edited, applied to samples.
 */
public final class ContractSchemas {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    // Contracts are user input: never fetch a remote $ref.
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)));

    private ContractSchemas() {
    }

    /** Every consent field typed; the policy's required fields required. */
    public static String generate(ConsentPolicy policy) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "Consent metadata every record must carry");
        schema.put("type", "object");
        ArrayNode required = schema.putArray("required");
        policy.required().forEach(field -> required.add(field.jsonName()));
        ObjectNode properties = schema.putObject("properties");
        for (ConsentField field : ConsentField.values()) {
            ObjectNode property = properties.putObject(field.jsonName());
            switch (field) {
                case CONSENT_TIMESTAMP -> property.put("type", "string").put("format", "date-time");
                case OPT_IN -> property.put("type", "boolean");
                default -> property.put("type", "string").put("minLength", 1);
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema);
    }

    /** Why this text cannot be a contract; empty if it is a usable JSON Schema. */
    public static Optional<String> problem(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            return Optional.of("Enter a JSON Schema.");
        }
        try {
            compile(schemaText);
            return Optional.empty();
        }
        catch (JacksonException e) {
            return Optional.of("The schema is not valid JSON: " + e.getOriginalMessage());
        }
        catch (SchemaException e) {
            return Optional.of("The schema cannot be used (remote $ref are not fetched): " + e.getMessage());
        }
    }

    public static Schema compile(String schemaText) {
        JsonNode node = MAPPER.readTree(schemaText);
        if (!node.isObject()) {
            throw new SchemaException("a JSON Schema is an object");
        }
        Schema schema = SCHEMAS.getSchema(node);
        schema.initializeValidators();
        return schema;
    }

    /**
     * The fields a payload violates, each once: the JSON Pointer of the offending value,
     * or of the missing property (e.g. {@code /optIn}; {@code /} for the payload itself).
     * Empty when the payload keeps the contract.
     */
    public static Set<String> violations(Schema schema, JsonNode payload) {
        List<Error> errors = schema.validate(payload);
        Set<String> fields = new LinkedHashSet<>();
        for (Error error : errors) {
            String location = error.getInstanceLocation().toString();
            fields.add("required".equals(error.getKeyword()) && error.getProperty() != null
                    ? location + "/" + error.getProperty() : location.isEmpty() ? "/" : location);
        }
        return fields;
    }

}
