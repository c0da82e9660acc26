package io.plumbline.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads at most {@code limit} bytes of a body and then hangs up, so that a huge or
 * endless body cannot hurt us.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

    private final int limit;

    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();

    private Flow.Subscription subscription;

    CappedBodySubscriber(int limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            byte[] chunk = new byte[Math.min(buffer.remaining(), limit - received.size())];
            buffer.get(chunk);
            received.writeBytes(chunk);
        }
        if (received.size() >= limit) {
            subscription.cancel();
            body.complete(received.toByteArray());
        }
        else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(received.toByteArray());
    }

}
