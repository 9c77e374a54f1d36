package be.miresem.rebond.onboarding;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.EnterpriseNumber;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.shared.persistence.ReferenceNumbers;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Collaboration requests sent from the public form (/collaborer): stored with their reference, timeline and
 * e-mails, once per submission token. What the officer does with them next is {@link OnboardingService}'s.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class RequestSubmissions {

    static final String REFERENCE_PREFIX = "COL";
    static final String PUBLIC_AUTHOR = "public";

    @Inject
    private CollaborationRequestRepository repository;

    @Inject
    private ReferenceNumbers references;

    @Inject
    private PartnerService partners;

    @Inject
    private Mailer mailer;

    @Inject
    private Notifications notifications;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private Timeline timeline;

    /**
     * Stores a request from the public form and returns its reference number. Guarantees: the request,
     * its reference (sequential per year, no gaps), its timeline and its e-mails are stored in one
     * transaction; the same submission token never creates a second request (the first one's reference
     * is returned). A request naming a commune or enterprise number already known is accepted and flagged.
     */
    public String submit(@Valid CollaborationRequest form, String submissionToken) {
        Optional<CollaborationRequest> already = repository.findBySubmissionToken(submissionToken);
        if (already.isPresent()) {
            return already.get().getReference();
        }
        Instant now = clock.instant();
        // A copy is stored, never the caller's form: a try rolled back for contention leaves the form as it was.
        CollaborationRequest request = form.copyOfForm();
        request.setEnterpriseNumber(EnterpriseNumber.parse(request.getEnterpriseNumber())
                .map(EnterpriseNumber::formatted).orElse(request.getEnterpriseNumber()));
        String reference = references.next(REFERENCE_PREFIX, LocalDate.now(clock).getYear());
        request.submitted(reference, submissionToken, now);
        repository.persist(request);
        repository.flush();
        log(request, PUBLIC_AUTHOR, OnboardingEvent.Type.CREATED, reference);

        Long duplicateRequest = repository.findOpenDuplicate(request).map(CollaborationRequest::getId).orElse(null);
        Long duplicateCpas = partners.findKnown(request.getCommune(), request.getEnterpriseNumber()).map(Cpas::getId)
                .orElse(null);
        if (duplicateRequest != null || duplicateCpas != null) {
            request.flagDuplicate(duplicateRequest, duplicateCpas);
            log(request, "system", OnboardingEvent.Type.DUPLICATE_FLAGGED, duplicateRequest != null
                    ? StoredText.of("onboarding.timeline.duplicateRequest", duplicateRequest)
                    : StoredText.of("onboarding.timeline.duplicateCpas", duplicateCpas));
        }

        // The confirmation names the CPAS's contact at the Miresem and links to the project's presentation.
        List<String> officers = accounts.activeOfficerEmails();
        Object contact = officers.size() == 1
                ? MailText.part("mail.requestConfirmation.officer", accounts.nameOf(officers.get(0)), officers.get(0))
                : MailText.part("mail.requestConfirmation.team");
        mailer.send(request.getEmail(), MailText.of("mail.requestConfirmation").subjectWith(reference)
                .bodyWith(request.getContactName(), request.getCpasName(), reference, contact,
                        PageLinks.publicAddress() + "/projet"));
        log(request, "system", OnboardingEvent.Type.EMAIL_SENT,
                StoredText.of("onboarding.timeline.mailConfirmation", request.getEmail()));
        for (String officer : officerAddresses()) {
            mailer.send(officer, MailText.of("mail.requestNotification").subjectWith(reference, request.getCpasName())
                    .bodyWith(request.getCpasName(), request.getCommune(), request.getContactName(), request.getEmail(),
                            reference, PageLinks.publicAddress() + "/espace/onboarding/demande?id=" + request.getId()));
            log(request, "system", OnboardingEvent.Type.EMAIL_SENT,
                    StoredText.of("onboarding.timeline.mailNotification", accounts.nameOf(officer)));
        }
        // The officers' notification centre too; its e-mail is the one above, whatever their choice.
        String news = StoredText.of("notification.request.new", request.getCpasName());
        for (String officer : accounts.activeOfficerEmails()) {
            notifications.tell(officer, NotificationKind.REGISTRATION, news,
                    "/espace/onboarding/demande?id=" + request.getId(), null);
        }
        return reference;
    }

    /** The reference of the request made with this submission token, if it was stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> referenceOf(String submissionToken) {
        return repository.findBySubmissionToken(submissionToken).map(CollaborationRequest::getReference);
    }

    // ---- the officer's pipeline ----

    private void log(CollaborationRequest request, String author, OnboardingEvent.Type type, String text) {
        timeline.add(request, author, type, text);
    }

    /** Who is told of a new request: REBOND_OFFICER_NOTIFY if set, else every active officer. */
    private List<String> officerAddresses() {
        return Settings.OFFICER_NOTIFY.value().map(List::of).orElseGet(accounts::activeOfficerEmails);
    }
}
