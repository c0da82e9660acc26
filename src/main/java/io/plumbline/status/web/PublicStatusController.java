package io.plumbline.status.web;

import io.plumbline.shared.Secrets;
import io.plumbline.status.PublicStatus;
import io.plumbline.status.StatusService;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /status/{token}}: the client's public status page, server-rendered, with no
 * session. Unknown, revoked and malformed tokens all answer the same 404. Rate-limited
 * per address ({@value #REQUESTS_PER_MINUTE} a minute, bursts of {@value #BURST}); the
 * page carries an ETag and {@code Cache-Control: private, no-cache}, so a browser
 * revalidates each time (a revoked page stops at once) but an unchanged page costs a 304.
 */
@RestController
class PublicStatusController {

    static final int REQUESTS_PER_MINUTE = 60;

    static final int BURST = 20;

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final StatusService status;

    private final AddressRateLimiter limiter;

    PublicStatusController(StatusService status, Clock clock) {
        this.status = status;
        this.limiter = new AddressRateLimiter(clock, REQUESTS_PER_MINUTE, BURST);
    }

    @GetMapping("/status/{token}")
    ResponseEntity<String> page(@PathVariable String token, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!limiter.admit(address)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(limiter.retryAfterSeconds(address)))
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.TEXT_PLAIN)
                .body("Too many requests: try again shortly.");
        }
        Optional<PublicStatus> found = status.publicStatus(token);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noStore())
                .contentType(HTML)
                .body("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                        + "</head><body><main><h1>Not found</h1><p>There is no status page at this address.</p>"
                        + "</main></body></html>");
        }
        String body = PublicStatusPage.render(found.get(), request.getContextPath());
        String etag = "\"" + Secrets.sha256(body).substring(0, 32) + "\"";
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
            .cacheControl(CacheControl.noCache().cachePrivate())
            .eTag(etag)
            .header("X-Robots-Tag", "noindex, nofollow");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(etag)
                .build();
        }
        return response.contentType(HTML).body(body);
    }

}
