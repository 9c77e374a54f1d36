package be.miresem.rebond.home.web;

import be.miresem.rebond.home.ToDoList;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs /espace/ (the home page of the space: the signed-in person's work queue, or first steps) and the counts in
 * the space's navigation.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private ToDoList queue;

    @Inject
    private be.miresem.rebond.account.AccountService accounts;

    private List<ToDoList.Section> sections;
    private Boolean newPartner;
    private ToDoList.Counts counts;

    /** The navigation's counts ({@code #{homeBacking.counts.cases}}), once per request. */
    public ToDoList.Counts getCounts() {
        if (counts == null) {
            counts = queue.counts();
        }
        return counts;
    }

    public List<ToDoList.Section> getSections() {
        if (sections == null) {
            sections = queue.mine();
        }
        return sections;
    }

    /** The agent's contacts at the Miresem: the active officers' addresses (the page shows their names). */
    public List<String> getContacts() {
        return accounts.activeOfficerEmails();
    }

    public boolean isNewPartner() {
        if (newPartner == null) {
            newPartner = queue.isNewPartner();
        }
        return newPartner;
    }
}
