package io.plumbline.ingestion.web;

import io.plumbline.ingestion.ApiBatches;
import io.plumbline.ingestion.ApiKeyPrincipal;
import io.plumbline.ingestion.ApiResult;
import io.plumbline.ingestion.ItemError;
import io.plumbline.ingestion.web.IdempotencyStore.KeyConflict;
import io.plumbline.ingestion.web.IdempotencyStore.StoredResponse;
import io.plumbline.shared.Secrets;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * {@link ApiBatches}: body limits, JSON array or NDJSON, empty and oversized batches,
 * Idempotency-Key. A batch and its Idempotency-Key record are stored in one transaction
 * (docs/reliability.md).
 */
@Component
class BatchEndpoint implements ApiBatches {

    private final IdempotencyStore idempotency;

    private final ObjectMapper json;

    private final TransactionTemplate transactions;

    private final BatchBody body;

    private final ObjectProvider<BatchStepListener> stepListeners;

    BatchEndpoint(IdempotencyStore idempotency, ObjectMapper json, PlatformTransactionManager transactionManager,
            ObjectProvider<BatchStepListener> stepListeners) {
        this.idempotency = idempotency;
        this.json = json;
        this.body = new BatchBody(json);
        this.transactions = new TransactionTemplate(transactionManager);
        this.stepListeners = stepListeners;
    }

    @Override
    public ApiKeyPrincipal caller() {
        return (ApiKeyPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    /**
     * {@link ApiBatches}' contract for endpoints that want each item as a tree: the body
     * is still read with the streaming parser, one tree per item.
     */
    @Override
    public ResponseEntity<Object> accept(HttpServletRequest request, String idempotencyKey, String noun,
            Function<List<JsonNode>, ApiResult> store) {
        return accept(request, idempotencyKey, noun, BatchEndpoint::tree, batch -> store.apply(batch.items()));
    }

    private static JsonNode tree(JsonParser parser, int index, List<ItemError> errors) {
        return parser.currentToken() == null ? MissingNode.getInstance() : parser.readValueAsTree();
    }

    /**
     * The same contract, with each item read straight from the streaming parser by
     * {@code reader}; {@code store} gets the items read, the problems the reader found
     * and the number of items, in the transaction (as the tree endpoints check theirs
     * there).
     */
    <T> ResponseEntity<Object> accept(HttpServletRequest request, String idempotencyKey, String noun,
            BatchBody.ItemReader<T> reader, Function<BatchBody.Batch<T>, ApiResult> store) {
        Optional<byte[]> body = readBounded(request);
        if (body.isEmpty()) {
            return ApiResult
                .problem(413, "payload-too-large", "Payload too large",
                        "A batch may have at most %d bytes; split it.".formatted(MAX_BODY_BYTES))
                .toResponse();
        }
        boolean ndjson = request.getContentType() != null && request.getContentType().contains("ndjson");
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            return ApiResult
                .problem(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                        "An Idempotency-Key has 1 to 200 characters.")
                .toResponse();
        }
        // Parsed before any transaction: a malformed batch needs no database, and is
        // refused alike when it is down.
        BatchBody.Batch<T> items;
        try {
            items = items(body.get(), ndjson, noun, reader);
        }
        catch (RefusedBatchException e) {
            return e.problem.toResponse();
        }
        if (idempotencyKey == null) {
            return inOneTransaction(false, () -> store.apply(items)).toResponse();
        }
        ApiKeyPrincipal key = caller();
        // The path is part of the hash: one key reused on another endpoint is "another
        // body" (422), never a replay.
        String requestHash = Secrets
            .sha256(request.getRequestURI() + (ndjson ? " ndjson:" : " json:") + Secrets.sha256(body.get()));
        idempotency.forgetExpiredSometimes(key);
        try {
            return inOneTransaction(true, () -> {
                Optional<StoredResponse> earlier = idempotency.claim(key, idempotencyKey, requestHash);
                if (earlier.isPresent()) {
                    return new ApiResult(earlier.get().status(),
                            json.readValue(earlier.get().body(), new TypeReference<LinkedHashMap<String, Object>>() {
                            }));
                }
                reached(BatchStep.KEY_CLAIMED);
                ApiResult result = store.apply(items);
                reached(BatchStep.BATCH_STORED);
                idempotency.complete(key, idempotencyKey, result.status(), json.writeValueAsString(result.body()));
                reached(BatchStep.KEY_COMPLETED);
                return result;
            }).toResponse();
        }
        catch (KeyConflict conflict) {
            return ApiResult
                .problem(conflict.status(), "idempotency-conflict", "Idempotency-Key conflict", conflict.getMessage())
                .toResponse();
        }
    }

    /**
     * Runs the work in one transaction. A failure before the commit rolled everything
     * back; a failure of the commit itself leaves the outcome unknown, and is reported as
     * such.
     */
    private ApiResult inOneTransaction(boolean withIdempotencyKey, Supplier<ApiResult> work) {
        boolean[] workDone = { false };
        RuntimeException[] workFailure = { null };
        try {
            return transactions.execute(status -> {
                try {
                    ApiResult result = work.get();
                    status.flush();
                    workDone[0] = true;
                    return result;
                }
                catch (RuntimeException e) {
                    workFailure[0] = e;
                    throw e;
                }
            });
        }
        catch (UnexpectedRollbackException e) {
            throw e;
        }
        catch (RuntimeException e) {
            if (workDone[0]) {
                throw new CommitOutcomeUnknownException(withIdempotencyKey, e);
            }
            // A rollback on a dead connection fails too; the work's own failure says what
            // happened.
            throw workFailure[0] != null && workFailure[0] != e ? workFailure[0] : e;
        }
    }

    private void reached(BatchStep step) {
        stepListeners.forEach(listener -> listener.reached(step));
    }

    private <T> BatchBody.Batch<T> items(byte[] body, boolean ndjson, String noun, BatchBody.ItemReader<T> reader) {
        BatchBody.Batch<T> items;
        try {
            items = this.body.read(body, ndjson, noun, reader);
        }
        catch (BatchBody.MalformedBatchException e) {
            throw new RefusedBatchException(
                    ApiResult.problem(400, "malformed-batch", "Malformed batch", e.getMessage()));
        }
        if (items.size() == 0) {
            throw new RefusedBatchException(
                    ApiResult.problem(400, "empty-batch", "Empty batch", "The batch holds no %s.".formatted(noun)));
        }
        if (items.size() > MAX_ITEMS) {
            throw new RefusedBatchException(ApiResult.problem(413, "payload-too-large", "Too many " + noun,
                    "A batch may hold at most %,d %s; this one has %,d.".formatted(MAX_ITEMS, noun, items.size())));
        }
        return items;
    }

    private static Optional<byte[]> readBounded(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(body);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static class RefusedBatchException extends RuntimeException {

        private final transient ApiResult problem;

        RefusedBatchException(ApiResult problem) {
            super(String.valueOf(problem.body().get("detail")));
            this.problem = problem;
        }

    }

}
