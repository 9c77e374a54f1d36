package be.miresem.rebond.survey;

import be.miresem.rebond.shared.persistence.DatabaseMigrated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The questionnaires shipped with the portal, written into an empty table at start-up (a migrated database gets
 * them too): the agents' quarterly pulse, the employer's after a hire and three months later, the beneficiary's
 * three and six months after the contract's end, the CPAS's the day after a presentation session. Each opens for
 * 30 days with a reminder after 7; the officer changes any of it.
 */
@ApplicationScoped
public class DefaultQuestionnaires {

    public static final String AGENT_PULSE = "AGENT_PULSE";
    public static final String EMPLOYER_HIRE = "EMPLOYER_HIRE";
    public static final String EMPLOYER_FOLLOW_UP = "EMPLOYER_FOLLOW_UP";
    public static final String SESSION = "SESSION";
    public static final String BENEFICIARY = "BENEFICIARY";

    private static final String NOT_AT_ALL = "Pas du tout";
    private static final String COMPLETELY = "Tout à fait";

    @Inject
    private SurveyRepository repository;

    @Transactional
    void onMigrated(@Observes @Priority(400) DatabaseMigrated event) {
        if (repository.countQuestionnaires() > 0) {
            return;
        }
        repository.add(new Questionnaire(AGENT_PULSE, 1, Trigger.QUARTER, Trigger.QUARTER.defaultDelays(), "Sommes-nous dans la bonne direction ?",
                "Quelques questions chaque trimestre sur le partenariat avec la Miresem. Deux minutes suffisent.")
                .ask(QuestionKind.SCALE, "Êtes-vous satisfait·e de la collaboration avec la chargée de mission ?", NOT_AT_ALL, COMPLETELY, null)
                .ask(QuestionKind.SCALE, "La communication avec la Miresem est-elle suffisante ?", NOT_AT_ALL, COMPLETELY, null)
                .ask(QuestionKind.SCALE, "Les propositions d’emploi correspondent-elles aux personnes que vous orientez ?", NOT_AT_ALL, COMPLETELY, null)
                .ask(QuestionKind.YES_NO, "Recommanderiez-vous Rebond à un autre CPAS ?", null, null, null)
                .ask(QuestionKind.TEXT, "Que devrions-nous changer ?", null, null, null));
        repository.add(new Questionnaire(EMPLOYER_HIRE, 1, Trigger.HIRE, Trigger.HIRE.defaultDelays(), "Votre avis sur l’embauche",
                "Vous venez d’engager une personne suivie par Rebond. Votre avis nous aide à mieux préparer les prochaines rencontres.")
                .ask(QuestionKind.SCALE, "Êtes-vous satisfait·e de la mise en relation avec la Miresem ?", NOT_AT_ALL, COMPLETELY, null)
                .ask(QuestionKind.SCALE, "Le profil proposé correspondait-il à votre besoin ?", NOT_AT_ALL, COMPLETELY, null)
                .ask(QuestionKind.CHOICE, "Comment avez-vous connu Rebond ?", null, null, "Par la Miresem|Par un CPAS|Par une autre entreprise|Autrement")
                .ask(QuestionKind.TEXT, "Un commentaire ?", null, null, null));
        repository.add(new Questionnaire(EMPLOYER_FOLLOW_UP, 1, Trigger.HIRE, java.util.List.of(3), "Trois mois après l’embauche",
                "Trois mois ont passé depuis l’embauche. Comment les choses se passent-elles ?")
                .ask(QuestionKind.SCALE, "Êtes-vous satisfait·e de l’intégration de la personne engagée ?", NOT_AT_ALL, COMPLETELY, null)
                .ask(QuestionKind.YES_NO, "La personne est-elle toujours dans votre entreprise ?", null, null, null)
                .ask(QuestionKind.YES_NO, "Feriez-vous de nouveau appel à Rebond ?", null, null, null)
                .ask(QuestionKind.TEXT, "Un commentaire ?", null, null, null));
        repository.add(new Questionnaire(BENEFICIARY, 1, Trigger.CONTRACT_END, Trigger.CONTRACT_END.defaultDelays(), "Votre avis sur l’accompagnement",
                "À remplir avec la personne lors du suivi, trois puis six mois après la fin de son contrat.")
                .ask(QuestionKind.SCALE, "Êtes-vous satisfait·e de l’accompagnement de Rebond ?", NOT_AT_ALL, COMPLETELY, null)
                .ask(QuestionKind.SCALE, "Vous êtes-vous senti·e écouté·e ?", NOT_AT_ALL, COMPLETELY, null)
                .ask(QuestionKind.CHOICE, "Aujourd’hui, vous êtes :", null, null, "En emploi|En formation|À la recherche d’un emploi|Autre")
                .ask(QuestionKind.TEXT, "Qu’est-ce qui vous a le plus aidé·e ?", null, null, null));
        repository.add(new Questionnaire(SESSION, 1, Trigger.SESSION, Trigger.SESSION.defaultDelays(), "Votre avis sur la séance de présentation",
                "Merci d’être venus à la présentation de Rebond. Qu’en avez-vous pensé ?")
                .ask(QuestionKind.SCALE, "La séance vous a-t-elle été utile ?", NOT_AT_ALL, COMPLETELY, null)
                .ask(QuestionKind.YES_NO, "Envisagez-vous de rejoindre Rebond ?", null, null, null)
                .ask(QuestionKind.TEXT, "Quelles questions restent ouvertes ?", null, null, null));
    }
}
