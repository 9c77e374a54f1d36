import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a stopped portal's Derby database with generated case files and employers' needs, for the case
 * benchmark: N beneficiaries with their case files (spread over the existing CPAS), and M job needs from
 * M/5 employers. Fixed seed, so every run gets the same data.
 *
 * Usage: java -cp <derby jars> src/bench/CaseData.java <derby.system.home> 10000 1000
 */
public class CaseData {

    static final String[] LAST = {"Dubois", "Lambert", "Martin", "Dupont", "Lemaire", "Renard", "Petit", "Leroy", "Simon",
        "Laurent", "Michel", "Lefebvre", "Fontaine", "Mercier", "Denis", "Bertrand", "Henry", "Gilles", "Jacobs", "Claes"};
    static final String[] FIRST = {"Julie", "Karim", "Nadia", "Hugo", "Inès", "Tom", "Léa", "Sam", "Mia", "Noah", "Emma",
        "Lucas", "Sarah", "Yanis", "Chloé", "Adam", "Zoé", "Nathan", "Amel", "Louis"};
    static final String[] COMMUNES = {"Couvin", "Momignies", "Chimay", "Viroinval", "Philippeville", "Doische", "Cerfontaine",
        "Walcourt", "Florennes", "Sivry-Rance"};
    static final String[] SECTORS = {"CLEANING", "CATERING", "CONSTRUCTION", "GREEN_SPACES", "CARE", "LOGISTICS",
        "ADMINISTRATION", "RETAIL", "MAINTENANCE", "OTHER"};
    static final String[] SKILLS = {"menuiserie", "peinture", "cuisine", "plonge", "repassage", "entretien", "jardinage",
        "tonte", "maçonnerie", "accueil", "encodage", "caisse", "manutention", "cariste", "livraison", "soins", "animation"};
    static final String[] STATUSES = {"REFERRED", "FOLLOWED_DURING_CONTRACT", "CONTRACT_ENDED", "FOLLOWED_AFTER_CONTRACT", "CLOSED"};

    public static void main(String[] args) throws Exception {
        System.setProperty("derby.system.home", args[0]);
        int beneficiaries = Integer.parseInt(args[1]);
        int needs = Integer.parseInt(args[2]);
        Random random = new Random(42);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        LocalDate today = LocalDate.now();
        try (Connection db = DriverManager.getConnection("jdbc:derby:rebond;user=rebond;password=rebond")) {
            db.setAutoCommit(false);
            List<Long> cpas = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM cpas")) {
                while (r.next()) {
                    cpas.add(r.getLong(1));
                }
            }
            try (PreparedStatement b = db.prepareStatement("INSERT INTO beneficiary (version, created_at, updated_at, cpas_id, "
                    + "last_name, first_name, birth_year, phone, commune, skills, driving_licence, consent_on, consent_method, "
                    + "consent_by) VALUES (1, ?, ?, ?, ?, ?, ?, '0470 00 00 00', ?, ?, ?, ?, 'SIGNED_FORM', 'bench@rebond.test')",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement c = db.prepareStatement("INSERT INTO case_file (version, created_at, updated_at, beneficiary_id, "
                    + "cpas_id, status, closed_on, closing_reason, contract_start, contract_planned_end, placement_employer, "
                    + "job_function, sector, hours_per_week, next_due_on) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Service du CPAS', ?, ?, "
                    + "30, ?)")) {
                for (int i = 0; i < beneficiaries; i++) {
                    long cpasId = cpas.get(i % cpas.size());
                    String sector = SECTORS[random.nextInt(SECTORS.length)];
                    b.setTimestamp(1, now);
                    b.setTimestamp(2, now);
                    b.setLong(3, cpasId);
                    b.setString(4, LAST[random.nextInt(LAST.length)] + (i / LAST.length));
                    b.setString(5, FIRST[random.nextInt(FIRST.length)]);
                    b.setInt(6, 1960 + random.nextInt(45));
                    b.setString(7, COMMUNES[random.nextInt(COMMUNES.length)]);
                    b.setString(8, SKILLS[random.nextInt(SKILLS.length)] + ", " + SKILLS[random.nextInt(SKILLS.length)]);
                    b.setBoolean(9, random.nextBoolean());
                    b.setDate(10, java.sql.Date.valueOf(today.minusMonths(12)));
                    b.executeUpdate();
                    long id;
                    try (ResultSet keys = b.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    LocalDate start = today.minusMonths(random.nextInt(24));
                    c.setTimestamp(1, now);
                    c.setTimestamp(2, now);
                    c.setLong(3, id);
                    c.setLong(4, cpasId);
                    c.setString(5, status);
                    c.setDate(6, "CLOSED".equals(status) ? java.sql.Date.valueOf(today.minusDays(random.nextInt(300))) : null);
                    c.setString(7, "CLOSED".equals(status) ? "Emploi trouvé" : null);
                    c.setDate(8, java.sql.Date.valueOf(start));
                    c.setDate(9, java.sql.Date.valueOf(start.plusMonths(12)));
                    c.setString(10, "Ouvrier polyvalent");
                    c.setString(11, sector);
                    // The next deadline (the first contact, three months before the end) of the cases not closed.
                    c.setDate(12, "CLOSED".equals(status) ? null : java.sql.Date.valueOf(start.plusMonths(9)));
                    c.executeUpdate();
                    if (i % 1000 == 999) {
                        db.commit();
                    }
                }
            }
            try (PreparedStatement e = db.prepareStatement("INSERT INTO employer (version, created_at, updated_at, name, sector, "
                    + "commune, contact_name) VALUES (1, ?, ?, ?, ?, ?, 'Contact')", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement n = db.prepareStatement("INSERT INTO job_need (version, created_at, updated_at, employer_id, "
                    + "title, sector, contract_type, hours_per_week, required_skills, needs_licence, openings, hired, status) "
                    + "VALUES (1, ?, ?, ?, ?, ?, 'PERMANENT', 38, ?, ?, 2, 0, 'OPEN')")) {
                long employer = 0;
                for (int i = 0; i < needs; i++) {
                    String sector = SECTORS[random.nextInt(SECTORS.length)];
                    if (i % 5 == 0) {
                        e.setTimestamp(1, now);
                        e.setTimestamp(2, now);
                        e.setString(3, "Entreprise " + (i / 5));
                        e.setString(4, sector);
                        e.setString(5, COMMUNES[random.nextInt(COMMUNES.length)]);
                        e.executeUpdate();
                        try (ResultSet keys = e.getGeneratedKeys()) {
                            keys.next();
                            employer = keys.getLong(1);
                        }
                    }
                    n.setTimestamp(1, now);
                    n.setTimestamp(2, now);
                    n.setLong(3, employer);
                    n.setString(4, "Poste " + i + " " + SKILLS[random.nextInt(SKILLS.length)]);
                    n.setString(5, sector);
                    n.setString(6, SKILLS[random.nextInt(SKILLS.length)] + ", " + SKILLS[random.nextInt(SKILLS.length)]);
                    n.setBoolean(7, random.nextInt(4) == 0);
                    n.executeUpdate();
                }
            }
            db.commit();
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
        System.out.printf("generated %d case files and %d job needs%n", beneficiaries, needs);
    }
}
