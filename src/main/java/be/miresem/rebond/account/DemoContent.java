package be.miresem.rebond.account;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.CpasStatus;
import be.miresem.rebond.partner.InsertionAgent;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.DatabaseMigrated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Demo content, loaded once into an empty database when REBOND_DEMO=true (never otherwise): the first two partner
 * CPAS, Couvin and Momignies, with an insertion agent account each. Runs after {@code OfficerBootstrap}.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    public static final String COUVIN_AGENT = "agent.couvin@rebond.test";
    public static final String MOMIGNIES_AGENT = "agent.momignies@rebond.test";

    @Inject
    private PartnerService partners;

    @Inject
    private AccountService accounts;

    @Transactional
    void onMigrated(@Observes @Priority(200) DatabaseMigrated event) {
        if (!Settings.DEMO.isOn() || !partners.isEmpty()) {
            return;
        }
        char[] password = Settings.DEMO_PASSWORD.get().toCharArray();
        addPartner("CPAS de Couvin", "Couvin", "Rue de la Gare 1", "5660", LocalDate.of(2024, 9, 1),
                "Agent d'insertion de Couvin", COUVIN_AGENT, password);
        addPartner("CPAS de Momignies", "Momignies", "Grand-Place 1", "6590", LocalDate.of(2024, 9, 1),
                "Agent d'insertion de Momignies", MOMIGNIES_AGENT, password);
        LOG.info("Demo content loaded: CPAS de Couvin and CPAS de Momignies with one insertion agent account each");
    }

    private void addPartner(String name, String commune, String street, String postalCode, LocalDate since,
            String agentName, String agentEmail, char[] password) {
        Cpas cpas = new Cpas(name, commune);
        cpas.setStreet(street);
        cpas.setPostalCode(postalCode);
        cpas.setLocality(commune);
        cpas.setStatus(CpasStatus.ACTIVE);
        cpas.setPartnerSince(since);
        cpas.setPublished(true);
        partners.register(cpas);
        partners.addAgent(new InsertionAgent(cpas, agentName, "Agent d'insertion professionnelle", agentEmail, null));
        accounts.createPartner(agentEmail, agentName, cpas, password);
    }
}
