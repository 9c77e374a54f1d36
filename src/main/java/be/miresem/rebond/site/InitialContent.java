package be.miresem.rebond.site;

import be.miresem.rebond.shared.persistence.BaseEntity;
import be.miresem.rebond.shared.persistence.DatabaseMigrated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public site's first content, in the Miresem's own words (its article about Rebond and the
 * CPAS partnership): testimonials of insertion agents, answers to the usual questions and two news
 * items. Loaded once into empty content tables, in production as in demo; officers edit it afterwards.
 */
@ApplicationScoped
public class InitialContent {

    @Inject
    private SiteService site;

    void onMigrated(@Observes @Priority(300) DatabaseMigrated event) {
        if (site.contactDetails().getId() == null) {
            // The contact details start with the project's address and the Miresem's office, to be completed.
            ContactDetails contact = new ContactDetails();
            contact.setEmail("rebond@miresem.be");
            site.seed(List.of(contact, new MeetingPlace("Bureau de la Miresem", null, 0)));
        }
        if (site.hasContent()) {
            return;
        }
        List<BaseEntity> items = new ArrayList<>();
        items.add(testimonial(1, "Les personnes ne se sentent pas abandonnées dans les méandres de la sécurité sociale. "
                + "De ce fait, j’espère qu’à long terme, nous n’aurons pas l’effet boomerang bien connu par les CPAS "
                + "du retour de leurs travailleurs sous contrat article 60 peu de temps après la fin de leur mise "
                + "à l’emploi."));
        items.add(testimonial(2, "Force est de constater qu’avoir un intervenant extérieur ouvre d’autres perspectives "
                + "d’avenir à nos bénéficiaires et permet d’exploiter au mieux l’expérience professionnelle acquise "
                + "pendant le contrat en article 60."));
        items.add(testimonial(3, "Par le suivi mis en place avec notre public, elle peut donc répondre au mieux à "
                + "l’offre et à la demande et mettre en corrélation au mieux les travailleurs et les employeurs ce "
                + "qui, selon moi, devrait permettre un meilleur taux d’intégration et de satisfaction pour toutes "
                + "les parties."));
        items.add(faq(1, "Qu’est-ce qu’un contrat article 60 §7 ?",
                "C’est un contrat de travail par lequel le CPAS met à l’emploi une personne qui bénéficie de son "
                + "aide, le plus souvent pendant 12 à 24 mois : assez longtemps pour acquérir une expérience "
                + "professionnelle et ouvrir ses droits aux allocations de chômage. La personne travaille au CPAS "
                + "ou chez un employeur utilisateur (commune, association, entreprise)."));
        items.add(faq(2, "Qu’est-ce que l’effet boomerang ?",
                "C’est le retour au CPAS, au revenu d’intégration, d’un travailleur article 60 peu de temps après "
                + "la fin de son contrat. Rebond suit la personne **avant et après** la fin du contrat pour "
                + "l’éviter."));
        items.add(faq(3, "Que demande une collaboration à notre CPAS ?",
                "Une personne de contact parmi vos agents d’insertion professionnelle, et le partage des "
                + "informations de suivi des bénéficiaires orientés vers Rebond, dans le cadre d’une convention "
                + "de partenariat signée avec la Miresem."));
        items.add(faq(4, "Que fait la Miresem pour nos bénéficiaires ?",
                "La chargée de mission démarche à la source les besoins des entreprises, analyse leurs "
                + "perspectives d’avenir et met en relation les travailleurs et les employeurs. Elle reste en "
                + "contact avec la personne après la fin du contrat."));
        items.add(faq(5, "Nos données sont-elles protégées ?",
                "Oui. Chaque CPAS partenaire ne voit que les dossiers de ses propres bénéficiaires ; la Miresem "
                + "traite ces données selon la convention et le RGPD (voir la page *Vie privée*)."));
        items.add(faq(6, "Comment commencer ?",
                "Demandez une collaboration ou assistez à une séance de présentation : la chargée de mission "
                + "vous présente le projet et répond à vos questions."));
        items.add(news("Le projet Rebond et son partenariat avec les CPAS", LocalDate.of(2026, 10, 15),
                "Depuis le début du projet, la collaboration avec les agents d’insertion des CPAS de Couvin et de "
                + "Momignies a été riche en enseignements. Retour sur ce qu’ils en disent.",
                "La relation avec les CPAS est primordiale pour le bon fonctionnement du projet Rebond et pour sa "
                + "pérennisation. Il faut que le projet ait du sens et une véritable utilité pour les agents "
                + "d’insertion professionnelle.\n\n"
                + "Les agents d’insertion ont exprimé que le fait d’avoir **une personne de contact à la Miresem** "
                + "les aide vraiment, en leur donnant de meilleures armes pour affronter le marché de l’emploi.\n\n"
                + "Pour eux, la plus-value de la Miresem se trouve dans sa mission première : *démarcher à la "
                + "source les besoins des entreprises en matière d’emploi*. Notre approche est d’analyser les "
                + "besoins des entreprises et leurs perspectives d’avenir.\n\n"
                + "Les partenaires ont expliqué sentir « être dans le bon » et que le projet montait "
                + "« crescendo »."));
        items.add(news("Rebond se présente aux autres CPAS de la région", LocalDate.of(2026, 11, 5),
                "Plusieurs réunions ont été organisées pour présenter Rebond à d’autres CPAS d’Entre-Sambre-et-Meuse "
                + "et leur proposer de nouvelles collaborations.",
                "Les agents d’insertion professionnelle souhaitent continuer à mettre le focus sur la communication "
                + "et donc le partenariat avec la chargée de mission.\n\n"
                + "Dans ce cadre, plusieurs réunions ont été organisées afin d’ouvrir la discussion avec d’autres "
                + "CPAS de la région, de leur présenter le projet et de proposer de nouvelles collaborations pour "
                + "la suite.\n\nAffaire à suivre dans les mois à venir…"));
        site.seed(items);
    }

    private static Testimonial testimonial(int position, String quote) {
        Testimonial testimonial = new Testimonial();
        testimonial.setQuote(quote);
        testimonial.setAuthorRole("Agent d’insertion professionnelle");
        testimonial.setPosition(position);
        testimonial.setVisible(true);
        return testimonial;
    }

    private static FaqEntry faq(int position, String question, String answer) {
        FaqEntry entry = new FaqEntry();
        entry.setQuestion(question);
        entry.setAnswer(answer);
        entry.setPosition(position);
        return entry;
    }

    private static NewsItem news(String title, LocalDate on, String summary, String body) {
        NewsItem item = new NewsItem();
        item.setTitle(title);
        item.setSummary(summary);
        item.setBody(body);
        item.setPublishedOn(on);
        item.setStatus(PublicationStatus.PUBLISHED);
        return item;
    }
}
