package io.plumbline.notices.web;

import io.plumbline.notices.SubscriptionService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-click unsubscribe link of every notice mail, no sign-in: GET shows a small page
 * with one button (a mail scanner prefetching the link changes nothing); POST ends the
 * subscription the token names, both from that form and as the RFC 8058 one-click POST
 * ({@code List-Unsubscribe=One-Click}) a mail client sends. An unknown token answers 404.
 */
@RestController
class UnsubscribeController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final SubscriptionService subscriptions;

    UnsubscribeController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/unsubscribe/{token}")
    ResponseEntity<String> confirm(@PathVariable String token) {
        if (!subscriptions.knowsToken(token)) {
            return page(HttpStatus.NOT_FOUND, "Nothing to unsubscribe",
                    "<p>This link is not valid any more: you may have unsubscribed already.</p>");
        }
        return page(HttpStatus.OK, "Unsubscribe from service notices",
                "<p>Stop e-mails about incidents and maintenance?</p><form method=\"post\">"
                        + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    @PostMapping("/unsubscribe/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        if (!subscriptions.unsubscribeByToken(token)) {
            return page(HttpStatus.NOT_FOUND, "Nothing to unsubscribe",
                    "<p>This link is not valid any more: you may have unsubscribed already.</p>");
        }
        return page(HttpStatus.OK, "Unsubscribed",
                "<p>You will get no more e-mails about incidents and maintenance. You can subscribe again in the "
                        + "portal under Notifications.</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        return ResponseEntity.status(status)
            .contentType(HTML)
            .cacheControl(CacheControl.noStore())
            .header("X-Robots-Tag", "noindex")
            .header("Referrer-Policy", "no-referrer")
            .body("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + title + "</title></head>"
                    + "<body style=\"font-family:Arial,Helvetica,sans-serif;max-width:32rem;margin:3rem auto\"><h1>"
                    + title + "</h1>" + body + "</body></html>");
    }

}
