package be.miresem.rebond.account.web;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs /espace/compte/: the signed-in user's own page, with their private calendar feed. The feed's
 * address is shown once, right after it is created; regenerating it cuts off the old address.
 */
@Named
@RequestScoped
public class AccountPageBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageLinks links;

    private String feedUrl;

    public String renewFeed() {
        String token = accounts.renewFeedToken(currentUser.getEmail());
        feedUrl = links.baseUrl() + "/agenda/" + token + ".ics";
        Messages.info("compte.feed.created");
        return null;
    }

    public String revokeFeed() {
        accounts.revokeFeedToken(currentUser.getEmail());
        Messages.flashInfo("compte.feed.revoked");
        return "/espace/compte/index?faces-redirect=true";
    }

    public boolean isFeedEnabled() {
        return feedUrl != null || currentUser.account().map(a -> a.isFeedEnabled()).orElse(false);
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
