package be.miresem.rebond.site.web;

import be.miresem.rebond.site.FaqEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Backs /espace/contenu/faq?id=N (or a new entry). Officers only. */
@Named
@ViewScoped
public class FaqEditBacking extends ContentEditBacking<FaqEntry> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Class<FaqEntry> type() {
        return FaqEntry.class;
    }

    @Override
    protected FaqEntry blank() {
        return new FaqEntry();
    }

    @Override
    protected void fill(FaqEntry form, FaqEntry stored) {
        form.copyFrom(stored);
    }

    @Override
    protected void store(Long id, long version, FaqEntry form) {
        site.saveFaq(id, version, form);
    }
}
