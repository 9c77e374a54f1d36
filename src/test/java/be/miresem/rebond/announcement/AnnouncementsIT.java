package be.miresem.rebond.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The officer's announcements, over HTTP as the officer and two agents: a refused form keeps what was typed; an
 * announcement to chosen CPAS reaches their agents (home page until read, e-mail as each chose, without its text)
 * and no one else, who gets 404 on it.
 */
@ExtendWith(Portal.class)
class AnnouncementsIT {

    private static final Pattern ANNOUNCEMENT = Pattern.compile("/espace/annonces/\\?id=(\\d+)#annonce-\\d+\">Marquer comme lue<span class=\"visually-hidden\"> : ([^<]+)<");

    @Test
    void anAnnouncementReachesTheChosenCpasOnlyAndLeavesTheHomePageOnceRead(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "Formation cariste à Couvin " + marker;
        WebClient officer = Accounts.officer(server);
        WebClient couvin = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        WebClient momignies = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        int couvinMails = Mails.to(server, PortalServer.COUVIN_AGENT, "une annonce de la Miresem").size();

        // Bad input: French errors next to the fields, the text kept.
        String refused = FacesForm.open(officer, "/espace/annonces/", "announcement")
                .fill("Texte", "Inscriptions ouvertes " + marker).set("audience", "some").press("Publier l’annonce").body();
        assertThat(refused).contains("id=\"announcementTitle-error\">Ce champ est obligatoire.")
                .contains("Inscriptions ouvertes " + marker);
        assertThat(FacesForm.open(officer, "/espace/annonces/", "announcement").fill("Titre", title)
                .fill("Texte", "Inscriptions ouvertes " + marker).set("audience", "some").press("Publier l’annonce").body())
                .contains("id=\"audience-error\">Cochez au moins un CPAS partenaire").contains(title);

        // To Couvin only.
        assertThat(FacesForm.open(officer, "/espace/annonces/", "announcement").fill("Titre", title)
                .fill("Texte", "Inscriptions ouvertes jusqu’au 15 janvier : https://www.leforem.be " + marker)
                .set("audience", "some").check("CPAS de Couvin", true).press("Publier l’annonce").statusCode())
                .isEqualTo(302);
        assertThat(officer.get("/espace/annonces/").body()).contains(title).contains("lue par personne")
                .contains("CPAS de Couvin");

        String home = couvin.get("/espace/").body();
        assertThat(home).contains("Annonces de la Miresem").contains(title).contains("href=\"https://www.leforem.be\"");
        Matcher link = ANNOUNCEMENT.matcher(home);
        long id = 0;
        while (link.find()) {
            if (link.group(2).equals(title)) {
                id = Long.parseLong(link.group(1));
            }
        }
        assertThat(id).isPositive();
        Mails.Mail mail = Mails.await(server, PortalServer.COUVIN_AGENT, "une annonce de la Miresem", couvinMails);
        assertThat(mail.text()).contains("/espace/nouveautes/?voir=").doesNotContain(marker);

        // Momignies sees nothing of it, and gets 404 asking for it.
        assertThat(momignies.get("/espace/").body()).doesNotContain(title);
        assertThat(momignies.get("/espace/annonces/").body()).doesNotContain(title);
        assertThat(momignies.get("/espace/annonces/?id=" + id).statusCode()).isEqualTo(404);

        // Read: it leaves Couvin's home page, stays on the announcements page; the officer sees who read it.
        assertThat(couvin.get("/espace/annonces/?id=" + id).body()).contains(title);
        assertThat(couvin.get("/espace/").body()).doesNotContain("home-annonce-" + id);
        assertThat(couvin.get("/espace/annonces/").body()).contains(title);
        assertThat(officer.get("/espace/annonces/").body()).contains("lue par 1 personne");
    }
}
