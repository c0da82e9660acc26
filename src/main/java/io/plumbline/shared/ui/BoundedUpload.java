package io.plumbline.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * An upload of one file whose size limit holds on the server, not only in the browser: a
 * file that declares a larger size is refused before a byte is read, and reading stops
 * one byte past the limit, so an oversize file is never buffered. Both the browser's and
 * the server's refusal name the limit.
 */
public final class BoundedUpload {

    private BoundedUpload() {
    }

    /**
     * @param subject what the file is, for messages ("The logo")
     * @param maxBytes the largest file accepted
     * @param advice what to do instead ("Choose a smaller image.")
     * @param onReceived called in the UI with a file within the limit
     * @param onRefused called in the UI with the reason, for a file over the limit or
     * refused by the browser
     */
    public static Upload of(String subject, int maxBytes, String advice, InMemoryUploadCallback onReceived,
            SerializableConsumer<String> onRefused) {
        Upload upload = new Upload(new Handler(subject, maxBytes, advice, onReceived, onRefused));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
            .setFileIsTooBig("%s is larger than the limit of %s. %s".formatted(subject, size(maxBytes), advice))));
        upload.addFileRejectedListener(event -> onRefused.accept(event.getErrorMessage()));
        return upload;
    }

    /**
     * Reads at most {@code maxBytes}; empty if the stream holds more (reading stops one
     * byte past the limit).
     */
    static Optional<byte[]> readAtMost(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }

    /**
     * "812 bytes", "513 KB", "20.0 MB": rounded up, so that a file over a limit never
     * reads as the limit.
     */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10.0 / (1024 * 1024)) / 10);
    }

    private record Handler(String subject, int maxBytes, String advice, InMemoryUploadCallback onReceived,
            SerializableConsumer<String> onRefused) implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            long declared = event.getFileSize();
            if (declared > maxBytes) {
                refuse(event,
                        "%s is %s; the limit is %s. %s".formatted(subject, size(declared), size(maxBytes), advice));
                return;
            }
            Optional<byte[]> bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = readAtMost(in, maxBytes);
            }
            if (bytes.isEmpty()) {
                refuse(event, "%s is larger than the limit of %s. %s".formatted(subject, size(maxBytes), advice));
                return;
            }
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(),
                    bytes.get().length);
            event.getUI().access(() -> {
                try {
                    onReceived.complete(metadata, bytes.get());
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private void refuse(UploadEvent event, String message) {
            event.reject(message);
            event.getUI().access(() -> onRefused.accept(message));
        }
    }

}
