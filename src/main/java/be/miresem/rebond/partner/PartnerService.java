package be.miresem.rebond.partner;

import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.security.Roles;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.web.PublicContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The shared partner data: CPAS organisations and their people. */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class PartnerService {

    @Inject
    private CpasRepository repository;

    /** The caller's roles straight from Jakarta Security: partner data sit below the accounts, which refer to them. */
    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    @Inject
    private Event<PublicContentChanged> changed;

    @Inject
    private AuditTrail audit;

    /** An officer records a CPAS (validated); an active one appears at once on the public partner list. */
    public Cpas create(@Valid Cpas cpas) {
        Roles.requireOfficer(security);
        if (cpas.getStatus() == CpasStatus.ACTIVE && cpas.getPartnerSince() == null) {
            cpas.setPartnerSince(LocalDate.now(clock));
        }
        Cpas created = register(cpas);
        audit.record("cpas.create", "Cpas#" + created.getId(), StoredText.of("audit.details.named",
                created.getName(), StoredText.label("CpasStatus." + created.getStatus())));
        return created;
    }

    /** Registers a CPAS (validated) and returns it with its id. For start-up content and other services. */
    public Cpas register(@Valid Cpas cpas) {
        repository.persist(cpas);
        repository.flush();
        changed.fire(new PublicContentChanged("Cpas"));
        return cpas;
    }

    /** Makes a CPAS an active partner from today (Europe/Brussels), keeping an earlier start date. */
    public Cpas activate(Cpas cpas) {
        Cpas managed = repository.findById(cpas.getId()).orElseThrow();
        managed.activate(LocalDate.now(clock));
        changed.fire(new PublicContentChanged("Cpas"));
        return managed;
    }

    /** Adds a person of a CPAS. */
    public InsertionAgent addAgent(@Valid InsertionAgent agent) {
        repository.persist(agent);
        return agent;
    }

    /** Every CPAS known to the Miresem, by name. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cpas> listAll() {
        Roles.requireOfficer(security);
        return repository.findAll();
    }

    /** The public partners page: the active partners the officer published, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cpas> listActivePartners() {
        return repository.findByStatus(CpasStatus.ACTIVE).stream().filter(Cpas::isPublished).toList();
    }

    /** Every active partner, published or not, by name. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cpas> listPartners() {
        Roles.requireOfficer(security);
        return repository.findByStatus(CpasStatus.ACTIVE);
    }

    /** Shows (or hides) a CPAS on the public partners page. Officers only. */
    public void publish(long id, boolean published) {
        Roles.requireOfficer(security);
        Cpas cpas = repository.findById(id).orElseThrow(() -> new NotFoundException("cpas " + id));
        cpas.setPublished(published);
        changed.fire(new PublicContentChanged("Cpas"));
        audit.record(published ? "cpas.publish" : "cpas.unpublish", "Cpas#" + id, cpas.getName());
    }

    /** The CPAS of this commune or enterprise number (any written form), if the Miresem already knows it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Cpas> findKnown(String commune, String enterpriseNumber) {
        Optional<Cpas> byNumber = EnterpriseNumber.parse(enterpriseNumber)
                .flatMap(n -> repository.findByEnterpriseNumber(n.digits()));
        return byNumber.isPresent() ? byNumber : repository.findByCommune(commune == null ? "" : commune.strip());
    }

    /**
     * Makes the CPAS of an accepted collaboration request an active partner: the known one (by id, commune
     * or enterprise number) is activated, otherwise a new one is created. Returns it.
     */
    public Cpas activatePartner(Long knownId, String name, String commune, String enterpriseNumber) {
        Optional<Cpas> known = knownId != null ? repository.findById(knownId) : findKnown(commune, enterpriseNumber);
        Cpas cpas = known.orElseGet(() -> {
            Cpas created = new Cpas(name, commune);
            created.getEnterpriseNumber().setText(EnterpriseNumber.parse(enterpriseNumber).map(EnterpriseNumber::digits).orElse(null));
            repository.persist(created);
            repository.flush();
            return created;
        });
        cpas.activate(LocalDate.now(clock));
        changed.fire(new PublicContentChanged("Cpas"));
        audit.record("cpas.activate", "Cpas#" + cpas.getId(), cpas.getName());
        return cpas;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Cpas> find(long id) {
        return repository.findById(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEmpty() {
        return repository.count() == 0;
    }
}
