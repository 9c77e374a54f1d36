package be.miresem.rebond.casefile;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.CpasRepository;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.DatabaseMigrated;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo only: two years of fictitious case files for the demo CPAS (Couvin and Momignies), with the situations
 * recorded at their follow-ups, so that the case pages and the dashboards have something to show. Loaded once,
 * right after the demo CPAS ({@code account.DemoContent}), into a database without case files, unless
 * {@code REBOND_DEMO=false} or {@code REBOND_DEMO_CASES=false} (the tests turn it off to start from no cases).
 * The names are invented.
 */
@ApplicationScoped
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());

    private static final String[][] PEOPLE = {
        {"Lambert", "Julie"}, {"Renard", "Karim"}, {"Dupont", "Nadia"}, {"Lemaire", "Hugo"}, {"Petit", "Inès"},
        {"Leroy", "Tom"}, {"Simon", "Léa"}, {"Laurent", "Sam"}, {"Michel", "Mia"}, {"Fontaine", "Noah"},
        {"Mercier", "Emma"}, {"Denis", "Lucas"}, {"Bertrand", "Sarah"}, {"Henry", "Yanis"}, {"Gilles", "Chloé"},
        {"Jacobs", "Adam"}, {"Claes", "Zoé"}, {"Collard", "Nathan"}, {"Masson", "Amel"}, {"Pirard", "Louis"}};

    /** The situations recorded at 3, 6 and 12 months, one line per person (null: nothing recorded). */
    private static final Situation[][] STORIES = {
        {Situation.FIXED_TERM_CONTRACT, Situation.PERMANENT_CONTRACT, Situation.PERMANENT_CONTRACT},
        {Situation.UNEMPLOYMENT, Situation.TRAINING, Situation.FIXED_TERM_CONTRACT},
        {Situation.TEMPORARY_WORK, Situation.TEMPORARY_WORK, Situation.PERMANENT_CONTRACT},
        {Situation.UNEMPLOYMENT, Situation.INTEGRATION_INCOME, Situation.INTEGRATION_INCOME},
        {Situation.SERVICE_VOUCHERS, Situation.SERVICE_VOUCHERS, Situation.SERVICE_VOUCHERS},
        {Situation.TRAINING, Situation.FIXED_TERM_CONTRACT, null},
        {Situation.NO_NEWS, null, Situation.UNEMPLOYMENT},
        {Situation.PERMANENT_CONTRACT, Situation.PERMANENT_CONTRACT, Situation.PERMANENT_CONTRACT},
        {Situation.UNEMPLOYMENT, Situation.UNEMPLOYMENT, Situation.INTEGRATION_INCOME},
        {Situation.FIXED_TERM_CONTRACT, Situation.UNEMPLOYMENT, Situation.TEMPORARY_WORK}};

    private static final Sector[] SECTORS = {Sector.CLEANING, Sector.CATERING, Sector.GREEN_SPACES, Sector.CARE,
        Sector.MAINTENANCE, Sector.LOGISTICS, Sector.ADMINISTRATION, Sector.RETAIL};
    private static final String[] FUNCTIONS = {"Technicien(ne) de surface", "Commis de cuisine", "Ouvrier(ère) parcs et jardins",
        "Aide-soignant(e)", "Ouvrier(ère) polyvalent(e)", "Magasinier(ère)", "Employé(e) d'accueil", "Vendeur(se)"};

    @Inject
    private CaseFileRepository repository;

    @Inject
    private CpasRepository partners;

    @Inject
    private Clock clock;

    @Transactional
    void onMigrated(@Observes @Priority(300) DatabaseMigrated event) {
        if (!Settings.DEMO.isOn() || !Settings.DEMO_CASES.isOn()
                || repository.countAll() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        for (String commune : new String[] {"Couvin", "Momignies"}) {
            Cpas cpas = partners.findByCommune(commune).orElse(null);
            if (cpas == null) {
                continue;
            }
            for (int i = 0; i < PEOPLE.length / 2; i++) {
                int n = commune.equals("Couvin") ? i : i + PEOPLE.length / 2;
                add(cpas, n, today);
            }
        }
        LOG.info(() -> "Demo content: case files loaded for the demo CPAS");
    }

    private void add(Cpas cpas, int n, LocalDate today) {
        LocalDate start = today.minusMonths(30).plusDays(n * 41L);
        LocalDate plannedEnd = start.plusMonths(n % 3 == 0 ? 6 : 12);
        Beneficiary person = new Beneficiary();
        person.setLastName(PEOPLE[n][0]);
        person.setFirstName(PEOPLE[n][1]);
        person.setBirthYear(1970 + (n * 7) % 30);
        person.setPhone("0470 00 00 " + String.format("%02d", n));
        person.setCommune(cpas.getCommune());
        person.setSkills(FUNCTIONS[n % FUNCTIONS.length].toLowerCase());
        person.setDrivingLicence(n % 2 == 0);
        person.setLanguages("Français");
        person.setConsentOn(start.minusDays(7));
        person.setConsentMethod(ConsentMethod.SIGNED_FORM);
        person.referredBy(cpas, "demo@rebond.test");
        CaseFile caseFile = new CaseFile();
        caseFile.setContractStart(start);
        caseFile.setContractPlannedEnd(plannedEnd);
        caseFile.setPlacementEmployer("Services du " + cpas.getName());
        caseFile.setJobFunction(FUNCTIONS[n % FUNCTIONS.length]);
        caseFile.setSector(SECTORS[n % SECTORS.length]);
        caseFile.setHoursPerWeek(n % 2 == 0 ? 38 : 30);
        caseFile.open(person, null);
        boolean ended = !plannedEnd.isAfter(today);
        if (ended) {
            caseFile.setContractActualEnd(plannedEnd);
        }
        Situation[] story = STORIES[n % STORIES.length];
        Situation last = null;
        int months = 0;
        for (int m = 0; m < Milestones.MONTHS.size(); m++) {
            LocalDate on = plannedEnd.plusMonths(Milestones.MONTHS.get(m)).plusDays(n % 9);
            if (story[m] != null && !on.isAfter(today)) {
                last = story[m];
                months = Milestones.MONTHS.get(m);
            }
        }
        CaseStatus status = !ended ? (start.isAfter(today.minusMonths(1)) ? CaseStatus.REFERRED : CaseStatus.FOLLOWED_DURING_CONTRACT)
                : months == 12 && last == Situation.PERMANENT_CONTRACT ? CaseStatus.CLOSED : CaseStatus.FOLLOWED_AFTER_CONTRACT;
        caseFile.moveTo(status, status == CaseStatus.CLOSED ? "Emploi durable trouvé" : null,
                plannedEnd.plusMonths(12).plusDays(n % 9));
        repository.insert(person, caseFile);
        for (int m = 0; m < Milestones.MONTHS.size(); m++) {
            int followUp = Milestones.MONTHS.get(m);
            LocalDate on = plannedEnd.plusMonths(followUp).plusDays(n % 9);
            if (story[m] != null && !on.isAfter(today)) {
                boolean employed = EnumSet.of(Situation.PERMANENT_CONTRACT, Situation.FIXED_TERM_CONTRACT,
                        Situation.TEMPORARY_WORK, Situation.SERVICE_VOUCHERS).contains(story[m]);
                repository.add(new CaseOutcome(caseFile.getId(), on, story[m], employed ? "Entreprise de la région" : null,
                        employed ? 30 : null, followUp, "demo@rebond.test"));
            }
        }
        caseFile.followUps(repository.findOutcomes(caseFile.getId()));
        LocalDate next = null;
        for (Map.Entry<TaskKind, LocalDate> due : TaskPlanner.dueDates(plannedEnd, caseFile.getContractActualEnd()).entrySet()) {
            if (due.getValue().isAfter(today) && status != CaseStatus.CLOSED) {
                repository.add(new CaseTask(caseFile.getId(), cpas.getId(), due.getKey(), StoredText.of("TaskKind." + due.getKey()),
                        due.getValue()));
                next = next == null || due.getValue().isBefore(next) ? due.getValue() : next;
            }
        }
        caseFile.nextDue(next);
    }
}
