package be.miresem.rebond.shared.mail;

import be.miresem.rebond.shared.cluster.JobLeases;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox: every 10 seconds, and right after a message is committed. Each message is sent in
 * its own transaction, under a row lock, so two runs never send it twice; a failure is recorded and the
 * message retried later with back-off. Without REBOND_SMTP_HOST, messages wait in the outbox. Infrastructure:
 * it holds its own {@code EntityManager} for the outbox rows and their locks.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 20;

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean lookAgain = new AtomicBoolean();

    @Inject
    private JobLeases leases;

    /** The periodic run, on the one node holding the outbox lease ({@link JobLeases}). */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    public void onTimer() {
        if (leases.acquire("outbox", Duration.ofSeconds(25))) {
            sendDue();
        }
    }

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mailer.MailQueued event) {
        executor.submit(this::sendDue);
    }

    /**
     * Sends every message that is due, a batch at a time until none is left; returns how many were sent. A call
     * made while another run is sending asks that run to look again once it is done, so a message committed
     * meanwhile (or behind a long queue) goes out now rather than at the next timer.
     */
    public int sendDue() {
        lookAgain.set(true);
        if (!running.tryLock()) {
            return 0;
        }
        try {
            int sent = 0;
            while (lookAgain.getAndSet(false)) {
                List<Long> due;
                do {
                    due = em.createNamedQuery("OutboxMessage.findDue", OutboxMessage.class)
                            .setParameter("now", clock.instant()).setMaxResults(BATCH).getResultList()
                            .stream().map(OutboxMessage::getId).toList();
                    int sentNow = 0;
                    for (Long id : due) {
                        sentNow += sendOne(id) ? 1 : 0;
                    }
                    sent += sentNow;
                    // A batch that sent nothing (the SMTP server is down) waits for its retry time.
                    if (sentNow == 0) {
                        break;
                    }
                } while (due.size() == BATCH);
            }
            return sent;
        } finally {
            running.unlock();
            if (lookAgain.get()) {
                // Asked for between this run's last look and its end.
                executor.submit(this::sendDue);
            }
        }
    }

    private boolean sendOne(long id) {
        try {
            transaction.begin();
            OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
            boolean sent = false;
            if (message != null && message.getStatus() == OutboxMessage.Status.PENDING) {
                try {
                    deliver(message);
                    message.sent(clock.instant());
                    sent = true;
                } catch (MessagingException | IllegalStateException e) {
                    message.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant(),
                            Settings.MAIL_RETRY_SECONDS.asInt());
                    LOG.warning(() -> "Outbox message " + id + " not sent (attempt " + message.getAttempts() + "): "
                            + e.getClass().getSimpleName());
                }
            }
            transaction.commit();
            return sent;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Outbox message " + id + " could not be processed", e);
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // already rolled back
            }
            return false;
        }
    }

    private static void deliver(OutboxMessage message) throws MessagingException {
        String host = Settings.SMTP_HOST.value()
                .orElseThrow(() -> new IllegalStateException("REBOND_SMTP_HOST is not set"));
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Settings.SMTP_PORT.get());
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Settings.SMTP_STARTTLS.get());
        properties.put("mail.smtp.starttls.required", Settings.SMTP_STARTTLS.get());
        Authenticator authenticator = null;
        if (Settings.SMTP_USER.value().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(Settings.SMTP_USER.get(),
                            Settings.SMTP_PASSWORD.value().orElse(""));
                }
            };
        }
        Session session = Session.getInstance(properties, authenticator);
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(Settings.MAIL_FROM.get()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        if (message.getAttachment() == null) {
            mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.getBody(), StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(message.getAttachment(), message.getAttachmentType());
            file.setFileName(message.getAttachmentName());
            MimeMultipart parts = new MimeMultipart("mixed");
            parts.addBodyPart(text);
            parts.addBodyPart(file);
            mime.setContent(parts);
        }
        mime.setSentDate(new Date());
        Transport.send(mime);
    }
}
