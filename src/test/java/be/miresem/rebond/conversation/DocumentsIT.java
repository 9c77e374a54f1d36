package be.miresem.rebond.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Privacy;
import be.miresem.rebond.testing.TestFiles;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents on a case, over HTTP as their users: a real PDF is attached and comes back byte for byte as an
 * attachment with nosniff; an executable renamed .pdf and an 11 MB file are refused with French messages next to the
 * field; another CPAS gets 404 on the case and on the download URL, guessing ids; the officer is told without the
 * file's name; every download is in the case's access log; the withdrawal of consent removes the documents and
 * the messages' texts.
 */
@ExtendWith(Portal.class)
class DocumentsIT {

    private static final Pattern DOWNLOAD = Pattern.compile("/espace/dossiers/document\\?id=(\\d+)");

    @Test
    void aPdfIsKeptAndReturnedIntactWhileExecutablesAndLargeFilesAreRefusedAndOtherCpasSeeNothing(PortalServer server) {
        String marker = Privacy.marker();
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        WebClient officer = Accounts.officer(server);
        WebClient otherCpas = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        long id = Cases.refer(agent, marker, "Inès", "Couvin");
        String casePage = "/espace/dossiers/dossier?id=" + id;

        // Refused: no file, an executable whatever its name, a file over 10 MB. Said next to the field.
        assertThat(FacesForm.open(agent, casePage, "document").press("Joindre le document").body())
                .contains("id=\"documentFile-error\">Choisissez un fichier à joindre.");
        assertThat(FacesForm.open(agent, casePage, "document").attach("Joindre un document", "attestation.pdf", TestFiles.executable())
                .press("Joindre le document").body())
                .contains("id=\"documentFile-error\">Ce type de fichier n’est pas accepté. Joignez un PDF, une image,");
        byte[] large = new byte[11 * 1024 * 1024];
        System.arraycopy(TestFiles.pdf("grand").getBytes(StandardCharsets.ISO_8859_1), 0, large, 0, 20);
        assertThat(FacesForm.open(agent, casePage, "document").attach("Joindre un document", "cv.pdf", large)
                .press("Joindre le document").body())
                .contains("id=\"documentFile-error\">Ce fichier dépasse 10 Mo.");
        assertThat(agent.get(casePage).body()).contains("Aucun document pour l’instant.");

        // A real PDF: accepted, listed, downloaded as it was sent, as an attachment that the browser may not sniff.
        byte[] cv = TestFiles.pdf("Curriculum vitae").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FacesForm.open(agent, casePage, "document").attach("Joindre un document", "CV " + marker + ".pdf", cv)
                .press("Joindre le document").statusCode()).isEqualTo(302);
        String page = agent.get(casePage).body();
        assertThat(page).contains("Le document est joint au dossier.").contains("CV " + marker + ".pdf")
                .contains("Agent d'insertion de Couvin");
        Matcher link = DOWNLOAD.matcher(page);
        assertThat(link.find()).isTrue();
        long documentId = Long.parseLong(link.group(1));
        HttpResponse<byte[]> download = officer.getBytes("/espace/dossiers/document?id=" + documentId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(cv);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
                .contains("filename*=UTF-8''CV%20" + marker + ".pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(officer.get("/espace/nouveautes/").body()).contains("Nouveau document sur un dossier.")
                .doesNotContain(marker);
        assertThat(officer.get(casePage).body()).as("the case's access log").contains("document téléchargé");

        // Another CPAS: 404 on the case, on this document and on the ids around it.
        assertThat(otherCpas.get(casePage).statusCode()).isEqualTo(404);
        for (long guess = documentId - 1; guess <= documentId + 1; guess++) {
            assertThat(otherCpas.getBytes("/espace/dossiers/document?id=" + guess).statusCode()).as("id " + guess)
                    .isEqualTo(404);
        }
        assertThat(new WebClient(server).getBytes("/espace/dossiers/document?id=" + documentId).statusCode())
                .as("signed out").isNotEqualTo(200);

        // The withdrawal of consent erases the case: the document goes with it, the messages' texts too.
        assertThat(FacesForm.open(agent, casePage, "message").fill("Nouveau message", "Voir le CV de " + marker)
                .press("Envoyer le message").statusCode()).isEqualTo(302);
        assertThat(FacesForm.open(agent, casePage, "withdraw").check("La personne retire son consentement", true)
                .press("Enregistrer le retrait et effacer").statusCode()).isEqualTo(302);
        assertThat(agent.get(casePage).body()).contains("Aucun document pour l’instant.").doesNotContain(marker)
                .contains("Données personnelles effacées le");
        assertThat(officer.getBytes("/espace/dossiers/document?id=" + documentId).statusCode()).isEqualTo(404);
        assertThat(Privacy.databaseHolding(server, marker)).isEmpty();
    }
}
