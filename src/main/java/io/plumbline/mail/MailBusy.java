package io.plumbline.mail;

import java.time.Duration;

/**
 * Every send slot of this node stayed taken for the whole slot wait (a slow or stuck SMTP
 * server): nothing was sent. Not an attempt that failed; callers put the message back for
 * {@link #PAUSE} without counting it.
 */
public class MailBusy extends MailFailure {

    public static final Duration PAUSE = Duration.ofSeconds(30);

    MailBusy(int slots, Duration waited) {
        super("Not sent: all %d mail send slots stayed busy for %d s".formatted(slots, waited.toSeconds()), null, null);
    }

}
