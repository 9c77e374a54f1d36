package be.miresem.rebond.survey.web;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.survey.Satisfaction;
import be.miresem.rebond.survey.SatisfactionFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** Backs /espace/satisfaction/ (officers): each questionnaire's results for a year ({@code ?annee=}). */
@Named
@RequestScoped
public class SatisfactionBacking {

    private static final Locale FRENCH = Locale.forLanguageTag("fr-BE");

    @Inject
    private Satisfaction satisfaction;

    @Inject
    private PartnerService partners;

    private Integer year;
    private Long cpas;
    private List<Satisfaction.Result> results;

    public List<Satisfaction.Result> getResults() {
        if (results == null) {
            results = satisfaction.results(getYear(), cpas);
        }
        return results;
    }

    public int getYear() {
        return year == null ? satisfaction.currentYear() : year;
    }

    public Integer getAnnee() {
        return year;
    }

    public void setAnnee(Integer annee) {
        this.year = annee == null || annee < 2020 || annee > 2100 ? null : annee;
    }

    public Long getCpas() {
        return cpas;
    }

    public void setCpas(Long cpas) {
        this.cpas = cpas;
    }

    /** The partner CPAS the results can be narrowed to. */
    public List<Cpas> getPartners() {
        return partners.listPartners();
    }

    /** The width of a quarter's bar: its index in per cent (0 without answers). */
    public long indexWidth(SatisfactionFigures figures) {
        return figures.index() == null ? 0 : Math.round(figures.index() * 100);
    }

    /** A share as "78 %", or "—" when there is none. */
    public String percent(Double share) {
        if (share == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(FRENCH);
        return format.format(share);
    }

    /** The width of a bar for a count among a total, in per cent of the row. */
    public long width(long count, List<Satisfaction.Count> counts) {
        long total = counts.stream().mapToLong(Satisfaction.Count::count).sum();
        return total == 0 ? 0 : Math.round(100.0 * count / total);
    }

    public String rate(SatisfactionFigures figures) {
        return percent(figures.responseRate());
    }
}
