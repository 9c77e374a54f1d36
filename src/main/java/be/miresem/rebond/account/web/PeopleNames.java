package be.miresem.rebond.account.web;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * People by name on pages ({@code #{people.name(x)}}): the records keep who did what by e-mail address (the
 * account's key), pages show the person's name ("Marie Dupont"), and "système" or "formulaire public" for what the
 * portal or an anonymous visitor did. An address without an account is shown as it is.
 */
@Named("people")
@RequestScoped
public class PeopleNames {

    @Inject
    private AccountService accounts;

    private final Map<String, String> names = new HashMap<>();

    public String name(String who) {
        if (who == null || who.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(who, w -> switch (w) {
            case "system" -> Messages.text("people.system");
            case "public" -> Messages.text("people.public");
            case "demo@rebond.test" -> Messages.text("people.demo");
            default -> accounts.nameOf(w);
        });
    }
}
