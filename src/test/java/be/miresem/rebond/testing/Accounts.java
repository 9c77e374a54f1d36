package be.miresem.rebond.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User actions around accounts: signing in, the officer inviting someone, choosing a password through an
 * invitation (or the first officer's set-up link).
 */
public final class Accounts {

    private static final Pattern INVITATION = Pattern.compile("(/invitation\\?jeton=[A-Za-z0-9_-]+)");

    private Accounts() {
    }

    /** A new visitor signed in with these credentials (the sign-in must succeed). */
    public static WebClient signedIn(PortalServer server, String email, String password) {
        WebClient web = new WebClient(server);
        assertThat(web.signIn(email, password).statusCode()).as("sign-in of " + email).isEqualTo(302);
        return web;
    }

    /** A demo insertion agent ({@link PortalServer#COUVIN_AGENT}, {@link PortalServer#MOMIGNIES_AGENT}), signed in. */
    public static WebClient agent(PortalServer server, String email) {
        return signedIn(server, email, PortalServer.DEMO_PASSWORD);
    }

    /** The test portal's officer, signed in. */
    public static WebClient officer(PortalServer server) {
        return signedIn(server, PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
    }

    /**
     * A new officer account of one's own (isolated from the shared officer's sign-in history): the officer
     * invites it, its holder opens the e-mailed link and chooses the password.
     */
    public static void createOfficer(PortalServer server, String fullName, String email, String password) {
        Map<String, String> invite = new LinkedHashMap<>();
        invite.put("fullName", fullName);
        invite.put("email", email);
        invite.put("role", "OFFICER");
        invite.put("cpasId", "");
        assertThat(officer(server).submit("/espace/comptes/", "invite", "send-invitation", invite).statusCode())
                .isEqualTo(302);
        String link = invitationLink(server, email);
        assertThat(choosePassword(new WebClient(server), link, password, password).statusCode()).isEqualTo(302);
    }

    /** The link of the last invitation e-mailed to this address, waiting for it. */
    public static String invitationLink(PortalServer server, String email) {
        Matcher link = INVITATION.matcher(Mails.await(server, email, "", 0).text());
        assertThat(link.find()).as("an invitation link in the e-mail to " + email).isTrue();
        return link.group(1);
    }

    /** Opens an invitation link ({@code /invitation?jeton=…}) and chooses a password with its confirmation. */
    public static HttpResponse<String> choosePassword(WebClient web, String link, String password, String confirmation) {
        HttpResponse<String> form = web.get(link);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("invitation", "invitation");
        fields.put("jeton", link.substring(link.indexOf('=') + 1));
        fields.put("password", password);
        fields.put("confirmation", confirmation);
        fields.put("create", "x");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(form.body()));
        return web.post(link, fields);
    }
}
