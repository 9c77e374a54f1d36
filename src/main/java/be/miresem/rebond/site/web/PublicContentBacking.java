package be.miresem.rebond.site.web;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.site.ContactDetails;
import be.miresem.rebond.site.FaqEntry;
import be.miresem.rebond.site.MeetingPlace;
import be.miresem.rebond.site.NewsItem;
import be.miresem.rebond.site.SiteService;
import be.miresem.rebond.site.Testimonial;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Read-only content of the public pages (/, /cpas, /temoignages, /partenaires), each list read once per request. */
@Named("content")
@RequestScoped
public class PublicContentBacking {

    static final int LATEST_NEWS = 3;

    @Inject
    private SiteService site;

    @Inject
    private PartnerService partners;

    private List<NewsItem> latestNews;
    private List<Testimonial> testimonials;
    private List<FaqEntry> faq;
    private List<Cpas> activePartners;

    public List<NewsItem> getLatestNews() {
        if (latestNews == null) {
            latestNews = site.latestNews(LATEST_NEWS);
        }
        return latestNews;
    }

    public List<Testimonial> getTestimonials() {
        if (testimonials == null) {
            testimonials = site.visibleTestimonials();
        }
        return testimonials;
    }

    public List<FaqEntry> getFaq() {
        if (faq == null) {
            faq = site.faq();
        }
        return faq;
    }

    private ContactDetails contact;
    private List<MeetingPlace> places;

    /** The Miresem's contact details as the officer keeps them. */
    public ContactDetails getContact() {
        if (contact == null) {
            contact = site.contactDetails();
        }
        return contact;
    }

    public List<MeetingPlace> getPlaces() {
        if (places == null) {
            places = site.meetingPlaces();
        }
        return places;
    }

    public List<Cpas> getActivePartners() {
        if (activePartners == null) {
            activePartners = partners.listActivePartners();
        }
        return activePartners;
    }
}
