package be.miresem.rebond.testing;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** Reads what the portal sent to the test SMTP server (GreenMail), waiting for it when needed. */
public final class Mails {

    private Mails() {
    }

    /** A sent e-mail: recipient, subject and text body. */
    public record Mail(String to, String subject, String text) {
    }

    /** Every e-mail received so far for this address whose subject contains the given text. */
    public static List<Mail> to(PortalServer server, String address, String subjectPart) {
        List<Mail> found = new ArrayList<>();
        try {
            for (MimeMessage message : server.mail().getReceivedMessages()) {
                String to = message.getAllRecipients()[0].toString();
                if (to.equals(address) && message.getSubject().contains(subjectPart)) {
                    Object content = message.getContent();
                    String text = content instanceof Multipart parts
                            ? (String) parts.getBodyPart(0).getContent() : (String) content;
                    found.add(new Mail(to, message.getSubject(), text));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** The last matching e-mail, waiting up to 30 s for one more than already counted ({@code after}). */
    public static Mail await(PortalServer server, String address, String subjectPart, int after) {
        return await(server, address, subjectPart, after, java.time.Duration.ofSeconds(30));
    }

    /** The same, waiting up to {@code wait}. */
    public static Mail await(PortalServer server, String address, String subjectPart, int after,
            java.time.Duration wait) {
        long deadline = System.currentTimeMillis() + wait.toMillis();
        while (System.currentTimeMillis() < deadline) {
            List<Mail> found = to(server, address, subjectPart);
            if (found.size() > after) {
                return found.get(found.size() - 1);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no e-mail \"" + subjectPart + "\" for " + address);
    }
}
