package be.miresem.rebond.shared.mail.web;

import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.mail.OutboxMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /espace/outbox/: the latest e-mails, sent or waiting, with their attempts and last error. Officers only. */
@Named
@RequestScoped
public class OutboxBacking {

    static final int SHOWN = 200;

    @Inject
    private Mailer mailer;

    private List<OutboxMessage> messages;

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            messages = mailer.recent(SHOWN);
        }
        return messages;
    }
}
