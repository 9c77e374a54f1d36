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

    public boolean isNewPartner() {
        if (newPartner == null) {
            newPartner = queue.isNewPartner();
        }
        return newPartner;
    }
}
