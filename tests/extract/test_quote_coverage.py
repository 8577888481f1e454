"""Who said what, in every form the gold conventions count: invented news sentences (written for
this test, not taken from any article), the real model.

Each case is a body and the quotations expected in it, as (speaker, kind, text); an empty list
means the sentence reports no quotation (tests/data/gold/README.md, "Quotes": scare quotes,
titles of works, speech as a noun phrase, wishes and refusals are not quotations).
"""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow

Said = list[tuple[str, str, str]]

CASES: list[tuple[str, Said]] = [
    # Speech verb after the quotation, « », “ ” and "..." marks
    (
        "« Nous ne céderons pas sur les salaires », a déclaré Paul Morel, secrétaire du syndicat.",
        [("Paul Morel", "direct", "Nous ne céderons pas sur les salaires")],
    ),
    (
        "Le maire, Jacques Fabre, a visité le chantier. « Les travaux seront finis en "
        "juin », a-t-il ajouté.",
        [("Jacques Fabre", "direct", "Les travaux seront finis en juin")],
    ),
    (
        "La ministre de la Santé, Claire Dubois, était à Lille. « Ce plan est "
        "insuffisant », estime la ministre.",
        [("Claire Dubois", "direct", "Ce plan est insuffisant")],
    ),
    (
        "“Nous attendons des réponses claires”, a lancé Marc Lefort devant la mairie.",
        [("Marc Lefort", "direct", "Nous attendons des réponses claires")],
    ),
    (
        '"La situation reste très tendue dans le quartier", a indiqué la préfecture dans '
        "un communiqué.",
        [("la préfecture", "direct", "La situation reste très tendue dans le quartier")],
    ),
    # Speech verb before, with a colon
    (
        "Sophie Martin a déclaré : « Le projet sera abandonné si rien ne change. »",
        [("Sophie Martin", "direct", "Le projet sera abandonné si rien ne change.")],
    ),
    (
        "Le syndicat a prévenu : « Nous irons jusqu'au bout de ce combat. »",
        [("le syndicat", "direct", "Nous irons jusqu'au bout de ce combat.")],
    ),
    # An incise splitting one quotation: two entries, one speaker
    (
        "« Nous avons fait notre part, a expliqué Julien Roux. Maintenant, c'est à "
        "l'État d'agir. »",
        [
            ("Julien Roux", "direct", "Nous avons fait notre part"),
            ("Julien Roux", "direct", "Maintenant, c'est à l'État d'agir"),
        ],
    ),
    (
        "« Cette décision, affirme Anne Leroy, est une victoire pour tous les habitants. »",
        [
            ("Anne Leroy", "direct", "Cette décision"),
            ("Anne Leroy", "direct", "est une victoire pour tous les habitants"),
        ],
    ),
    # "selon X", "d'après X", "pour X" before and after the statement
    (
        "Selon la préfecture, plus de deux mille personnes ont défilé dans le centre-ville.",
        [
            (
                "la préfecture",
                "indirect",
                "plus de deux mille personnes ont défilé dans le centre-ville",
            )
        ],
    ),
    (
        "Plus de deux mille personnes ont défilé dans le centre-ville, selon les organisateurs.",
        [
            (
                "les organisateurs",
                "indirect",
                "Plus de deux mille personnes ont défilé dans le centre-ville",
            )
        ],
    ),
    (
        "D'après le rapport, la rivière a perdu la moitié de son débit en dix ans.",
        [("le rapport", "indirect", "la rivière a perdu la moitié de son débit en dix ans")],
    ),
    (
        "La rivière a perdu la moitié de son débit en dix ans, d'après Météo-France.",
        [("Météo-France", "indirect", "La rivière a perdu la moitié de son débit en dix ans")],
    ),
    (
        "Pour Lucie Garnier, cette réforme va pénaliser les familles les plus modestes.",
        [
            (
                "Lucie Garnier",
                "indirect",
                "cette réforme va pénaliser les familles les plus modestes",
            )
        ],
    ),
    (
        "Pour le syndicat, cette réforme va pénaliser les familles les plus modestes.",
        [("le syndicat", "indirect", "cette réforme va pénaliser les familles les plus modestes")],
    ),
    (
        "Pour Lucie Garnier, « cette réforme va pénaliser les familles les plus modestes ».",
        [("Lucie Garnier", "direct", "cette réforme va pénaliser les familles les plus modestes")],
    ),
    # "a dit espérer que", "menacent de"
    (
        "Le maire Jacques Fabre a dit espérer que les travaux seront terminés avant l'été.",
        [("Jacques Fabre", "indirect", "espérer que les travaux seront terminés avant l'été")],
    ),
    (
        "Les agents menacent de prolonger la grève jusqu'à la fin du mois.",
        [("les agents", "indirect", "prolonger la grève jusqu'à la fin du mois")],
    ),
    (
        "Les riverains menacent d'étendre le mouvement à toute la vallée.",
        [("les riverains", "indirect", "étendre le mouvement à toute la vallée")],
    ),
    # Indirect speech with a "que" clause or an infinitive, many verbs
    (
        "Le ministre Pierre Blanc a estimé que la hausse des prix était temporaire.",
        [("Pierre Blanc", "indirect", "la hausse des prix était temporaire")],
    ),
    (
        "La juge Hélène Petit a jugé que la procédure était irrégulière.",
        [("Hélène Petit", "indirect", "la procédure était irrégulière")],
    ),
    (
        "Le directeur, Marc Dupuis, a assuré que aucun emploi ne serait supprimé cette année.",
        [("Marc Dupuis", "indirect", "aucun emploi ne serait supprimé cette année")],
    ),
    (
        "L'entreprise affirme que les rejets respectent les normes en vigueur.",
        [("l'entreprise", "indirect", "les rejets respectent les normes en vigueur")],
    ),
    (
        "Le préfet Alain Roche a rappelé que la baignade restait interdite dans le lac.",
        [("Alain Roche", "indirect", "la baignade restait interdite dans le lac")],
    ),
    (
        "La présidente Marie Vidal a souligné que le budget était équilibré pour la première fois.",
        [("Marie Vidal", "indirect", "le budget était équilibré pour la première fois")],
    ),
    (
        "L'ancien maire Robert Caron a reconnu qu'il avait commis des erreurs de gestion.",
        [("Robert Caron", "indirect", "il avait commis des erreurs de gestion")],
    ),
    (
        "Robert Caron admet qu'il aurait dû consulter le conseil municipal.",
        [("Robert Caron", "indirect", "il aurait dû consulter le conseil municipal")],
    ),
    (
        "L'accusé, Thomas Bernard, a nié avoir reçu de l'argent de la société.",
        [("Thomas Bernard", "indirect", "avoir reçu de l'argent de la société")],
    ),
    (
        "Thomas Bernard a démenti avoir rencontré les dirigeants de la société.",
        [("Thomas Bernard", "indirect", "avoir rencontré les dirigeants de la société")],
    ),
    (
        "L'association regrette que les habitants n'aient pas été consultés.",
        [("l'association", "indirect", "les habitants n'aient pas été consultés")],
    ),
    (
        "Les pêcheurs déplorent que la saison soit de nouveau raccourcie.",
        [("les pêcheurs", "indirect", "la saison soit de nouveau raccourcie")],
    ),
    (
        "Les agriculteurs craignent que la sécheresse ne détruise une partie des récoltes.",
        [("les agriculteurs", "indirect", "la sécheresse ne détruise une partie des récoltes")],
    ),
    (
        "La préfète Anne Morin a prévenu que des contrôles seraient menés tout l'été.",
        [("Anne Morin", "indirect", "des contrôles seraient menés tout l'été")],
    ),
    (
        "Les médecins avertissent que les urgences ne pourront pas tenir longtemps.",
        [("les médecins", "indirect", "les urgences ne pourront pas tenir longtemps")],
    ),
    (
        "La direction a annoncé que l'usine fermerait ses portes en décembre.",
        [("la direction", "indirect", "l'usine fermerait ses portes en décembre")],
    ),
    (
        "Le porte-parole Luc Garnier a indiqué que l'enquête était toujours en cours.",
        [("Luc Garnier", "indirect", "l'enquête était toujours en cours")],
    ),
    (
        "Le chercheur Paul Lemaire explique que la sonde doit encore parcourir des "
        "millions de kilomètres.",
        [("Paul Lemaire", "indirect", "la sonde doit encore parcourir des millions de kilomètres")],
    ),
    (
        "La mairie précise que les bus resteront gratuits le dimanche.",
        [("la mairie", "indirect", "les bus resteront gratuits le dimanche")],
    ),
    (
        "Le directeur Marc Dupuis a ajouté que les salariés seraient reçus un par un.",
        [("Marc Dupuis", "indirect", "les salariés seraient reçus un par un")],
    ),
    (
        "Interrogé par la presse, le ministre Pierre Blanc a répondu que le dossier était clos.",
        [("Pierre Blanc", "indirect", "le dossier était clos")],
    ),
    (
        "Une infirmière a confié qu'elle ne dormait plus que quatre heures par nuit.",
        [("une infirmière", "indirect", "elle ne dormait plus que quatre heures par nuit")],
    ),
    (
        "Le collectif dénonce que les loyers aient doublé en cinq ans.",
        [("le collectif", "indirect", "les loyers aient doublé en cinq ans")],
    ),
    (
        "Les parents s'inquiètent que l'école ferme une classe à la rentrée.",
        [("les parents", "indirect", "l'école ferme une classe à la rentrée")],
    ),
    (
        "La maire Nadia Benali s'est dite satisfaite que le projet ait enfin abouti.",
        [("Nadia Benali", "indirect", "le projet ait enfin abouti")],
    ),
    (
        "Le syndicat se dit prêt à reprendre les négociations dès lundi.",
        [("le syndicat", "indirect", "reprendre les négociations dès lundi")],
    ),
    (
        "Le club s'est dit déterminé à faire appel de la décision devant le tribunal.",
        [("le club", "indirect", "faire appel de la décision devant le tribunal")],
    ),
    (
        "Le ministère a fait savoir que aucune décision n'avait encore été prise.",
        [("le ministère", "indirect", "aucune décision n'avait encore été prise")],
    ),
    (
        "Les élus demandent que le tracé de la ligne soit revu avant le vote.",
        [("les élus", "indirect", "le tracé de la ligne soit revu avant le vote")],
    ),
    (
        "Le syndicat demande de suspendre immédiatement le plan de départs.",
        [("le syndicat", "indirect", "suspendre immédiatement le plan de départs")],
    ),
    (
        "Les habitants exigent que la route soit fermée aux camions la nuit.",
        [("les habitants", "indirect", "la route soit fermée aux camions la nuit")],
    ),
    (
        "Les familles réclament que l'enquête soit confiée à un juge indépendant.",
        [("les familles", "indirect", "l'enquête soit confiée à un juge indépendant")],
    ),
    # Reported speech with a final incise and no quotation marks
    (
        "Le contrat arrive à échéance en mars, a précisé l'adjointe aux transports.",
        [("l'adjointe aux transports", "indirect", "Le contrat arrive à échéance en mars")],
    ),
    (
        "Le maire, Jacques Fabre, a visité le chantier. Les travaux reprendront lundi, "
        "a-t-il assuré.",
        [("Jacques Fabre", "indirect", "Les travaux reprendront lundi")],
    ),
    (
        "La ligne sera prolongée jusqu'à la gare d'ici deux ans, a indiqué Martine Roux, "
        "vice-présidente de la région.",
        [("Martine Roux", "indirect", "La ligne sera prolongée jusqu'à la gare d'ici deux ans")],
    ),
    (
        "Aucun blessé n'est à déplorer, selon la préfecture.",
        [("la préfecture", "indirect", "Aucun blessé n'est à déplorer")],
    ),
    (
        "Les négociations reprendront la semaine prochaine, indique la direction.",
        [("la direction", "indirect", "Les négociations reprendront la semaine prochaine")],
    ),
    # Speakers given by pronoun or by surname
    (
        "Claire Dubois a visité l'hôpital mardi. Elle a affirmé que des moyens "
        "supplémentaires arriveraient en mai.",
        [("Claire Dubois", "indirect", "des moyens supplémentaires arriveraient en mai")],
    ),
    (
        "Paul Morel dirige le syndicat depuis dix ans. « Nous ne lâcherons rien », a "
        "martelé Morel.",
        [("Paul Morel", "direct", "Nous ne lâcherons rien")],
    ),
    (
        "Mme Vidal a expliqué que les travaux dureraient six mois.",
        [("Vidal", "indirect", "les travaux dureraient six mois")],
    ),
    # Not quotations: scare quotes, titles, speech as a noun phrase, wishes, refusals
    (
        "La ville a lancé un « plan vélo » ambitieux pour le centre.",
        [],
    ),
    (
        "Le musée présente l'exposition « Lumières du Nord » jusqu'en janvier.",
        [],
    ),
    (
        "Le roman « Les Années » a été adapté au théâtre cette saison.",
        [],
    ),
    (
        "Le député a appelé au rejet du projet de loi.",
        [],
    ),
    (
        "Les élus se sont félicités du résultat du vote.",
        [],
    ),
    (
        "La ministre souhaite interdire les pesticides près des écoles.",
        [],
    ),
    (
        "Le directeur a refusé de commenter les accusations portées contre lui.",
        [],
    ),
    (
        "La commune envisage de l'étendre à tout le département.",
        [],
    ),
    (
        "Le syndicat a réclamé la démission du directeur.",
        [],
    ),
    (
        "Le procureur a requis dix-huit mois de prison avec sursis.",
        [],
    ),
    (
        "La société a annoncé son intention de quitter la région.",
        [],
    ),
    (
        "Les salariés ont refusé de le signer.",
        [],
    ),
    (
        "La région espère attirer de nouveaux touristes cet été.",
        [],
    ),
    # More forms and speakers: anonymous people, groups, capitals, titles
    (
        "« Le dossier est complet », assure Nadia Benali.",
        [("Nadia Benali", "direct", "Le dossier est complet")],
    ),
    (
        "« On ne nous a rien dit », déplore un habitant du quartier.",
        [("un habitant du quartier", "direct", "On ne nous a rien dit")],
    ),
    (
        "“C'est une étape historique”, s'est félicité le directeur de l'agence, Paul Lemaire.",
        [("Paul Lemaire", "direct", "C'est une étape historique")],
    ),
    (
        '"Les nappes sont au plus bas depuis vingt ans", a averti l\'hydrologue Claire Masson.',
        [("Claire Masson", "direct", "Les nappes sont au plus bas depuis vingt ans")],
    ),
    (
        "Le procureur Alain Ferrand a lancé : « Ce dossier est accablant. »",
        [("Alain Ferrand", "direct", "Ce dossier est accablant.")],
    ),
    (
        "La présidente de la fédération, Sylvie Caron, a répondu : « Je n'ai rien à me "
        "reprocher. »",
        [("Sylvie Caron", "direct", "Je n'ai rien à me reprocher.")],
    ),
    (
        "Sylvie Caron est arrivée au tribunal à neuf heures. « Je suis sereine, a-t-elle "
        "déclaré. La justice fera son travail. »",
        [
            ("Sylvie Caron", "direct", "Je suis sereine"),
            ("Sylvie Caron", "direct", "La justice fera son travail"),
        ],
    ),
    (
        "“Nous sommes prêts, explique le capitaine Hugo Lenoir, mais le public devra "
        "être patient.”",
        [
            ("Hugo Lenoir", "direct", "Nous sommes prêts"),
            ("Hugo Lenoir", "direct", "mais le public devra être patient"),
        ],
    ),
    (
        "Selon un porte-parole de la mairie, les travaux coûteront deux millions d'euros.",
        [
            (
                "un porte-parole de la mairie",
                "indirect",
                "les travaux coûteront deux millions d'euros",
            )
        ],
    ),
    (
        "D'après les enquêteurs, l'incendie serait d'origine criminelle.",
        [("les enquêteurs", "indirect", "l'incendie serait d'origine criminelle")],
    ),
    (
        "Pour les riverains, le bruit de l'usine est devenu insupportable.",
        [("les riverains", "indirect", "le bruit de l'usine est devenu insupportable")],
    ),
    (
        "Pour la première fois, la ville a voté un budget en baisse.",
        [],
    ),
    (
        "Le prix du ticket sera maintenu à un euro, a fait savoir la régie des transports.",
        [("la régie des transports", "indirect", "Le prix du ticket sera maintenu à un euro")],
    ),
    (
        "La sonde fonctionne parfaitement, assure l'agence spatiale.",
        [("l'agence spatiale", "indirect", "La sonde fonctionne parfaitement")],
    ),
    (
        "Le nageur Julien Marchand s'entraîne depuis six mois. Il n'a jamais été aussi "
        "en forme, confie-t-il.",
        [("Julien Marchand", "indirect", "Il n'a jamais été aussi en forme")],
    ),
    (
        "Le ministre a visité l'usine, a rencontré les salariés et a annoncé des aides.",
        [],
    ),
    (
        "Le groupe a confirmé la fermeture du site de Lorval.",
        [],
    ),
    (
        "Les syndicats ont dénoncé un « plan social déguisé ».",
        [("les syndicats", "direct", "plan social déguisé")],
    ),
    (
        "Le film « La Grande Vague » sort en salles mercredi.",
        [],
    ),
    (
        "L'opération baptisée « Mer propre » a débuté lundi.",
        [],
    ),
    (
        "Le maire a exprimé des inquiétudes sur le coût du projet.",
        [],
    ),
    (
        "Le gouvernement japonais a fait part de ses réserves.",
        [],
    ),
    (
        "Tokyo a jugé que le moratoire était prématuré.",
        [("Tokyo", "indirect", "le moratoire était prématuré")],
    ),
    (
        "L'avocate de la famille, Maître Julie Perrin, a estimé que l'enquête avait été "
        "bâclée et a demandé une contre-expertise.",
        [("Julie Perrin", "indirect", "l'enquête avait été bâclée")],
    ),
    (
        "Le directeur Marc Dupuis a déclaré que l'usine était « condamnée à court terme ».",
        [("Marc Dupuis", "indirect", "l'usine était « condamnée à court terme »")],
    ),
    (
        "La ministre a précisé que « aucune aide ne sera versée avant l'automne ».",
        [("la ministre", "direct", "aucune aide ne sera versée avant l'automne")],
    ),
    (
        "Un agent, qui a requis l'anonymat, raconte que les équipes travaillent en sous-effectif.",
        [("un agent", "indirect", "les équipes travaillent en sous-effectif")],
    ),
    (
        "Les grévistes ont menacé de bloquer le dépôt dès lundi.",
        [("les grévistes", "indirect", "bloquer le dépôt dès lundi")],
    ),
    (
        "La direction a demandé aux salariés de reprendre le travail.",
        [("la direction", "indirect", "reprendre le travail")],
    ),
    (
        "Le club a refusé de commenter l'information.",
        [],
    ),
    (
        "La mairie souhaite rouvrir la piscine en juin.",
        [],
    ),
    (
        "« Nous attendons un geste fort », a réclamé M. Garnier devant les journalistes.",
        [("Garnier", "direct", "Nous attendons un geste fort")],
    ),
    (
        "La députée Léa Fontaine a quitté la séance. Selon elle, le texte a été vidé de "
        "sa substance.",
        [("Léa Fontaine", "indirect", "le texte a été vidé de sa substance")],
    ),
    (
        "Le PDG Olivier Renard a répondu aux questions. D'après lui, la fusion créera des emplois.",
        [("Olivier Renard", "indirect", "la fusion créera des emplois")],
    ),
    (
        "La ministre Léa Fontaine a reconnu mardi qu'elle n'avait pas lu le rapport.",
        [("Léa Fontaine", "indirect", "elle n'avait pas lu le rapport")],
    ),
    (
        "Les pompiers ont averti que le feu pourrait repartir dans la nuit.",
        [("les pompiers", "indirect", "le feu pourrait repartir dans la nuit")],
    ),
    (
        "La commune compte désormais trois écoles, a rappelé le maire, Denis Royer.",
        [("Denis Royer", "indirect", "La commune compte désormais trois écoles")],
    ),
    (
        "“Le musée doit rester gratuit pour les enfants”, insiste la conservatrice, Agnès Lambert.",
        [("Agnès Lambert", "direct", "Le musée doit rester gratuit pour les enfants")],
    ),
    (
        "« Ce n'est qu'un début, a prévenu la syndicaliste Karima Haddad, la "
        "mobilisation va s'amplifier. »",
        [
            ("Karima Haddad", "direct", "Ce n'est qu'un début"),
            ("Karima Haddad", "direct", "la mobilisation va s'amplifier"),
        ],
    ),
    (
        "La préfecture a interdit la baignade dans la Loise jusqu'à nouvel ordre.",
        [],
    ),
    (
        "Le ministre des Finances, Bruno Lacombe, a jugé la mesure « irréaliste ».",
        [("Bruno Lacombe", "direct", "irréaliste")],
    ),
    (
        "Karima Haddad a dénoncé que la direction ait attendu six mois pour informer les salariés.",
        [
            (
                "Karima Haddad",
                "indirect",
                "la direction ait attendu six mois pour informer les salariés",
            )
        ],
    ),
    (
        "Le festival, surnommé le « petit Cannes », attire chaque été des milliers de visiteurs.",
        [],
    ),
    (
        "Les écologistes estiment que le projet menace la biodiversité de la vallée.",
        [("les écologistes", "indirect", "le projet menace la biodiversité de la vallée")],
    ),
    (
        "Le tribunal a estimé que les faits étaient prescrits.",
        [("le tribunal", "indirect", "les faits étaient prescrits")],
    ),
    # Incises with a complement, speakers after them, and more lookalikes that are not speech
    (
        "Le maire Denis Royer a expliqué à la presse que le budget serait voté en décembre.",
        [("Denis Royer", "indirect", "le budget serait voté en décembre")],
    ),
    (
        "La ministre Léa Fontaine a déclaré au journal local que la réforme serait "
        "appliquée dès janvier.",
        [("Léa Fontaine", "indirect", "la réforme serait appliquée dès janvier")],
    ),
    (
        "Les organisateurs ont assuré aux journalistes que le festival aurait bien lieu.",
        [("les organisateurs", "indirect", "le festival aurait bien lieu")],
    ),
    (
        "La société a estimé, dans un communiqué, que les accusations étaient infondées.",
        [("la société", "indirect", "les accusations étaient infondées")],
    ),
    (
        "Agnès Lambert dirige le musée. « Les visiteurs reviendront, poursuit-elle, dès "
        "que les salles rouvriront. »",
        [
            ("Agnès Lambert", "direct", "Les visiteurs reviendront"),
            ("Agnès Lambert", "direct", "dès que les salles rouvriront"),
        ],
    ),
    (
        "Le chantier, commencé en mai, sera terminé en juin, a précisé le maire, Denis Royer.",
        [("Denis Royer", "indirect", "Le chantier, commencé en mai, sera terminé en juin")],
    ),
    (
        "Le ministre a visité l'usine, a annoncé des aides.",
        [],
    ),
    (
        "La ministre est arrivée à Lille vers midi, a indiqué la préfecture.",
        [("la préfecture", "indirect", "La ministre est arrivée à Lille vers midi")],
    ),
    (
        "Les secours sont intervenus rapidement, ont affirmé plusieurs témoins.",
        [("plusieurs témoins", "indirect", "Les secours sont intervenus rapidement")],
    ),
    (
        "Le bilan pourrait s'alourdir, craignent les autorités.",
        [("les autorités", "indirect", "Le bilan pourrait s'alourdir")],
    ),
    (
        "« Il faut agir vite », estiment les chercheurs dans leur rapport.",
        [("les chercheurs", "direct", "Il faut agir vite")],
    ),
    (
        "Interrogé sur son avenir, l'entraîneur, Marc Vidal, a assuré qu'il resterait au "
        "club la saison prochaine.",
        [("Marc Vidal", "indirect", "il resterait au club la saison prochaine")],
    ),
    (
        "La Commission européenne a averti que les quotas seraient réduits.",
        [("la Commission européenne", "indirect", "les quotas seraient réduits")],
    ),
    (
        "Les riverains ont dit craindre que le trafic augmente.",
        [("les riverains", "indirect", "craindre que le trafic augmente")],
    ),
    (
        "Le groupe n'a pas souhaité réagir.",
        [],
    ),
    (
        "Karima Haddad a refusé de répondre aux questions des journalistes.",
        [],
    ),
    (
        "Le livre « Une saison en enfer » a été réédité.",
        [],
    ),
    (
        "Les élus ont salué l'engagement des bénévoles.",
        [],
    ),
    (
        "Le député a critiqué le projet lors de la séance.",
        [],
    ),
    # Forms of the second unseen set's conventions (README), in new sentences
    (
        "Mme Haddad a estimé que « la direction joue la montre ».",
        [("Haddad", "direct", "la direction joue la montre")],
    ),
    (
        "Le maire a parlé d'un « jour historique pour la commune ».",
        [("le maire", "direct", "jour historique pour la commune")],
    ),
    (
        "Les associations ont salué « une victoire pour les océans ».",
        [("les associations", "direct", "une victoire pour les océans")],
    ),
    (
        "La ministre a appelé les élus à « prendre leurs responsabilités ».",
        [("la ministre", "direct", "prendre leurs responsabilités")],
    ),
    (
        "Le directeur Paul Lemaire s'est dit satisfait que « le public soit au rendez-vous ».",
        [("Paul Lemaire", "direct", "le public soit au rendez-vous")],
    ),
    (
        "Pour M. Garnier, « ce procès est politique ».",
        [("Garnier", "direct", "ce procès est politique")],
    ),
    (
        "Tokyo a fait savoir que le Japon ne signerait pas le texte.",
        [("Tokyo", "indirect", "le Japon ne signerait pas le texte")],
    ),
    (
        "Un salarié, qui souhaite rester anonyme, a raconté : « On a appris la nouvelle "
        "par la radio. »",
        [("un salarié", "direct", "On a appris la nouvelle par la radio.")],
    ),
    (
        "L'exposition « Couleurs du Sud » ouvrira ses portes samedi.",
        [],
    ),
    (
        "L'ancien maire, surnommé « le Baron », a toujours nié les faits.",
        [],
    ),
    (
        "Ce « nouveau départ » promis aux habitants tarde à venir.",
        [],
    ),
    (
        "Le collectif demande que les prélèvements d'eau soient suspendus.",
        [("le collectif", "indirect", "les prélèvements d'eau soient suspendus")],
    ),
    (
        "Selon Mme Vidal, « rien ne justifie un tel retard ».",
        [("Vidal", "direct", "rien ne justifie un tel retard")],
    ),
    (
        "« La pêche est notre seule ressource », affirme un pêcheur de Sainte-Colombe.",
        [("un pêcheur de Sainte-Colombe", "direct", "La pêche est notre seule ressource")],
    ),
    (
        '"Nous avons déjà perdu la moitié de la récolte", explique Jean Morel, '
        "viticulteur à Lorval.",
        [("Jean Morel", "direct", "Nous avons déjà perdu la moitié de la récolte")],
    ),
    (
        "Le préfet a pris un arrêté limitant l'arrosage des jardins.",
        [],
    ),
    (
        "Les agriculteurs réclament des dérogations pour irriguer leurs cultures.",
        [],
    ),
    (
        "La délégation japonaise a contesté toute responsabilité.",
        [],
    ),
    (
        "Le procureur a requis deux ans de prison contre l'ancien maire.",
        [],
    ),
    (
        "Le gouvernement a annoncé son intention de légiférer avant l'été.",
        [],
    ),
    # Two people and a pronoun, speakers after a preposition, predicates before a colon
    (
        "Le syndicaliste Paul Morel a reçu la ministre Claire Dubois mardi. « Nous avons "
        "avancé », a-t-elle déclaré.",
        [("Claire Dubois", "direct", "Nous avons avancé")],
    ),
    (
        "« Rien n'est joué », a indiqué à l'AFP le porte-parole du club, Marc Vidal.",
        [("Marc Vidal", "direct", "Rien n'est joué")],
    ),
    (
        "« Rien n'est joué », a indiqué à l'AFP un porte-parole du club.",
        [("un porte-parole du club", "direct", "Rien n'est joué")],
    ),
    (
        "Le ministère de l'Intérieur a indiqué jeudi que trois suspects avaient été interpellés.",
        [("le ministère de l'Intérieur", "indirect", "trois suspects avaient été interpellés")],
    ),
    (
        "Le maire Denis Royer a par ailleurs annoncé que la piscine rouvrirait en juillet.",
        [("Denis Royer", "indirect", "la piscine rouvrirait en juillet")],
    ),
    (
        "Denis Royer est catégorique : « Il n'y aura pas de hausse des impôts. »",
        [("Denis Royer", "direct", "Il n'y aura pas de hausse des impôts.")],
    ),
    (
        "Paul Morel a affirmé « ne rien regretter ».",
        [("Paul Morel", "direct", "ne rien regretter")],
    ),
    (
        "La présidente de la région, Martine Roux, s'est dite heureuse de pouvoir "
        "inaugurer la ligne.",
        [("Martine Roux", "indirect", "pouvoir inaugurer la ligne")],
    ),
    (
        "La ministre Claire Dubois juge que la réforme est nécessaire.",
        [("Claire Dubois", "indirect", "la réforme est nécessaire")],
    ),
    (
        "Le parquet a précisé que l'enquête avait été confiée à la police judiciaire.",
        [("le parquet", "indirect", "l'enquête avait été confiée à la police judiciaire")],
    ),
    (
        "Julie Perrin, l'avocate de la famille, a annoncé qu'elle ferait appel.",
        [("Julie Perrin", "indirect", "elle ferait appel")],
    ),
    (
        "« C'est une honte », s'est indigné le député Luc Garnier.",
        [("Luc Garnier", "direct", "C'est une honte")],
    ),
    (
        "Les températures vont encore grimper, prévient Météo-France.",
        [("Météo-France", "indirect", "Les températures vont encore grimper")],
    ),
    (
        "L'entraîneur a reconnu que son équipe avait mal joué, mais il a salué "
        "l'engagement des joueurs.",
        [("l'entraîneur", "indirect", "son équipe avait mal joué")],
    ),
    (
        "Selon les chiffres du ministère, le chômage a baissé de 2 % en un an.",
        [("le ministère", "indirect", "le chômage a baissé de 2 % en un an")],
    ),
    (
        "Le chantier a pris du retard. La mairie assure toutefois que les délais seront tenus.",
        [("la mairie", "indirect", "les délais seront tenus")],
    ),
    (
        "« On nous prend pour des idiots », s'emporte une manifestante.",
        [("une manifestante", "direct", "On nous prend pour des idiots")],
    ),
    (
        "Mme Vidal a rencontré le préfet Alain Roche jeudi. « Le dialogue est rétabli », "
        "a-t-il déclaré.",
        [("Alain Roche", "direct", "Le dialogue est rétabli")],
    ),
    (
        "Mme Vidal a rencontré le préfet Alain Roche jeudi. « Le dialogue est rétabli », "
        "a-t-elle déclaré.",
        [("Vidal", "direct", "Le dialogue est rétabli")],
    ),
    # A source between commas, agency phrasing, speech made of two verbs, promises
    (
        "Les travaux, selon le maire, dureront encore six mois.",
        [("le maire", "indirect", "Les travaux dureront encore six mois")],
    ),
    (
        "Trois personnes ont été interpellées, a-t-on appris auprès de la préfecture.",
        [("la préfecture", "indirect", "Trois personnes ont été interpellées")],
    ),
    (
        "Interrogée par l'AFP, la porte-parole de l'entreprise, Inès Garcia, a confirmé "
        "que le site serait vendu.",
        [("Inès Garcia", "indirect", "le site serait vendu")],
    ),
    (
        "« Le site sera vendu », a déclaré Inès Garcia à la presse.",
        [("Inès Garcia", "direct", "Le site sera vendu")],
    ),
    (
        "« Nous avons reçu les offres. Elles sont sérieuses », a précisé la porte-parole "
        "Inès Garcia.",
        [("Inès Garcia", "direct", "Nous avons reçu les offres. Elles sont sérieuses")],
    ),
    (
        "Le président du club, Marc Vidal, a écrit aux supporters que le stade serait rénové.",
        [("Marc Vidal", "indirect", "le stade serait rénové")],
    ),
    (
        "Inès Garcia a laissé entendre que d'autres sites pourraient fermer.",
        [("Inès Garcia", "indirect", "d'autres sites pourraient fermer")],
    ),
    (
        "Le texte prévoit que les loyers soient plafonnés.",
        [],
    ),
    (
        "Les enquêteurs pensent que l'incendie est accidentel.",
        [("les enquêteurs", "indirect", "l'incendie est accidentel")],
    ),
    # a promise told as the background of the story is not counted ("lorsque X avait promis
    # d'aider ..." in the dev gold); a promise the article reports is (below)
    (
        "Les parents étaient venus en nombre en 2019, lorsque le maire avait promis de "
        "rénover l'école.",
        [],
    ),
    # a time adverbial after an inverted subject is not part of the speaker, and a bare role
    # stands for the one person the article gave that role
    (
        "Le préfet du Var, Alain Roche, a signé un arrêté lundi. « La situation est grave », "
        "a déclaré le préfet ce matin lors d'un point presse.",
        [("Alain Roche", "direct", "La situation est grave")],
    ),
    (
        "« Nous restons vigilants », a indiqué la maire cet après-midi devant les journalistes.",
        [("la maire", "direct", "Nous restons vigilants")],
    ),
    (
        "« Rien n'est perdu », a assuré mardi soir la porte-parole du gouvernement.",
        [("la porte-parole du gouvernement", "direct", "Rien n'est perdu")],
    ),
    # a role noun of the same family as the role given earlier ("syndicaliste", "syndicale")
    (
        "Karine Vidal, déléguée syndicale chez Airlor, a rencontré la direction mardi. « Nous "
        "ne lâcherons rien », a réagi la syndicaliste.",
        [("Karine Vidal", "direct", "Nous ne lâcherons rien")],
    ),
    (
        "Me Julie Bernard, avocat de la famille, a quitté la salle. « Ce verdict est une "
        "honte », a lancé l'avocate.",
        [("Julie Bernard", "direct", "Ce verdict est une honte")],
    ),
    # a capital speaking for its government, after another clause
    (
        "Plusieurs pays ont refusé de voter le texte, et Berlin a fait savoir qu'il attendrait "
        "la fin des discussions.",
        [("Berlin", "indirect", "il attendrait la fin des discussions")],
    ),
    # a gerund after the quotation is no incise: the subject before the verb speaks
    (
        "Les associations de locataires ont salué « une avancée », tout en déplorant le "
        "retard des travaux.",
        [("les associations de locataires", "direct", "une avancée")],
    ),
    # the subject, not the circumstance before it, speaks
    (
        "Les biologistes, eux, restent prudents. Dans un rapport intitulé “Forêts, le continent "
        "oublié”, publié il y a trois mois, une équipe internationale de botanistes rappelait "
        "que près de la moitié des arbres tropicaux n'ont pas encore été décrits.",
        [
            (
                "une équipe internationale de botanistes",
                "indirect",
                "près de la moitié des arbres tropicaux n'ont pas encore été décrits",
            )
        ],
    ),
    # "selon lui" after a colon: the subject of the clause before it
    (
        "Une voisine de la victime a livré un autre récit : selon elle, la porte de "
        "l'immeuble était restée ouverte toute la nuit.",
        [
            (
                "une voisine de la victime",
                "indirect",
                "la porte de l'immeuble était restée ouverte toute la nuit",
            )
        ],
    ),
    # "Pour X, adverb, clause": a party to a trial gives its opinion; not a circumstance
    (
        "Pour l'accusation, en revanche, les preuves sont accablantes.",
        [("l'accusation", "indirect", "les preuves sont accablantes")],
    ),
    (
        "Pour la première fois, en revanche, le club a perdu à domicile.",
        [],
    ),
    # a nickname given by a participle between commas is a name, even read as a clause
    (
        "Ce dossier, surnommé “le feuilleton du stade” par les journaux, avait été rouvert "
        "après une plainte.",
        [],
    ),
    # a participle of judging at the head of the sentence: its subject is judged, nobody speaks
    (
        "Paul Réveil a présenté le festival. Longtemps jugé « ringard », il veut aujourd'hui "
        "séduire les jeunes.",
        [],
    ),
    (
        "Paul Réveil dirige le festival depuis 2010. Longtemps qualifié de « ringard », le "
        "festival veut aujourd'hui séduire les jeunes.",
        [],
    ),
    # ... unless someone judges: the agent speaks
    (
        "Longtemps qualifié de « ringard » par les critiques, le festival veut aujourd'hui "
        "séduire les jeunes.",
        [("les critiques", "direct", "ringard")],
    ),
    # an agent of a participle that is no judgement is no speaker
    (
        "Le jury, présidé par Anne Leroy, émet trois « réserves techniques » sur le projet.",
        [],
    ),
    # a quotation after a colon, introduced by "a annoncé son intention de ...": the subject
    (
        "Me Claire Fontaine défend l'ancien directeur. Elle a déjà annoncé son intention de "
        "plaider l'acquittement : « Mon client n'a rien à se reprocher. »",
        [("Claire Fontaine", "direct", "Mon client n'a rien à se reprocher.")],
    ),
    # a clause that ends on a colon gives the quotation to its subject, whatever its verb
    (
        "Le conseil régional a été ferme : « Aucune subvention ne sera versée cette année. »",
        [("le conseil régional", "direct", "Aucune subvention ne sera versée cette année.")],
    ),
    (
        "L'entraîneur Paul Dumas a publié sa liste. Interrogé sur l'absence de son "
        "capitaine, il a nuancé : « Rien n'est joué. »",
        [("Paul Dumas", "direct", "Rien n'est joué.")],
    ),
    (
        "Un pêcheur du port, Gilles Tanguy, reste inquiet : « La saison sera mauvaise. »",
        [("Gilles Tanguy", "direct", "La saison sera mauvaise.")],
    ),
    # ... not a clause whose subject cannot speak
    (
        "Le programme du festival tient en une formule : « la musique pour tous ».",
        [],
    ),
    # incises: a title and a name after the verb, straight quotes
    (
        "L'association Consomag publie son rapport. « Les prix vont encore monter », "
        "s'inquiète sa présidente, Laure Bastide.",
        [("Laure Bastide", "direct", "Les prix vont encore monter")],
    ),
    (
        '"Ce projet est une erreur", a répliqué Hugo Vasseur, élu d\'opposition.',
        [("Hugo Vasseur", "direct", "Ce projet est une erreur")],
    ),
    # indirect speech: "faire valoir que", words between the verb and "que", "pour son X, Y,"
    (
        "Le ministre des Finances, Paul Sarrazin, a fait valoir mardi que la dette restait "
        "sous contrôle.",
        [("Paul Sarrazin", "indirect", "la dette restait sous contrôle")],
    ),
    (
        "Le professeur Alain Reboul affirme dans une étude parue mardi que le sommeil des "
        "adolescents se dégrade.",
        [("Alain Reboul", "indirect", "le sommeil des adolescents se dégrade")],
    ),
    (
        "Le club de Rivel a fêté son titre. Pour son président, Marc Alby, la saison a été "
        "exceptionnelle.",
        [("Marc Alby", "indirect", "la saison a été exceptionnelle")],
    ),
    # a closing cue after a statement, with a document as speaker or a quoted word inside
    (
        "La piscine restera fermée tout l'été, indique un communiqué de la mairie publié lundi.",
        [("un communiqué de la mairie", "indirect", "La piscine restera fermée tout l'été")],
    ),
    (
        "Une hausse « raisonnable » pour les familles, a estimé le ministre du Budget, Luc "
        "Ferrand.",
        [("Luc Ferrand", "indirect", "Une hausse « raisonnable » pour les familles")],
    ),
    # a promise of the speaker's is reported speech
    (
        "La maire, Sophie Lenoir, a promis de rouvrir la bibliothèque avant l'été.",
        [("Sophie Lenoir", "indirect", "rouvrir la bibliothèque avant l'été")],
    ),
    # an unnamed source made subject is who "il" means next
    (
        "Un responsable du syndicat, qui a requis l'anonymat, a confirmé que la grève serait "
        "reconduite. « Personne ne veut céder », a-t-il ajouté.",
        [
            ("un responsable du syndicat", "indirect", "la grève serait reconduite"),
            ("un responsable du syndicat", "direct", "Personne ne veut céder"),
        ],
    ),
    # a quoted phrase inside a participle clause about a thing is a scare quote
    (
        "Le documentaire de la réalisatrice Anne Clavel est primé. Tourné avec des moyens "
        "« de fortune », il sortira en avril.",
        [],
    ),
]


def _quotes(body: str, nlp) -> Said:  # type: ignore[no-untyped-def]
    facts = facts_of_text(body, nlp)
    return [(q.speaker, q.kind, q.text) for q in facts.quotes]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[body[:48] for body, _ in CASES])
def test_quotations_have_their_span_kind_and_speaker(nlp, body: str, expected: Said) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(body, nlp) == expected
