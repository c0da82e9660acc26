package io.plumbline.notices;

import java.time.Instant;

/**
 * One notice mail as its recipient sees it in the portal.
 *
 * @param state PENDING (queued or retrying), SENT, FAILED (given up) or HELD (no mail
 * server configured, as in the demo: not sent)
 */
public record NoticeMailStatus(String subject, String state, Instant createdAt, Instant sentAt) {

    public boolean notSentDemo() {
        return "HELD".equals(state);
    }

}
