package io.plumbline.notices.web;

import io.plumbline.notices.FeedService;
import io.plumbline.shared.PlumblineProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /feeds/{token}.atom}: the client's Atom feed, no session; an unknown or
 * revoked token answers 404 with nothing that tells it apart.
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final FeedService feeds;

    private final PlumblineProperties properties;

    FeedController(FeedService feeds, PlumblineProperties properties) {
        this.feeds = feeds;
        this.properties = properties;
    }

    @GetMapping("/feeds/{token}.atom")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        String base = properties.publicUrl() == null || properties.publicUrl().isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).toUriString() : properties.publicUrl();
        return feeds.feed(token, base)
            .map(atom -> ResponseEntity.ok()
                .contentType(ATOM)
                // short and private: a revoked address stops working within a minute even
                // behind a cache
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .body(atom))
            .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(CacheControl.noStore())
                .body("No such feed."));
    }

}
