package be.miresem.rebond.site.web;

import be.miresem.rebond.site.Testimonial;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Backs /espace/contenu/temoignage?id=N (or a new one). Officers only. */
@Named
@ViewScoped
public class TestimonialEditBacking extends ContentEditBacking<Testimonial> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Class<Testimonial> type() {
        return Testimonial.class;
    }

    @Override
    protected Testimonial blank() {
        Testimonial testimonial = new Testimonial();
        testimonial.setVisible(true);
        return testimonial;
    }

    @Override
    protected void fill(Testimonial form, Testimonial stored) {
        form.copyFrom(stored);
    }

    @Override
    protected void store(Long id, long version, Testimonial form) {
        site.saveTestimonial(id, version, form);
    }
}
