package io.plumbline.ingestion;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The batch semantics every push endpoint of the machine API shares (docs/api.md): a JSON
 * array or NDJSON body of at most 5 MiB and 10,000 items (413 beyond), an empty batch
 * refused, {@code Idempotency-Key} replays and conflicts. The endpoint's {@code store}
 * checks the items and stores all of them or none, in one transaction with the key.
 */
public interface ApiBatches {

    int MAX_BODY_BYTES = 5 * 1024 * 1024;

    int MAX_ITEMS = 10_000;

    /**
     * @param noun what the items are, plural ("observations", "consent records"): named
     * in the problems
     * @param store receives the parsed items (at least one) and answers. It runs in the
     * transaction that also records the idempotency key, so its writes commit at most
     * once per key (docs/reliability.md)
     */
    ResponseEntity<Object> accept(HttpServletRequest request, String idempotencyKey, String noun,
            Function<List<JsonNode>, ApiResult> store);

    /** The API key the current request authenticated with. */
    ApiKeyPrincipal caller();

}
