package be.miresem.rebond.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Surveys in the tests: a hire that triggers the employer's invitation, and the link an invitation carries. */
public final class SurveyLinks {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/(?:espace/)?enquete\\?t=[A-Za-z0-9_\\-.]+)");

    private static final Pattern STOP = Pattern.compile("https?://[^/\\s]+(/enquete\\?arret=[A-Za-z0-9_\\-.]+)");

    private SurveyLinks() {
    }

    /** The path of the opt-out link in an e-mail. */
    public static String stopIn(Mails.Mail mail) {
        Matcher link = STOP.matcher(mail.text());
        if (!link.find()) {
            throw new AssertionError("no opt-out link in " + mail.text());
        }
        return link.group(1);
    }

    /** The path of the survey link in an e-mail. */
    public static String in(Mails.Mail mail) {
        Matcher link = LINK.matcher(mail.text());
        if (!link.find()) {
            throw new AssertionError("no survey link in " + mail.text());
        }
        return link.group(1);
    }

    /**
     * The officer records an employer (its contact: {@code contactEmail}), a need, proposes a new Couvin case and
     * hires the person.
     */
    public static void hire(PortalServer server, String marker, String contactEmail) {
        WebClient officer = Accounts.officer(server);
        long caseId = Cases.refer(Accounts.agent(server, PortalServer.COUVIN_AGENT), "Embauché" + marker, "Paul", "Couvin");
        String employer = Employers.create(officer, "Menuiserie " + marker, "Luc Martin", contactEmail);
        String need = Employers.addNeed(officer, employer, "Menuisier " + marker, "Menuiserie, lecture de plans");
        Employers.propose(officer, need, "Embauché" + marker + " Paul");
        org.assertj.core.api.Assertions.assertThat(
                Employers.moveProposal(officer, need, "Paul Embauché" + marker, "Embauche", "").statusCode())
                .as("hire of case " + caseId).isEqualTo(302);
    }
}
