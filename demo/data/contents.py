"""Workshop contents shared on the hub's platform (fiches pratiques, exercices, outils
d'évaluation, déroulés d'atelier, questionnaires) for mediators working with the public."""

WORKSHOP_CONTENTS = [
    {
        "slug": "creer-securiser-adresse-courriel",
        "title": "Créer et sécuriser son adresse courriel",
        "summary": (
            "Un atelier en deux séances pour créer une adresse électronique, la protéger et "
            "envoyer ses premiers messages."
        ),
        "level": "beginner",
        "duration_minutes": 120,
        "session_count": 2,
        "rhythm": "2 séances hebdomadaires",
        "participant_profiles": (
            "Adultes sans adresse courriel ou ayant perdu l'accès à la leur, souvent orientés "
            "pour une démarche administrative."
        ),
        "group_size": "6 à 8 personnes",
        "material_needed": (
            "Un ordinateur par personne, vidéoprojecteur, connexion internet, smartphones des "
            "participants pour la validation par SMS, fiches mémo imprimées."
        ),
        "body": [
            ["heading", "Objectifs de l'atelier"],
            [
                "text",
                "<p>À la fin des deux séances, chaque participant :</p>"
                "<ul><li>dispose d'une adresse courriel personnelle qu'il sait ouvrir seul ;</li>"
                "<li>a choisi un mot de passe solide et noté ses informations de récupération ;"
                "</li><li>sait lire, écrire et envoyer un message avec une pièce jointe.</li></ul>",
            ],
            ["heading", "Déroulé de la séance 1 : créer son adresse"],
            [
                "text",
                "<ol><li><strong>0-15 min</strong> : tour de table, à quoi sert une adresse "
                "courriel (démarches, rendez-vous médicaux, famille).</li>"
                "<li><strong>15-30 min</strong> : choisir un fournisseur et un identifiant "
                "simple (prénom.nom, sans surnom). Attention aux adresses liées à un "
                "fournisseur d'accès internet, perdues en cas de changement d'abonnement.</li>"
                "<li><strong>30-75 min</strong> : création du compte pas à pas, avec le "
                "numéro de téléphone de récupération.</li>"
                "<li><strong>75-100 min</strong> : premier envoi d'un message au médiateur et "
                "à un voisin de table.</li>"
                "<li><strong>100-120 min</strong> : remplir la fiche mémo et la ranger en lieu "
                "sûr.</li></ol>",
            ],
            ["heading", "Déroulé de la séance 2 : sécuriser et utiliser"],
            [
                "text",
                "<p>Reconnexion seul à partir de la fiche mémo, activation de la validation en "
                "deux étapes, envoi d'une pièce jointe (photo d'un document), création d'un "
                "dossier pour classer les messages de l'administration, repérage des courriels "
                "indésirables.</p>"
                "<p><strong>Point de vigilance</strong> : le médiateur ne saisit jamais le mot "
                "de passe à la place de la personne et ne le conserve pas.</p>",
            ],
            [
                "file",
                {
                    "title": "Fiche mémo : mon adresse courriel",
                    "format": "odt",
                    "description": (
                        "Une fiche à compléter par le participant et à conserver chez lui."
                    ),
                    "paragraphs": [
                        "Mon adresse courriel : ______________________@__________________. "
                        "Elle s'écrit sans espace, sans accent et en minuscules.",
                        "Le site où je me connecte : ______________________________.",
                        "Indice pour retrouver mon mot de passe (jamais le mot de passe "
                        "lui-même) : ______________________________.",
                        "Mon numéro de téléphone de récupération : ____________________. Si "
                        "je change de numéro, je le mets à jour dans les paramètres.",
                        "Je ne communique jamais mon mot de passe, ni par téléphone ni par "
                        "courriel, même à quelqu'un qui dit appeler de ma banque.",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "Cybermalveillance.gouv.fr : sécuriser sa messagerie",
                    "url": "https://www.cybermalveillance.gouv.fr/",
                    "description": (
                        "Fiches réflexes et conseils officiels pour protéger sa boîte mail."
                    ),
                },
            ],
        ],
        "competencies": ["CRCN-2.1", "CRCN-4.1"],
        "publics": ["eloignes-numerique", "tous-publics"],
        "themes": ["outils-quotidien", "numerique-securise"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["courriel", "sécurité", "atelier", "mot de passe"],
    },
    {
        "slug": "choisir-mot-de-passe-solide",
        "title": "Choisir un mot de passe solide et s'en souvenir",
        "summary": (
            "Une fiche pratique et un jeu pour apprendre à construire des mots de passe robustes "
            "et à les gérer sans les oublier."
        ),
        "level": "beginner",
        "duration_minutes": 90,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Tous publics ayant déjà au moins un compte en ligne ; particulièrement utile "
            "aux personnes qui réutilisent le même mot de passe partout."
        ),
        "group_size": "8 à 10 personnes",
        "material_needed": (
            "Vidéoprojecteur, paperboard, cartes de mots imprimées, un ordinateur ou un "
            "smartphone pour deux."
        ),
        "body": [
            ["heading", "Pourquoi un bon mot de passe ?"],
            [
                "text",
                "<p>Un mot de passe faible ou réutilisé est la première porte d'entrée des "
                "pirates. Si un site est piraté, tous les comptes qui partagent le même mot de "
                "passe sont menacés : messagerie, banque, espace CAF.</p>",
            ],
            ["heading", "Déroulé (90 minutes)"],
            [
                "text",
                "<ol><li><strong>0-15 min</strong> : quiz à main levée « vrai ou faux » "
                "(la date de naissance est un bon mot de passe ? noter ses mots de passe dans "
                "le téléphone est dangereux ?).</li>"
                "<li><strong>15-40 min</strong> : la méthode de la phrase de passe : choisir "
                "quatre mots sans lien, les relier par un caractère spécial et ajouter un "
                "chiffre (exemple à ne pas réutiliser : Tortue!Velo7Parapluie_Lune).</li>"
                "<li><strong>40-60 min</strong> : jeu des cartes de mots en binôme, chacun "
                "fabrique une phrase de passe et l'autre évalue sa solidité avec la grille.</li>"
                "<li><strong>60-80 min</strong> : démonstration d'un gestionnaire de mots de "
                "passe et de la validation en deux étapes.</li>"
                "<li><strong>80-90 min</strong> : chacun repart avec une action à faire chez "
                "lui (changer le mot de passe de sa messagerie en priorité).</li></ol>",
            ],
            ["image", "Un participant compose une phrase de passe à l'aide de cartes de mots"],
            [
                "file",
                {
                    "title": "Mémo : les 6 règles d'un mot de passe solide",
                    "format": "pdf",
                    "description": "Une affiche-mémo à imprimer et à remettre aux participants.",
                    "paragraphs": [
                        "Règle 1 : au moins 12 caractères, ou une phrase de passe de quatre "
                        "mots au minimum.",
                        "Règle 2 : mélanger majuscules, minuscules, chiffres et caractères "
                        "spéciaux.",
                        "Règle 3 : aucune information personnelle (prénom, date de naissance, "
                        "nom de l'animal de compagnie, code postal).",
                        "Règle 4 : un mot de passe différent pour chaque compte important, à "
                        "commencer par la messagerie.",
                        "Règle 5 : activer la double authentification quand elle est proposée.",
                        "Règle 6 : ne jamais communiquer son mot de passe, et le changer "
                        "immédiatement en cas de doute.",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "Cybermalveillance.gouv.fr : les mots de passe",
                    "url": "https://www.cybermalveillance.gouv.fr/",
                    "description": (
                        "Fiche pratique et vidéo de sensibilisation sur la gestion des mots de "
                        "passe."
                    ),
                },
            ],
        ],
        "competencies": ["CRCN-4.1", "CRCN-4.2"],
        "publics": ["tous-publics", "seniors"],
        "themes": ["numerique-securise"],
        "support_type": "fiche-pratique",
        "licence": "cc-by-sa-4-0",
        "tags": ["mot de passe", "sécurité", "atelier"],
    },
    {
        "slug": "reconnaitre-hameconnage",
        "title": "Reconnaître un hameçonnage : exercice sur des messages frauduleux",
        "summary": (
            "Un exercice en petits groupes pour apprendre à repérer les faux courriels et SMS "
            "qui cherchent à voler des données personnelles ou bancaires."
        ),
        "level": "intermediate",
        "duration_minutes": 90,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Personnes utilisant déjà une messagerie ou un smartphone, y compris seniors "
            "ayant déjà reçu des messages suspects."
        ),
        "group_size": "6 à 10 personnes",
        "material_needed": (
            "Jeu de 8 messages imprimés en couleur, vidéoprojecteur, feutres, connexion "
            "internet pour la démonstration."
        ),
        "body": [
            ["heading", "Objectifs"],
            [
                "text",
                "<ul><li>Connaître les signes d'alerte d'un message d'hameçonnage (phishing).</li>"
                "<li>Savoir vérifier une adresse d'expéditeur et un lien sans cliquer.</li>"
                "<li>Savoir quoi faire après avoir cliqué ou donné des informations.</li></ul>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>10 min</strong> : recueil d'expériences, qui a déjà reçu un "
                "faux message de colis, d'amende ou de remboursement ?</li>"
                "<li><strong>30 min</strong> : par groupes de trois, trier les 8 messages en "
                "« fiable » ou « frauduleux » en entourant les indices.</li>"
                "<li><strong>25 min</strong> : correction collective projetée : urgence "
                "artificielle, fautes, adresse d'expéditeur, lien qui ne correspond pas au site "
                "officiel, demande de coordonnées bancaires.</li>"
                "<li><strong>15 min</strong> : les bons réflexes : ne pas cliquer, aller "
                "directement sur le site officiel, signaler le message.</li>"
                "<li><strong>10 min</strong> : que faire si j'ai cliqué ? Changer son mot de "
                "passe, faire opposition à sa carte, porter plainte.</li></ol>",
            ],
            [
                "file",
                {
                    "title": "Exercice : vrai ou faux message ?",
                    "format": "pdf",
                    "description": (
                        "Huit reproductions de messages fictifs et leur corrigé pour l'animateur."
                    ),
                    "paragraphs": [
                        "Message 1 : SMS « Votre colis est en attente, réglez 1,99 € de frais "
                        "de livraison ». Frauduleux : lien raccourci, montant faible pour "
                        "obtenir la carte bancaire.",
                        "Message 2 : courriel de l'Assurance Maladie annonçant un "
                        "remboursement en attente avec un lien vers un formulaire. "
                        "Frauduleux : l'Assurance Maladie ne demande jamais de coordonnées "
                        "bancaires par courriel.",
                        "Message 3 : notification de la CAF invitant à consulter son espace "
                        "personnel, sans lien cliquable. Fiable : il suffit de se connecter "
                        "soi-même sur caf.fr.",
                        "Message 4 : courriel « Votre compte sera suspendu sous 24 h » "
                        "provenant d'une adresse sans rapport avec la banque. Frauduleux : "
                        "urgence et expéditeur suspect.",
                        "Message 5 : SMS d'amende impayée demandant un paiement immédiat. "
                        "Frauduleux : les amendes se paient sur le site officiel de l'ANTAI.",
                        "Corrigé pour l'animateur : pour chaque message, faire citer au moins "
                        "deux indices, puis montrer comment signaler au 33700 (SMS) ou sur "
                        "la plateforme de signalement.",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "Cybermalveillance.gouv.fr : l'hameçonnage",
                    "url": "https://www.cybermalveillance.gouv.fr/",
                    "description": (
                        "Comprendre l'hameçonnage, s'en protéger et trouver de l'assistance "
                        "en cas d'arnaque."
                    ),
                },
            ],
        ],
        "competencies": ["CRCN-4.1", "CRCN-4.2", "CRCN-1.1"],
        "publics": ["tous-publics", "seniors"],
        "themes": ["numerique-securise"],
        "support_type": "exercice",
        "licence": "cc-by-sa-4-0",
        "tags": ["sécurité", "courriel", "arnaque"],
    },
    {
        "slug": "prendre-en-main-smartphone",
        "title": "Prendre en main son smartphone",
        "summary": (
            "Un parcours de trois ateliers pour apprivoiser son smartphone : gestes, "
            "réglages, appels, messages et applications utiles."
        ),
        "level": "beginner",
        "duration_minutes": 120,
        "session_count": 3,
        "rhythm": "3 séances hebdomadaires",
        "participant_profiles": (
            "Personnes ayant récemment acquis un smartphone, souvent seniors, qui n'utilisent "
            "que les appels."
        ),
        "group_size": "5 à 6 personnes",
        "material_needed": (
            "Smartphones des participants chargés, quelques appareils de prêt, câble de "
            "duplication d'écran ou visualiseur, fiches gestes imprimées."
        ),
        "body": [
            ["heading", "Les trois séances"],
            [
                "text",
                "<ul><li><strong>Séance 1, les gestes et l'écran d'accueil</strong> : allumer, "
                "déverrouiller, toucher, glisser, pincer pour zoomer, revenir en arrière, "
                "régler le volume et la taille du texte.</li>"
                "<li><strong>Séance 2, communiquer</strong> : ajouter un contact, passer un "
                "appel, envoyer un SMS avec une photo, écouter sa messagerie vocale.</li>"
                "<li><strong>Séance 3, les applications</strong> : utiliser le magasin "
                "d'applications, installer une application de confiance, gérer les "
                "notifications, faire les mises à jour.</li></ul>",
            ],
            ["image", "Gros plan sur les gestes de base : toucher, glisser et pincer l'écran"],
            ["heading", "Conseils d'animation"],
            [
                "text",
                "<p>Travaillez sur le téléphone de la personne : elle retrouvera les mêmes "
                "écrans chez elle. Faites faire, ne faites pas à la place. Commencez chaque "
                "séance par dix minutes de questions sur ce qui s'est passé dans la semaine.</p>"
                "<p><strong>Point de vigilance</strong> : Android et iPhone n'ont pas les mêmes "
                "menus ; regroupez les participants par système si possible.</p>",
            ],
            [
                "file",
                {
                    "title": "Fiche : les gestes de l'écran tactile",
                    "format": "pdf",
                    "description": "Une fiche illustrée des gestes de base à garder près du téléphone.",
                    "paragraphs": [
                        "Toucher : une pression brève avec la pulpe du doigt ouvre une "
                        "application ou valide un choix.",
                        "Appui long : garder le doigt posé deux secondes affiche des options "
                        "supplémentaires.",
                        "Glisser : faire défiler une page vers le haut ou le bas, passer d'un "
                        "écran d'accueil à l'autre.",
                        "Pincer et écarter : rapprocher ou écarter deux doigts pour réduire ou "
                        "agrandir une photo ou un texte.",
                        "Boutons à connaître : marche/arrêt, volume, retour, accueil, "
                        "applications récentes.",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "Les Bons Clics : parcours smartphone",
                    "url": "https://lesbonsclics.fr/",
                    "description": (
                        "Des tutoriels gratuits pour poursuivre l'apprentissage à la maison."
                    ),
                },
            ],
        ],
        "competencies": ["CRCN-5.2", "CRCN-2.1"],
        "publics": ["seniors", "eloignes-numerique"],
        "themes": ["outils-quotidien"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["smartphone", "seniors", "atelier"],
    },
    {
        "slug": "se-connecter-avec-franceconnect",
        "title": "Se connecter avec FranceConnect",
        "summary": (
            "Une fiche pratique pour comprendre FranceConnect et l'utiliser afin d'accéder "
            "à plusieurs services publics avec un seul identifiant."
        ),
        "level": "intermediate",
        "duration_minutes": 90,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Personnes ayant déjà au moins un compte sur impots.gouv.fr, ameli.fr ou l'Identité "
            "Numérique La Poste, et une adresse courriel fonctionnelle."
        ),
        "group_size": "4 à 6 personnes",
        "material_needed": (
            "Un ordinateur par personne, connexion internet, identifiants des participants "
            "(à apporter), smartphones pour la validation."
        ),
        "body": [
            ["heading", "Comprendre FranceConnect"],
            [
                "text",
                "<p>FranceConnect n'est pas un compte supplémentaire : c'est un bouton qui "
                "permet de se connecter à un service en ligne en utilisant un compte que l'on "
                "possède déjà (impots.gouv.fr, ameli.fr, l'Identité Numérique La Poste, MSA…). "
                "Moins de mots de passe à retenir, et des informations d'état civil déjà "
                "vérifiées.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>15 min</strong> : repérer le bouton FranceConnect sur "
                "plusieurs sites (CAF, Pôle emploi, ANTS).</li>"
                "<li><strong>30 min</strong> : se connecter à un premier service via son "
                "compte impots.gouv.fr, vérifier les informations transmises.</li>"
                "<li><strong>30 min</strong> : utiliser le même compte pour un deuxième "
                "service et constater qu'aucun nouveau mot de passe n'est demandé.</li>"
                "<li><strong>15 min</strong> : bonnes pratiques : toujours vérifier l'adresse "
                "du site, se déconnecter sur un ordinateur partagé.</li></ol>",
            ],
            [
                "text",
                "<p><strong>Point de vigilance</strong> : si la personne ne connaît pas ses "
                "identifiants, commencez par les récupérer sur le compte choisi ; ne créez pas "
                "de compte dans l'urgence sans adresse courriel maîtrisée.</p>",
            ],
            [
                "link",
                {
                    "title": "FranceConnect",
                    "url": "https://franceconnect.gouv.fr/",
                    "description": (
                        "Le site officiel : liste des services accessibles et comptes "
                        "utilisables pour se connecter."
                    ),
                },
            ],
            ["image", "Le bouton « S'identifier avec FranceConnect » sur un site public"],
        ],
        "competencies": ["CRCN-2.4", "CRCN-4.2"],
        "publics": ["tous-publics"],
        "themes": ["demarches-administratives"],
        "support_type": "fiche-pratique",
        "licence": "etalab-2-0",
        "tags": ["france connect", "administration en ligne", "accès aux droits"],
    },
    {
        "slug": "declarer-revenus-en-ligne",
        "title": "Déclarer ses revenus en ligne",
        "summary": (
            "Un atelier pour se repérer dans son espace particulier sur impots.gouv.fr et "
            "vérifier puis valider sa déclaration de revenus."
        ),
        "level": "intermediate",
        "duration_minutes": 120,
        "session_count": 1,
        "rhythm": "Une séance, pendant la campagne de déclaration",
        "participant_profiles": (
            "Adultes imposables ou non, sachant utiliser un ordinateur, qui déclaraient "
            "jusqu'ici sur papier ou avec l'aide d'un proche."
        ),
        "group_size": "4 à 6 personnes",
        "material_needed": (
            "Un ordinateur par personne, connexion internet, avis d'impôt de l'année "
            "précédente et numéro fiscal des participants."
        ),
        "body": [
            ["heading", "Avant l'atelier"],
            [
                "text",
                "<p>Demandez aux participants d'apporter leur dernier avis d'impôt (numéro "
                "fiscal et revenu fiscal de référence), leurs justificatifs de revenus et, "
                "s'ils en ont un, leur mot de passe impots.gouv.fr.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>20 min</strong> : créer ou récupérer l'accès à son espace "
                "particulier.</li>"
                "<li><strong>20 min</strong> : visite guidée de l'espace : messagerie "
                "sécurisée, documents, gérer mon prélèvement à la source.</li>"
                "<li><strong>45 min</strong> : ouvrir la déclaration en ligne, vérifier "
                "chaque montant prérempli, ajouter les éléments manquants (frais, pensions, "
                "dons).</li>"
                "<li><strong>20 min</strong> : valider, télécharger l'accusé de réception et "
                "l'enregistrer.</li>"
                "<li><strong>15 min</strong> : questions et rappel des dates limites.</li>"
                "</ol>",
            ],
            [
                "text",
                "<p><strong>Point de vigilance</strong> : le médiateur explique et montre "
                "mais ne valide pas à la place de la personne. Pour une situation complexe, "
                "orientez vers le centre des finances publiques ou une agence France "
                "Services.</p>",
            ],
            [
                "file",
                {
                    "title": "Check-list : ma déclaration de revenus en ligne",
                    "format": "pdf",
                    "description": "La liste des documents et des étapes à cocher.",
                    "paragraphs": [
                        "J'ai mon numéro fiscal (13 chiffres, en haut de mon avis d'impôt) et "
                        "mon mot de passe ou un accès FranceConnect.",
                        "J'ai mes justificatifs : attestations de salaires, de pensions, "
                        "d'indemnités de Pôle emploi, reçus de dons.",
                        "J'ai vérifié ma situation de famille et mon adresse.",
                        "J'ai vérifié chaque montant prérempli et corrigé si nécessaire.",
                        "J'ai validé ma déclaration et enregistré l'accusé de réception.",
                        "Je consulte ma messagerie sécurisée pour recevoir mon avis.",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "impots.gouv.fr",
                    "url": "https://www.impots.gouv.fr/",
                    "description": "Le site officiel de l'administration fiscale.",
                },
            ],
        ],
        "competencies": ["CRCN-2.4", "CRCN-1.2"],
        "publics": ["tous-publics"],
        "themes": ["demarches-administratives"],
        "support_type": "deroule-atelier",
        "licence": "etalab-2-0",
        "tags": ["administration en ligne", "accès aux droits", "atelier"],
    },
    {
        "slug": "mon-espace-pole-emploi",
        "title": "Utiliser mon espace personnel Pôle emploi (France Travail)",
        "summary": (
            "Deux séances pour s'actualiser, consulter ses paiements, échanger avec son "
            "conseiller et rechercher des offres depuis son espace personnel."
        ),
        "level": "beginner",
        "duration_minutes": 120,
        "session_count": 2,
        "rhythm": "2 séances sur une semaine",
        "participant_profiles": (
            "Demandeurs d'emploi récemment inscrits ou en difficulté avec les démarches en "
            "ligne, orientés par leur conseiller."
        ),
        "group_size": "6 à 8 personnes",
        "material_needed": (
            "Un ordinateur par personne, connexion internet, identifiant Pôle emploi des "
            "participants, smartphones pour l'application mobile."
        ),
        "body": [
            ["heading", "Séance 1 : l'essentiel de l'espace personnel"],
            [
                "text",
                "<ul><li>Se connecter avec son identifiant ou FranceConnect.</li>"
                "<li>S'actualiser chaque mois et déclarer ses heures travaillées.</li>"
                "<li>Consulter ses paiements et ses courriers.</li>"
                "<li>Envoyer un message à son conseiller et transmettre un justificatif.</li></ul>",
            ],
            ["heading", "Séance 2 : rechercher un emploi"],
            [
                "text",
                "<ul><li>Compléter son profil de compétences.</li>"
                "<li>Rechercher des offres avec des filtres (métier, distance, type de "
                "contrat) et créer une alerte.</li>"
                "<li>Postuler en ligne avec son CV enregistré.</li>"
                "<li>Installer l'application mobile et activer les notifications.</li></ul>",
            ],
            [
                "text",
                "<p><strong>Consigne</strong> : chaque participant repart avec une "
                "actualisation réalisée seul et une alerte d'offres active. Depuis le 1er "
                "janvier 2024, Pôle emploi s'appelle France Travail : les identifiants restent "
                "les mêmes.</p>",
            ],
            [
                "link",
                {
                    "title": "France Travail (ex-Pôle emploi)",
                    "url": "https://www.francetravail.fr/",
                    "description": "Espace personnel candidat, offres d'emploi et services.",
                },
            ],
        ],
        "competencies": ["CRCN-2.4", "CRCN-1.1"],
        "publics": ["demandeurs-emploi"],
        "themes": ["insertion-professionnelle", "demarches-administratives"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["emploi", "administration en ligne", "atelier"],
    },
    {
        "slug": "rediger-cv-traitement-de-texte",
        "title": "Rédiger son CV avec un traitement de texte",
        "summary": (
            "Un atelier en trois séances pour construire un CV clair, le mettre en forme avec "
            "un traitement de texte et l'enregistrer au format PDF."
        ),
        "level": "intermediate",
        "duration_minutes": 120,
        "session_count": 3,
        "rhythm": "3 séances hebdomadaires",
        "participant_profiles": (
            "Demandeurs d'emploi sachant utiliser le clavier et la souris, avec ou sans CV "
            "existant."
        ),
        "group_size": "6 à 8 personnes",
        "material_needed": (
            "Un ordinateur par personne avec LibreOffice Writer ou un traitement de texte "
            "équivalent, clés USB, imprimante, modèle de CV."
        ),
        "body": [
            ["heading", "Objectifs"],
            [
                "text",
                "<p>Savoir saisir et mettre en forme un texte (titres, gras, listes à puces, "
                "alignement), structurer un CV d'une page et l'enregistrer en PDF pour "
                "l'envoyer en pièce jointe ou le déposer sur un site d'emploi.</p>",
            ],
            ["heading", "Déroulé des trois séances"],
            [
                "text",
                "<ol><li><strong>Séance 1</strong> : lister ses expériences, formations et "
                "compétences sur papier ; ouvrir le modèle et saisir ses coordonnées.</li>"
                "<li><strong>Séance 2</strong> : compléter les rubriques, utiliser les styles "
                "de titres, les listes à puces et la correction orthographique.</li>"
                "<li><strong>Séance 3</strong> : relecture croisée en binôme, export en PDF, "
                "nommage du fichier (CV_Prenom_Nom.pdf), envoi par courriel au médiateur."
                "</li></ol>",
            ],
            [
                "file",
                {
                    "title": "Modèle de CV à compléter",
                    "format": "docx",
                    "description": "Un modèle de CV sobre d'une page, modifiable.",
                    "paragraphs": [
                        "Coordonnées : prénom et nom, commune, téléphone, adresse courriel "
                        "professionnelle (prenom.nom@…), permis et véhicule si utiles.",
                        "Titre du CV : le poste recherché, en une ligne (par exemple « Agent "
                        "d'entretien polyvalent »).",
                        "Compétences : quatre à six compétences en lien avec le poste, "
                        "formulées avec un verbe d'action.",
                        "Expériences professionnelles : de la plus récente à la plus ancienne, "
                        "avec dates, employeur, commune et deux ou trois missions.",
                        "Formations : diplômes, certifications, formations courtes (dont Pix "
                        "si obtenu).",
                        "Centres d'intérêt : facultatif, seulement s'ils apportent une "
                        "information utile pour le recruteur.",
                    ],
                },
            ],
            ["image", "Un CV mis en forme avec des styles de titres dans un traitement de texte"],
            [
                "link",
                {
                    "title": "France Travail : conseils pour le CV",
                    "url": "https://www.francetravail.fr/",
                    "description": "Conseils et outils pour rédiger son CV et postuler.",
                },
            ],
        ],
        "competencies": ["CRCN-3.1", "CRCN-3.3"],
        "publics": ["demandeurs-emploi", "jeunes"],
        "themes": ["insertion-professionnelle"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["emploi", "atelier", "ordinateur"],
    },
    {
        "slug": "visioconference-petits-enfants",
        "title": "Faire une visioconférence avec ses petits-enfants",
        "summary": (
            "Un atelier convivial pour installer une application d'appel vidéo, appeler un "
            "proche et partager un moment à distance."
        ),
        "level": "beginner",
        "duration_minutes": 90,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Seniors dont la famille vit loin, équipés d'un smartphone ou d'une tablette."
        ),
        "group_size": "4 à 6 personnes",
        "material_needed": (
            "Smartphones ou tablettes des participants, connexion wifi, casque ou écouteurs, "
            "un second appareil tenu par l'animateur pour recevoir les appels."
        ),
        "body": [
            ["heading", "Objectifs"],
            [
                "text",
                "<p>Passer et recevoir un appel vidéo, régler le son et la caméra, et savoir "
                "quoi faire si l'image se fige. L'objectif affectif est central : terminer "
                "l'atelier par un vrai appel à un proche prévenu à l'avance.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>10 min</strong> : qui aimeriez-vous appeler ? Quelle "
                "application utilise votre famille ?</li>"
                "<li><strong>20 min</strong> : installer ou ouvrir l'application choisie, "
                "vérifier les autorisations micro et caméra.</li>"
                "<li><strong>25 min</strong> : appels d'entraînement entre participants : "
                "décrocher, couper le micro, retourner la caméra, raccrocher.</li>"
                "<li><strong>25 min</strong> : appel au proche, en aparté si la personne le "
                "souhaite.</li>"
                "<li><strong>10 min</strong> : mémo des gestes à refaire chez soi.</li></ol>",
            ],
            ["image", "Une participante en appel vidéo avec sa petite-fille sur une tablette"],
            [
                "text",
                "<p><strong>Points de vigilance</strong> : vérifier que la connexion wifi "
                "est suffisante, prévoir un coin calme, rappeler qu'on n'accepte pas d'appel "
                "vidéo d'un inconnu.</p>",
            ],
        ],
        "competencies": ["CRCN-2.1"],
        "publics": ["seniors", "familles-enfants"],
        "themes": ["outils-quotidien", "loisirs-creations"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["seniors", "smartphone", "atelier"],
    },
    {
        "slug": "controle-parental",
        "title": "Mettre en place le contrôle parental",
        "summary": (
            "Un atelier parents pour paramétrer le contrôle parental sur les écrans de la "
            "maison et instaurer un dialogue sur les usages numériques des enfants."
        ),
        "level": "intermediate",
        "duration_minutes": 120,
        "session_count": 1,
        "rhythm": "Une séance, en soirée ou le samedi matin",
        "participant_profiles": (
            "Parents et grands-parents d'enfants de 6 à 15 ans, équipés d'un smartphone, "
            "d'une tablette ou d'une console."
        ),
        "group_size": "6 à 10 personnes",
        "material_needed": (
            "Appareils des participants, une tablette et un smartphone de démonstration, "
            "vidéoprojecteur, connexion internet."
        ),
        "body": [
            ["heading", "Pourquoi en parler ?"],
            [
                "text",
                "<p>Le contrôle parental est un outil, pas une solution miracle : il limite "
                "l'exposition à des contenus inadaptés et aide à gérer le temps d'écran, mais "
                "il ne remplace pas l'accompagnement et le dialogue avec l'enfant.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>20 min</strong> : échanges sur les usages des enfants "
                "(jeux, vidéos, réseaux sociaux) et les inquiétudes des parents.</li>"
                "<li><strong>40 min</strong> : démonstration puis pratique : contrôle parental "
                "du système (Android, iOS), filtres de la box internet, réglages des consoles.</li>"
                "<li><strong>30 min</strong> : définir des règles familiales : temps "
                "d'écran, lieux sans écran, âge des réseaux sociaux.</li>"
                "<li><strong>30 min</strong> : chacun paramètre un appareil de sa famille avec "
                "l'aide de l'animateur.</li></ol>",
            ],
            [
                "file",
                {
                    "title": "Charte familiale des écrans",
                    "format": "odt",
                    "description": "Un modèle de charte à remplir en famille.",
                    "paragraphs": [
                        "Nos moments sans écran : pendant les repas, dans la chambre après "
                        "21 heures, pendant les devoirs.",
                        "Notre temps d'écran : en semaine ______ minutes par jour, le week-end "
                        "______ minutes par jour.",
                        "Ce que l'on demande avant d'installer une application ou un jeu : "
                        "l'accord d'un parent et la vérification de l'âge conseillé.",
                        "Si quelque chose me choque ou me fait peur en ligne, j'en parle à un "
                        "adulte sans craindre d'être puni.",
                        "Signatures de tous les membres de la famille et date de la prochaine "
                        "révision de la charte.",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "Je protège mon enfant",
                    "url": "https://www.jeprotegemonenfant.gouv.fr/",
                    "description": (
                        "Le site gouvernemental de référence sur le contrôle parental, avec "
                        "des tutoriels par appareil."
                    ),
                },
            ],
        ],
        "competencies": ["CRCN-4.3", "CRCN-4.2"],
        "publics": ["familles-enfants"],
        "themes": ["parentalite-education", "numerique-securise"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["parentalité", "sécurité", "atelier", "données personnelles"],
    },
    {
        "slug": "compte-ameli-assurance-maladie",
        "title": "Créer et utiliser son compte ameli",
        "summary": (
            "Une fiche pratique pour ouvrir son compte ameli, télécharger une attestation et "
            "suivre ses remboursements de soins."
        ),
        "level": "beginner",
        "duration_minutes": 90,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Assurés sociaux sans compte ameli, dont des personnes orientées par un "
            "travailleur social pour une attestation de droits."
        ),
        "group_size": "4 à 6 personnes",
        "material_needed": (
            "Un ordinateur par personne, carte Vitale et RIB des participants, adresse "
            "courriel active, connexion internet."
        ),
        "body": [
            ["heading", "Ce que permet le compte ameli"],
            [
                "text",
                "<ul><li>Télécharger une attestation de droits ou d'indemnités journalières.</li>"
                "<li>Suivre ses remboursements et ceux de ses enfants.</li>"
                "<li>Commander une carte Vitale ou la carte européenne d'assurance maladie.</li>"
                "<li>Échanger avec sa caisse par messagerie sécurisée.</li></ul>",
            ],
            ["heading", "Pas à pas"],
            [
                "text",
                "<ol><li>Aller sur ameli.fr, rubrique Assuré, puis « Créer mon compte ».</li>"
                "<li>Saisir son numéro de sécurité sociale (sur la carte Vitale), sa date de "
                "naissance et son code postal.</li>"
                "<li>Renseigner les derniers chiffres de son RIB pour prouver son identité.</li>"
                "<li>Choisir un mot de passe et valider son adresse courriel.</li>"
                "<li>Se connecter et télécharger une attestation de droits.</li></ol>"
                "<p>Autre possibilité : se connecter directement avec FranceConnect.</p>",
            ],
            [
                "text",
                "<p><strong>Point de vigilance</strong> : l'Assurance Maladie ne demande jamais "
                "de coordonnées bancaires complètes par courriel ou SMS. Profitez-en pour "
                "rappeler les réflexes contre l'hameçonnage.</p>",
            ],
            [
                "link",
                {
                    "title": "ameli.fr",
                    "url": "https://www.ameli.fr/",
                    "description": "Le site de l'Assurance Maladie et l'accès au compte ameli.",
                },
            ],
        ],
        "competencies": ["CRCN-2.4", "CRCN-1.2"],
        "publics": ["tous-publics", "eloignes-numerique"],
        "themes": ["demarches-administratives"],
        "support_type": "fiche-pratique",
        "licence": "etalab-2-0",
        "tags": ["accès aux droits", "administration en ligne", "santé"],
    },
    {
        "slug": "demarches-caf-en-ligne",
        "title": "Faire ses démarches CAF en ligne",
        "summary": (
            "Un atelier pour se connecter à son espace Mon Compte, déclarer ses ressources "
            "trimestrielles et signaler un changement de situation."
        ),
        "level": "intermediate",
        "duration_minutes": 120,
        "session_count": 1,
        "rhythm": "Une séance, renouvelable chaque trimestre",
        "participant_profiles": (
            "Allocataires de la CAF (RSA, prime d'activité, aides au logement) qui "
            "rencontrent des difficultés avec les déclarations en ligne."
        ),
        "group_size": "4 à 6 personnes",
        "material_needed": (
            "Un ordinateur par personne, numéro d'allocataire et code confidentiel, "
            "justificatifs de ressources des trois derniers mois, scanner ou smartphone."
        ),
        "body": [
            ["heading", "Objectifs"],
            [
                "text",
                "<p>Être capable de se connecter seul, de déclarer ses ressources dans les "
                "délais pour éviter une suspension des droits, de consulter ses paiements et "
                "de transmettre un justificatif numérisé.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>15 min</strong> : se connecter avec son numéro d'allocataire "
                "ou FranceConnect ; mettre à jour son mot de passe.</li>"
                "<li><strong>35 min</strong> : déclaration trimestrielle de ressources, "
                "explication de chaque ligne.</li>"
                "<li><strong>25 min</strong> : consulter ses paiements et ses courriers, "
                "télécharger une attestation de paiement.</li>"
                "<li><strong>30 min</strong> : signaler un changement (déménagement, "
                "naissance, reprise d'emploi) et joindre un justificatif photographié.</li>"
                "<li><strong>15 min</strong> : simulation des droits et questions.</li></ol>",
            ],
            [
                "text",
                "<p><strong>Points de vigilance</strong> : les erreurs de déclaration peuvent "
                "entraîner des indus. Le médiateur fait vérifier chaque montant par la "
                "personne et l'oriente vers un travailleur social en cas de situation "
                "complexe.</p>",
            ],
            [
                "link",
                {
                    "title": "caf.fr",
                    "url": "https://www.caf.fr/",
                    "description": "Espace Mon Compte, simulateurs et démarches en ligne de la CAF.",
                },
            ],
            [
                "file",
                {
                    "title": "Aide-mémoire : ma déclaration trimestrielle CAF",
                    "format": "pdf",
                    "description": "Un aide-mémoire à garder avec ses papiers.",
                    "paragraphs": [
                        "Quand déclarer : chaque trimestre, dès réception du message de la "
                        "CAF, et avant la date limite indiquée.",
                        "Ce qu'il faut avoir sous la main : bulletins de salaire, attestations "
                        "de Pôle emploi, pensions, autres ressources du foyer.",
                        "Comment faire : se connecter sur caf.fr, rubrique « Mon Compte », "
                        "puis « Déclarer mes ressources trimestrielles ».",
                        "Après la déclaration : télécharger ou noter le récapitulatif et "
                        "vérifier le paiement le mois suivant.",
                    ],
                },
            ],
        ],
        "competencies": ["CRCN-2.4", "CRCN-1.2"],
        "publics": ["eloignes-numerique", "familles-enfants"],
        "themes": ["demarches-administratives"],
        "support_type": "deroule-atelier",
        "licence": "etalab-2-0",
        "tags": ["accès aux droits", "administration en ligne"],
    },
    {
        "slug": "coffre-fort-numerique-documents",
        "title": "Stocker ses documents dans un coffre-fort numérique",
        "summary": (
            "Un atelier pour numériser, nommer et ranger ses papiers importants dans un "
            "espace de stockage sécurisé accessible partout."
        ),
        "level": "intermediate",
        "duration_minutes": 90,
        "session_count": 2,
        "rhythm": "2 séances à une semaine d'intervalle",
        "participant_profiles": (
            "Personnes en situation de précarité ou de mobilité (hébergement temporaire, "
            "sans domicile stable) qui risquent de perdre leurs documents papier."
        ),
        "group_size": "4 à 6 personnes",
        "material_needed": (
            "Smartphones des participants, scanner, ordinateurs, connexion internet, "
            "documents originaux des participants."
        ),
        "body": [
            ["heading", "Objectifs"],
            [
                "text",
                "<p>Conserver une copie numérique de ses justificatifs (pièce d'identité, "
                "attestation de droits, avis d'imposition, bulletins de salaire) pour ne plus "
                "dépendre du papier, pouvoir les transmettre rapidement lors d'une démarche et "
                "contrôler qui peut y accéder.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<p><strong>Séance 1</strong> : créer son coffre-fort avec l'aide du "
                "médiateur, choisir un mot de passe solide, numériser trois documents "
                "prioritaires et les nommer clairement (2024_attestation_CAF.pdf).</p>"
                "<p><strong>Séance 2</strong> : ranger par dossiers, partager un document "
                "avec un travailleur social, révoquer un partage, se connecter depuis un "
                "autre appareil.</p>",
            ],
            [
                "file",
                {
                    "title": "Liste des documents à numériser en priorité",
                    "format": "odt",
                    "description": "Une liste à cocher et à compléter avec la personne.",
                    "paragraphs": [
                        "Identité : carte d'identité ou passeport, titre de séjour, livret de "
                        "famille, acte de naissance.",
                        "Droits sociaux : attestation de carte Vitale, attestation CAF, "
                        "notification de droits, complémentaire santé solidaire.",
                        "Ressources : derniers bulletins de salaire, attestations Pôle emploi, "
                        "avis d'imposition.",
                        "Logement : bail, quittances, attestation d'hébergement, justificatif "
                        "de domicile.",
                        "Santé et scolarité : carnet de vaccination, certificats médicaux, "
                        "certificats de scolarité des enfants.",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "Reconnect : le coffre-fort numérique solidaire",
                    "url": "https://www.reconnect.fr/",
                    "description": (
                        "Un coffre-fort numérique gratuit conçu pour les personnes "
                        "accompagnées par des structures sociales."
                    ),
                },
            ],
            [
                "text",
                "<p><strong>Point de vigilance</strong> : la personne reste seule "
                "propriétaire de son coffre-fort ; le professionnel n'y accède que si elle le "
                "décide, et jamais avec ses identifiants.</p>",
            ],
        ],
        "competencies": ["CRCN-1.2", "CRCN-4.2"],
        "publics": ["eloignes-numerique", "travailleurs-sociaux"],
        "themes": ["demarches-administratives", "numerique-securise"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["accès aux droits", "sécurité", "données personnelles"],
    },
    {
        "slug": "reperer-fausses-informations",
        "title": "Repérer les fausses informations",
        "summary": (
            "Un atelier d'éducation aux médias pour apprendre à vérifier une information, "
            "une image ou une source avant de la partager."
        ),
        "level": "intermediate",
        "duration_minutes": 120,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Adolescents, jeunes adultes et adultes utilisant les réseaux sociaux ou des "
            "messageries de groupe."
        ),
        "group_size": "8 à 12 personnes",
        "material_needed": (
            "Ordinateurs ou tablettes par binôme, vidéoprojecteur, connexion internet, série "
            "de publications imprimées."
        ),
        "body": [
            ["heading", "Objectifs"],
            [
                "text",
                "<ul><li>Distinguer une information, une opinion et une publicité.</li>"
                "<li>Identifier l'auteur et la date d'une publication.</li>"
                "<li>Utiliser la recherche d'image inversée pour retrouver l'origine d'une "
                "photo.</li>"
                "<li>Prendre le réflexe de croiser les sources avant de partager.</li></ul>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>15 min</strong> : « Avez-vous déjà partagé quelque chose qui "
                "s'est révélé faux ? » Échange sans jugement.</li>"
                "<li><strong>30 min</strong> : les cinq questions à se poser : qui parle ? "
                "quand ? d'où vient l'image ? d'autres sources le disent-elles ? quel effet "
                "cherche-t-on à produire ?</li>"
                "<li><strong>45 min</strong> : enquête en binôme sur quatre publications "
                "réelles, dont une photo sortie de son contexte.</li>"
                "<li><strong>20 min</strong> : restitution : chaque binôme présente son "
                "verdict et ses preuves.</li>"
                "<li><strong>10 min</strong> : que faire face à une fausse information dans "
                "un groupe familial ?</li></ol>",
            ],
            ["image", "Des participants comparent deux articles sur la même actualité"],
            [
                "link",
                {
                    "title": "CLEMI : éducation aux médias et à l'information",
                    "url": "https://www.clemi.fr/",
                    "description": (
                        "Ressources pédagogiques pour développer l'esprit critique face "
                        "à l'information."
                    ),
                },
            ],
        ],
        "competencies": ["CRCN-1.1", "CRCN-2.2"],
        "publics": ["jeunes", "tous-publics"],
        "themes": ["comprendre-numerique"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-nc-sa-4-0",
        "tags": ["réseaux sociaux", "atelier", "internet"],
    },
    {
        "slug": "exercice-clavier-souris",
        "title": "Le clavier et la souris : exercices de prise en main",
        "summary": (
            "Une série d'exercices progressifs pour maîtriser le clic, le double-clic, le "
            "glisser-déposer et les touches essentielles du clavier."
        ),
        "level": "beginner",
        "duration_minutes": 60,
        "session_count": 2,
        "rhythm": "2 séances courtes dans la même semaine",
        "participant_profiles": (
            "Grands débutants n'ayant jamais ou presque jamais utilisé un ordinateur."
        ),
        "group_size": "4 à 6 personnes",
        "material_needed": (
            "Un ordinateur avec souris filaire par personne, tapis de souris, fiches "
            "d'exercices imprimées en gros caractères."
        ),
        "body": [
            ["heading", "Principe"],
            [
                "text",
                "<p>Les exercices sont courts, répétés et sans enjeu : on a le droit de se "
                "tromper. L'animateur vérifie la posture (main posée sur la souris, poignet "
                "détendu) avant toute chose.</p>",
            ],
            ["image", "Position de la main sur la souris : index sur le bouton gauche"],
            ["heading", "Progression des exercices"],
            [
                "text",
                "<ol><li><strong>Déplacer</strong> le pointeur pour suivre un chemin à "
                "l'écran.</li>"
                "<li><strong>Cliquer</strong> sur des cibles de plus en plus petites.</li>"
                "<li><strong>Double-cliquer</strong> pour ouvrir un dossier.</li>"
                "<li><strong>Glisser-déposer</strong> des images dans des boîtes.</li>"
                "<li><strong>Clavier</strong> : écrire son prénom, utiliser Majuscule, Espace, "
                "Retour arrière et Entrée, trouver l'arobase et les accents.</li></ol>",
            ],
            [
                "file",
                {
                    "title": "Fiche d'exercices : clavier et souris",
                    "format": "odt",
                    "description": "Des exercices gradués à imprimer et à adapter.",
                    "paragraphs": [
                        "Exercice 1 : posez la main sur la souris et déplacez le pointeur "
                        "jusqu'aux quatre coins de l'écran, sans lever la souris.",
                        "Exercice 2 : cliquez une fois sur chacune des cinq étoiles affichées. "
                        "Chaque étoile disparaît quand le clic est réussi.",
                        "Exercice 3 : double-cliquez sur le dossier « Mes photos » pour "
                        "l'ouvrir, puis fermez-le avec la croix en haut à droite.",
                        "Exercice 4 : faites glisser chaque fruit dans le bon panier en "
                        "maintenant le bouton gauche enfoncé.",
                        "Exercice 5 : écrivez « Je m'appelle » suivi de votre prénom avec une "
                        "majuscule, puis votre adresse courriel avec l'arobase (@).",
                        "Exercice 6 : effacez le dernier mot avec la touche Retour arrière "
                        "puis passez à la ligne avec la touche Entrée.",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "Les Bons Clics : premiers pas sur ordinateur",
                    "url": "https://lesbonsclics.fr/",
                    "description": "Des exercices en ligne pour s'entraîner à la maison.",
                },
            ],
        ],
        "competencies": ["CRCN-5.2"],
        "publics": ["eloignes-numerique", "seniors"],
        "themes": ["outils-quotidien"],
        "support_type": "exercice",
        "licence": "cc-by-sa-4-0",
        "tags": ["ordinateur", "atelier", "débutant"],
    },
    {
        "slug": "questionnaire-positionnement-niveau-connaissances",
        "title": "Questionnaire d'évaluation du niveau de connaissances (positionnement)",
        "summary": (
            "Un questionnaire de positionnement à faire passer avant un atelier pour "
            "connaître le niveau, les besoins et les attentes de chaque participant."
        ),
        "level": "beginner",
        "duration_minutes": 30,
        "session_count": 1,
        "rhythm": "Une séance, en entretien individuel avant l'entrée en atelier",
        "participant_profiles": (
            "Toute personne qui souhaite rejoindre un atelier ou un accompagnement, "
            "notamment avec un pass numérique."
        ),
        "group_size": "Entretien individuel",
        "material_needed": (
            "Le questionnaire imprimé, un ordinateur et un smartphone pour les mises en situation."
        ),
        "body": [
            ["heading", "À quoi sert le positionnement ?"],
            [
                "text",
                "<p>Le positionnement permet de proposer le bon atelier au bon moment, de "
                "constituer des groupes homogènes et de mesurer les progrès en fin de "
                "parcours. Il se fait dans un climat bienveillant : ce n'est pas un examen.</p>",
            ],
            ["heading", "Comment le faire passer"],
            [
                "text",
                "<ol><li>Présenter l'objectif et rassurer (« Il n'y a pas de mauvaise réponse »).</li>"
                "<li>Remplir ensemble les parties équipement et usages.</li>"
                "<li>Proposer deux mises en situation courtes : ouvrir un navigateur, envoyer "
                "un SMS.</li>"
                "<li>Noter les attentes avec les mots de la personne.</li>"
                "<li>Proposer une orientation et conserver la fiche pour le bilan final.</li></ol>",
            ],
            [
                "file",
                {
                    "title": "Questionnaire de positionnement",
                    "format": "odt",
                    "description": (
                        "Le questionnaire modifiable, aligné sur les compétences du socle "
                        "APTIC et du référentiel Pix."
                    ),
                    "paragraphs": [
                        "Partie A, équipement : ordinateur, tablette, smartphone, connexion à "
                        "domicile, forfait mobile avec données, imprimante.",
                        "Partie B, usages de base (seul / avec aide / jamais) : allumer et "
                        "éteindre, utiliser la souris ou l'écran tactile, écrire un texte, "
                        "ouvrir et fermer une application.",
                        "Partie C, internet et communication : faire une recherche, utiliser "
                        "une messagerie, envoyer une pièce jointe, faire un appel vidéo.",
                        "Partie D, démarches : comptes en ligne existants (ameli, CAF, impôts, "
                        "Pôle emploi), utilisation de FranceConnect, impression et "
                        "numérisation de documents.",
                        "Partie E, sécurité : mots de passe, reconnaissance des arnaques, mises "
                        "à jour.",
                        "Partie F, attentes et disponibilités : objectif principal, "
                        "préférence collectif ou individuel, jours et horaires possibles, "
                        "besoins particuliers (vue, audition, langue).",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "Pix : évaluer ses compétences numériques",
                    "url": "https://www.pix.fr/",
                    "description": (
                        "Pour les personnes plus autonomes, un test en ligne gratuit complète "
                        "le positionnement."
                    ),
                },
            ],
        ],
        "competencies": ["CRCN-5.2", "CRCN-1.1", "CRCN-2.1"],
        "publics": ["tous-publics", "mediateurs-numeriques"],
        "themes": ["outils-quotidien"],
        "support_type": "outil-evaluation",
        "licence": "cc-by-sa-4-0",
        "tags": ["diagnostic", "aptic", "évaluation"],
    },
    {
        "slug": "cycle-quatre-ateliers-seniors",
        "title": "Déroulé d'un cycle de 4 ateliers seniors",
        "summary": (
            "Un cycle clé en main de quatre ateliers pour accompagner des seniors de la "
            "découverte de la tablette jusqu'aux premières démarches en ligne."
        ),
        "level": "beginner",
        "duration_minutes": 120,
        "session_count": 4,
        "rhythm": "4 séances hebdomadaires",
        "participant_profiles": (
            "Personnes de plus de 60 ans, débutantes, vivant à domicile, souvent isolées, "
            "en milieu rural comme urbain."
        ),
        "group_size": "6 à 8 personnes",
        "material_needed": (
            "Une tablette par personne (prêt possible), connexion wifi ou routeur 4G, "
            "vidéoprojecteur, goûter pour la pause."
        ),
        "body": [
            ["heading", "Principes du cycle"],
            [
                "text",
                "<p>Un même groupe, un même animateur, un même lieu pendant quatre semaines : "
                "la régularité crée la confiance. Chaque séance commence par un café et un "
                "retour sur la semaine, et se termine par un « défi maison » simple.</p>",
            ],
            ["heading", "Les quatre ateliers"],
            [
                "text",
                "<ol><li><strong>Atelier 1, apprivoiser la tablette</strong> : allumer, "
                "gestes, écran d'accueil, régler la luminosité et la taille du texte.</li>"
                "<li><strong>Atelier 2, internet</strong> : ouvrir le navigateur, faire une "
                "recherche, consulter la météo et les horaires de bus, ajouter un favori.</li>"
                "<li><strong>Atelier 3, garder le contact</strong> : courriel, photos, appel "
                "vidéo avec un proche.</li>"
                "<li><strong>Atelier 4, en sécurité</strong> : mots de passe, arnaques, "
                "découverte d'un site de démarches (retraite, ameli), remise d'une attestation "
                "de participation.</li></ol>",
            ],
            ["image", "Un groupe de seniors autour d'une table pendant un atelier tablette"],
            [
                "file",
                {
                    "title": "Déroulé détaillé du cycle seniors",
                    "format": "pdf",
                    "description": "Le déroulé minute par minute des quatre séances.",
                    "paragraphs": [
                        "Chaque séance dure 2 heures : 15 minutes d'accueil, 40 minutes de "
                        "découverte, 15 minutes de pause conviviale, 40 minutes de pratique, "
                        "10 minutes de bilan et de défi maison.",
                        "Séance 1 : jeu de présentation, découverte physique de la tablette, "
                        "exercices de gestes, réglages d'accessibilité. Défi maison : "
                        "allumer et éteindre la tablette seul chaque jour.",
                        "Séance 2 : notion de navigateur et de moteur de recherche, recherche "
                        "guidée sur un centre d'intérêt de chacun. Défi maison : chercher une "
                        "recette.",
                        "Séance 3 : créer ou retrouver son adresse courriel, prendre et "
                        "envoyer une photo, appel vidéo avec l'animateur. Défi maison : "
                        "envoyer une photo à un proche.",
                        "Séance 4 : quiz sur les arnaques, découverte de son espace retraite "
                        "ou ameli, bilan individuel et orientation vers la suite (atelier "
                        "thématique, accompagnement individuel).",
                    ],
                },
            ],
            [
                "text",
                "<p><strong>Points de vigilance</strong> : adapter le rythme au plus lent, "
                "écrire les consignes en gros caractères, prévoir des aides auditives et un "
                "lieu accessible. Ce cycle peut être financé par des pass numériques dans les "
                "lieux qualifiés APTIC.</p>",
            ],
        ],
        "competencies": ["CRCN-5.2", "CRCN-2.1", "CRCN-4.1"],
        "publics": ["seniors", "eloignes-numerique"],
        "themes": ["outils-quotidien"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["seniors", "atelier", "pass numérique"],
    },
    {
        "slug": "naviguer-internet-recherche",
        "title": "Naviguer sur internet et faire une recherche efficace",
        "summary": (
            "Une fiche pratique pour comprendre le navigateur, le moteur de recherche et "
            "trouver une information fiable rapidement."
        ),
        "level": "beginner",
        "duration_minutes": 90,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Débutants maîtrisant la souris et le clavier, qui confondent souvent navigateur, "
            "moteur de recherche et site."
        ),
        "group_size": "6 à 8 personnes",
        "material_needed": ("Un ordinateur par personne, connexion internet, vidéoprojecteur."),
        "body": [
            ["heading", "Les notions clés"],
            [
                "text",
                "<ul><li><strong>Le navigateur</strong> est le logiciel qui permet d'aller "
                "sur internet (Firefox, Chrome, Edge, Safari).</li>"
                "<li><strong>Le moteur de recherche</strong> est un site qui trouve d'autres "
                "sites à partir de mots-clés (Qwant, Google, Bing…).</li>"
                "<li><strong>L'adresse</strong> d'un site s'écrit dans la barre du haut ; "
                "les sites officiels de l'État se terminent souvent par .gouv.fr.</li></ul>",
            ],
            ["heading", "Exercices"],
            [
                "text",
                "<ol><li>Ouvrir le navigateur, saisir directement l'adresse d'un site connu.</li>"
                "<li>Chercher les horaires de la médiathèque de sa commune avec deux ou "
                "trois mots-clés.</li>"
                "<li>Repérer les liens sponsorisés (annonces) en haut des résultats.</li>"
                "<li>Ouvrir un résultat dans un nouvel onglet, revenir en arrière.</li>"
                "<li>Ajouter un site à ses favoris.</li></ol>",
            ],
            [
                "text",
                "<p><strong>Point de vigilance</strong> : pour les démarches administratives, "
                "les premiers résultats sont parfois des sites payants qui imitent les sites "
                "officiels. Montrez comment les reconnaître.</p>",
            ],
            [
                "link",
                {
                    "title": "Pix : tester ses compétences en recherche d'information",
                    "url": "https://www.pix.fr/",
                    "description": "Des épreuves en ligne sur la recherche et la veille d'information.",
                },
            ],
        ],
        "competencies": ["CRCN-1.1", "CRCN-5.2"],
        "publics": ["eloignes-numerique", "tous-publics"],
        "themes": ["outils-quotidien", "comprendre-numerique"],
        "support_type": "fiche-pratique",
        "licence": "cc-by-sa-4-0",
        "tags": ["internet", "atelier", "débutant"],
    },
    {
        "slug": "numeriser-justificatifs-smartphone",
        "title": "Numériser ses justificatifs avec son smartphone",
        "summary": (
            "Un atelier pratique pour photographier ou scanner un document avec son "
            "smartphone, le convertir en PDF et l'envoyer pour une démarche."
        ),
        "level": "beginner",
        "duration_minutes": 90,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Personnes devant transmettre des justificatifs en ligne sans disposer de "
            "scanner à domicile."
        ),
        "group_size": "4 à 8 personnes",
        "material_needed": (
            "Smartphones des participants, documents d'exemple (factices), bonne lumière, "
            "connexion wifi."
        ),
        "body": [
            ["heading", "Objectifs"],
            [
                "text",
                "<p>Obtenir un document lisible, droit et léger, au bon format (PDF ou JPG), "
                "le retrouver dans son téléphone et le joindre à un formulaire en ligne ou à "
                "un courriel.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>15 min</strong> : pourquoi les photos floues ou de travers "
                "sont refusées par les administrations.</li>"
                "<li><strong>25 min</strong> : utiliser la fonction scanner intégrée "
                "(application Fichiers, Notes ou Google Drive) : cadrage automatique, "
                "plusieurs pages dans un seul PDF.</li>"
                "<li><strong>20 min</strong> : renommer le fichier et le ranger dans un "
                "dossier.</li>"
                "<li><strong>20 min</strong> : l'envoyer en pièce jointe ou le déposer sur un "
                "site.</li>"
                "<li><strong>10 min</strong> : supprimer les copies inutiles de documents "
                "sensibles.</li></ol>",
            ],
            ["image", "Un smartphone cadre automatiquement une feuille posée sur une table"],
            [
                "text",
                "<p><strong>Consigne de sécurité</strong> : ne numérisez que des documents "
                "factices pendant l'atelier collectif ; les vrais documents se traitent en "
                "accompagnement individuel.</p>",
            ],
        ],
        "competencies": ["CRCN-1.2", "CRCN-3.2"],
        "publics": ["tous-publics", "eloignes-numerique"],
        "themes": ["demarches-administratives", "outils-quotidien"],
        "support_type": "fiche-pratique",
        "licence": "cc-by-sa-4-0",
        "tags": ["smartphone", "administration en ligne", "atelier"],
    },
    {
        "slug": "evaluer-competences-pix",
        "title": "Évaluer ses compétences numériques avec Pix",
        "summary": (
            "Un atelier pour découvrir Pix, passer ses premiers tests et comprendre son "
            "profil de compétences numériques."
        ),
        "level": "intermediate",
        "duration_minutes": 120,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Demandeurs d'emploi, jeunes en insertion et adultes autonomes souhaitant "
            "valoriser leurs compétences numériques."
        ),
        "group_size": "8 à 10 personnes",
        "material_needed": (
            "Un ordinateur par personne, casque audio, connexion internet, adresse courriel "
            "des participants."
        ),
        "body": [
            ["heading", "Pourquoi Pix ?"],
            [
                "text",
                "<p>Pix est le service public en ligne d'évaluation et de certification des "
                "compétences numériques. Il s'appuie sur le cadre de référence des compétences "
                "numériques (CRCN) : 16 compétences réparties en 5 domaines. La certification "
                "peut être valorisée sur un CV.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>15 min</strong> : présentation des cinq domaines du CRCN.</li>"
                "<li><strong>15 min</strong> : création du compte Pix.</li>"
                "<li><strong>60 min</strong> : tests sur deux compétences au choix, avec "
                "l'aide de l'animateur sur la méthode (pas sur les réponses).</li>"
                "<li><strong>20 min</strong> : lecture du profil, repérage des points forts "
                "et des axes de progrès.</li>"
                "<li><strong>10 min</strong> : plan de progression et ateliers conseillés.</li>"
                "</ol>",
            ],
            [
                "link",
                {
                    "title": "Pix",
                    "url": "https://www.pix.fr/",
                    "description": "Évaluer, développer et certifier ses compétences numériques.",
                },
            ],
            [
                "file",
                {
                    "title": "Fiche de suivi de progression Pix",
                    "format": "docx",
                    "description": "Une fiche pour noter ses résultats et ses objectifs.",
                    "paragraphs": [
                        "Date du premier test et compétences évaluées.",
                        "Niveau atteint dans chaque domaine : informations et données ; "
                        "communication et collaboration ; création de contenus ; protection "
                        "et sécurité ; environnement numérique.",
                        "Mes points forts, en une phrase chacun.",
                        "Les deux compétences que je veux faire progresser et l'atelier "
                        "correspondant.",
                        "Date envisagée pour la certification et centre de certification "
                        "le plus proche.",
                    ],
                },
            ],
        ],
        "competencies": ["CRCN-5.2", "CRCN-1.1"],
        "publics": ["demandeurs-emploi", "jeunes"],
        "themes": ["insertion-professionnelle"],
        "support_type": "outil-evaluation",
        "licence": "cc-by-sa-4-0",
        "tags": ["évaluation", "emploi", "atelier"],
    },
    {
        "slug": "classer-sauvegarder-photos",
        "title": "Classer et sauvegarder ses photos",
        "summary": (
            "Un atelier en deux séances pour transférer, trier, ranger et sauvegarder ses "
            "photos entre smartphone, ordinateur et stockage en ligne."
        ),
        "level": "intermediate",
        "duration_minutes": 120,
        "session_count": 2,
        "rhythm": "2 séances hebdomadaires",
        "participant_profiles": (
            "Adultes et seniors dont le téléphone est saturé de photos ou qui craignent de "
            "les perdre."
        ),
        "group_size": "6 à 8 personnes",
        "material_needed": (
            "Smartphones des participants, câbles USB, ordinateurs, une clé USB ou un disque "
            "dur externe par personne si possible."
        ),
        "body": [
            ["heading", "Objectifs"],
            [
                "text",
                "<p>Libérer de la place sur son téléphone sans rien perdre, organiser ses "
                "photos par dossiers datés et appliquer la règle des trois copies : le "
                "téléphone, un support physique et un stockage en ligne.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<p><strong>Séance 1</strong> : transférer les photos du smartphone vers "
                "l'ordinateur par câble, créer des dossiers « Année – Événement », supprimer "
                "les doublons et les photos ratées.</p>"
                "<p><strong>Séance 2</strong> : copier les dossiers sur une clé ou un disque "
                "externe, activer la sauvegarde automatique en ligne, partager un album avec "
                "sa famille.</p>",
            ],
            [
                "file",
                {
                    "title": "Mémo : la règle des trois copies",
                    "format": "pdf",
                    "description": "Un mémo illustré pour ne plus perdre ses souvenirs.",
                    "paragraphs": [
                        "Copie 1 : les photos restent sur le téléphone ou l'ordinateur où "
                        "vous les consultez.",
                        "Copie 2 : une sauvegarde sur un support physique (clé USB, disque "
                        "dur externe), rangé à l'abri.",
                        "Copie 3 : une sauvegarde en ligne, activée automatiquement, protégée "
                        "par un mot de passe solide.",
                        "Une fois par trimestre : vérifiez que les sauvegardes fonctionnent en "
                        "ouvrant quelques photos récentes.",
                    ],
                },
            ],
            ["image", "Arborescence de dossiers de photos classées par année et par événement"],
        ],
        "competencies": ["CRCN-1.2", "CRCN-3.2"],
        "publics": ["seniors", "tous-publics"],
        "themes": ["outils-quotidien", "loisirs-creations"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["smartphone", "atelier", "seniors"],
    },
    {
        "slug": "confidentialite-reseaux-sociaux",
        "title": "Protéger sa vie privée sur les réseaux sociaux",
        "summary": (
            "Un atelier pour régler les paramètres de confidentialité, maîtriser ce que l'on "
            "publie et réagir au cyberharcèlement."
        ),
        "level": "intermediate",
        "duration_minutes": 120,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Jeunes de 15 à 25 ans et adultes utilisant au moins un réseau social."
        ),
        "group_size": "8 à 12 personnes",
        "material_needed": (
            "Smartphones des participants, vidéoprojecteur, connexion internet, cartes "
            "« publication » pour le jeu de positionnement."
        ),
        "body": [
            ["heading", "Objectifs"],
            [
                "text",
                "<ul><li>Comprendre qui peut voir ce que l'on publie.</li>"
                "<li>Régler la visibilité de son profil, de ses publications et de sa "
                "localisation.</li>"
                "<li>Savoir bloquer, signaler et conserver des preuves en cas de harcèlement.</li>"
                "</ul>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>20 min</strong> : jeu « public ou privé ? » : les "
                "participants classent des publications selon qui devrait pouvoir les voir.</li>"
                "<li><strong>45 min</strong> : chacun vérifie les paramètres de confidentialité "
                "de son compte avec l'aide d'une fiche par réseau.</li>"
                "<li><strong>25 min</strong> : taper son nom dans un moteur de recherche : "
                "que trouve-t-on ?</li>"
                "<li><strong>30 min</strong> : cyberharcèlement : bloquer, signaler, faire une "
                "capture d'écran, en parler, appeler le 3018.</li></ol>",
            ],
            [
                "file",
                {
                    "title": "Check-list confidentialité de mes comptes",
                    "format": "pdf",
                    "description": "Les réglages à vérifier sur chaque réseau social.",
                    "paragraphs": [
                        "Mon profil est-il public ou réservé à mes contacts ?",
                        "Qui peut m'envoyer des messages, me mentionner, m'ajouter à un groupe ?",
                        "La localisation de mes publications est-elle désactivée ?",
                        "Les applications tierces connectées à mon compte sont-elles encore "
                        "utiles ?",
                        "La double authentification est-elle activée ?",
                        "En cas de harcèlement : je fais des captures d'écran, je bloque, je "
                        "signale et j'appelle le 3018.",
                    ],
                },
            ],
            [
                "link",
                {
                    "title": "Cybermalveillance.gouv.fr : sécuriser ses réseaux sociaux",
                    "url": "https://www.cybermalveillance.gouv.fr/",
                    "description": "Conseils pour sécuriser ses comptes de réseaux sociaux.",
                },
            ],
        ],
        "competencies": ["CRCN-4.2", "CRCN-2.2"],
        "publics": ["jeunes", "tous-publics"],
        "themes": ["numerique-securise"],
        "support_type": "deroule-atelier",
        "licence": "cc-by-sa-4-0",
        "tags": ["réseaux sociaux", "sécurité", "données personnelles"],
    },
    {
        "slug": "acheter-en-ligne-securite",
        "title": "Acheter en ligne en toute sécurité",
        "summary": (
            "Une fiche pratique pour reconnaître un site marchand fiable, payer en sécurité "
            "et connaître ses droits en cas de problème."
        ),
        "level": "intermediate",
        "duration_minutes": 90,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Adultes et seniors qui souhaitent faire leurs premiers achats en ligne ou qui "
            "ont déjà été victimes d'une arnaque."
        ),
        "group_size": "6 à 10 personnes",
        "material_needed": (
            "Un ordinateur par binôme, vidéoprojecteur, connexion internet, captures "
            "d'écran de sites marchands fictifs."
        ),
        "body": [
            ["heading", "Les réflexes avant d'acheter"],
            [
                "text",
                "<ul><li>Vérifier l'adresse du site et la présence du cadenas, sans s'y fier "
                "aveuglément.</li>"
                "<li>Lire les mentions légales, les conditions générales de vente et les avis "
                "sur d'autres sites.</li>"
                "<li>Se méfier des prix trop bas et des comptes à rebours.</li>"
                "<li>Privilégier le paiement par carte avec validation sur l'application de "
                "sa banque.</li></ul>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>20 min</strong> : repérer les indices de fiabilité sur trois "
                "sites fictifs.</li>"
                "<li><strong>30 min</strong> : parcours d'achat simulé jusqu'à la page de "
                "paiement, sans payer.</li>"
                "<li><strong>20 min</strong> : droits du consommateur : délai de rétractation "
                "de 14 jours, garantie légale.</li>"
                "<li><strong>20 min</strong> : que faire en cas de fraude : opposition, "
                "contestation auprès de la banque, signalement.</li></ol>",
            ],
            [
                "link",
                {
                    "title": "Cybermalveillance.gouv.fr : les arnaques aux achats en ligne",
                    "url": "https://www.cybermalveillance.gouv.fr/",
                    "description": "Reconnaître les faux sites marchands et obtenir de l'aide.",
                },
            ],
            [
                "text",
                "<p><strong>Point de vigilance</strong> : ne jamais saisir de vraies "
                "coordonnées bancaires pendant l'atelier.</p>",
            ],
        ],
        "competencies": ["CRCN-4.1", "CRCN-4.2"],
        "publics": ["tous-publics", "seniors"],
        "themes": ["numerique-securise", "outils-quotidien"],
        "support_type": "fiche-pratique",
        "licence": "cc-by-sa-4-0",
        "tags": ["sécurité", "arnaque", "internet"],
    },
    {
        "slug": "questionnaire-evaluation-fin-atelier",
        "title": "Questionnaire d'évaluation de fin d'atelier",
        "summary": (
            "Un questionnaire court pour recueillir l'avis des participants et mesurer les "
            "acquis à la fin d'un atelier ou d'un cycle."
        ),
        "level": "beginner",
        "duration_minutes": 30,
        "session_count": 1,
        "rhythm": "À la dernière séance d'un atelier ou d'un cycle",
        "participant_profiles": "Tous les participants à un atelier de médiation numérique.",
        "group_size": "Tout le groupe",
        "material_needed": (
            "Questionnaires imprimés en gros caractères, stylos, gommettes de couleur pour "
            "la version visuelle."
        ),
        "body": [
            ["heading", "Pourquoi évaluer ?"],
            [
                "text",
                "<p>L'évaluation de fin d'atelier permet d'améliorer les contenus, de rendre "
                "compte aux financeurs (notamment dans le cadre des pass numériques) et surtout "
                "de montrer aux participants le chemin parcouru depuis le positionnement.</p>",
            ],
            ["heading", "Consignes de passation"],
            [
                "text",
                "<ul><li>Prévoir 15 à 30 minutes, sans précipitation.</li>"
                "<li>Lire les questions à voix haute pour les personnes qui en ont besoin.</li>"
                "<li>Proposer une version visuelle avec gommettes (vert, orange, rouge) pour "
                "les personnes qui ne lisent pas le français.</li>"
                "<li>Rapprocher les réponses du questionnaire de positionnement initial.</li></ul>",
            ],
            [
                "file",
                {
                    "title": "Questionnaire de fin d'atelier",
                    "format": "docx",
                    "description": "Le questionnaire modifiable, à adapter à chaque thème d'atelier.",
                    "paragraphs": [
                        "Question 1 : l'atelier a-t-il répondu à vos attentes ? (tout à fait, "
                        "en partie, pas du tout)",
                        "Question 2 : pour chaque objectif de l'atelier, pouvez-vous "
                        "maintenant le faire seul, avec de l'aide, ou pas encore ?",
                        "Question 3 : le rythme et la durée des séances vous ont-ils convenu ?",
                        "Question 4 : qu'avez-vous fait chez vous grâce à l'atelier ?",
                        "Question 5 : sur quel sujet aimeriez-vous continuer ?",
                        "Question 6 : recommanderiez-vous cet atelier à un proche ? "
                        "Commentaire libre.",
                    ],
                },
            ],
        ],
        "competencies": ["CRCN-5.2"],
        "publics": ["tous-publics", "mediateurs-numeriques"],
        "themes": ["outils-quotidien"],
        "support_type": "questionnaire",
        "licence": "cc-by-sa-4-0",
        "tags": ["évaluation", "atelier", "aptic"],
    },
    {
        "slug": "mon-espace-sante",
        "title": "Découvrir Mon espace santé",
        "summary": (
            "Un atelier pour activer Mon espace santé, y retrouver ses documents médicaux et "
            "paramétrer qui peut y accéder."
        ),
        "level": "intermediate",
        "duration_minutes": 90,
        "session_count": 1,
        "rhythm": "Une séance",
        "participant_profiles": (
            "Assurés de l'Assurance Maladie, notamment seniors et personnes atteintes de "
            "maladies chroniques."
        ),
        "group_size": "4 à 6 personnes",
        "material_needed": (
            "Un ordinateur ou smartphone par personne, carte Vitale, code d'activation reçu "
            "par courrier ou courriel si disponible."
        ),
        "body": [
            ["heading", "Ce qu'est Mon espace santé"],
            [
                "text",
                "<p>Mon espace santé est le carnet de santé numérique proposé par l'Assurance "
                "Maladie. Il contient le dossier médical partagé, une messagerie sécurisée avec "
                "les professionnels de santé et un agenda. La personne décide qui peut "
                "consulter ses documents.</p>",
            ],
            ["heading", "Déroulé"],
            [
                "text",
                "<ol><li><strong>15 min</strong> : à quoi sert un dossier médical partagé ? "
                "Questions et craintes des participants.</li>"
                "<li><strong>25 min</strong> : activation du compte et choix du mot de passe.</li>"
                "<li><strong>25 min</strong> : visite guidée : documents, profil médical, "
                "messagerie.</li>"
                "<li><strong>15 min</strong> : paramètres de confidentialité : masquer un "
                "document, bloquer l'accès d'un professionnel, historique des accès.</li>"
                "<li><strong>10 min</strong> : installer l'application mobile.</li></ol>",
            ],
            [
                "text",
                "<p><strong>Point de vigilance</strong> : les données de santé sont "
                "particulièrement sensibles ; l'animateur ne consulte jamais les documents "
                "d'un participant et travaille de préférence avec un compte de "
                "démonstration projeté.</p>",
            ],
            [
                "link",
                {
                    "title": "ameli.fr : Mon espace santé",
                    "url": "https://www.ameli.fr/",
                    "description": "Présentation officielle de Mon espace santé par l'Assurance Maladie.",
                },
            ],
        ],
        "competencies": ["CRCN-4.2", "CRCN-2.4"],
        "publics": ["seniors", "tous-publics"],
        "themes": ["demarches-administratives", "numerique-securise"],
        "support_type": "fiche-pratique",
        "licence": "etalab-2-0",
        "tags": ["santé", "accès aux droits", "données personnelles"],
    },
]
