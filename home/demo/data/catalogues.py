"""Training catalogues of the hub (section 4 of the activity report).

Two catalogues were designed within RhinOcc, through Coll.in, for professionals
already in post: one for the social sector (13 modules), one for digital and
social professionals (17 modules, some specific to jobseekers, seniors and
young people). Each module carries the information Qualiopi indicator 1 asks
an organisme de formation to publish: objectives, prerequisites, public,
duration, methods, assessment, accessibility, price, access terms, contacts.
"""

TRAINERS = [
    {
        "name": "Claire Bousquet",
        "organisation": "Coll.in",
        "bio": (
            "Assistante de service social pendant dix ans en polyvalence de secteur, Claire "
            "coordonne aujourd'hui l'offre de formation de Coll.in. Elle accompagne les "
            "équipes sociales dans l'intégration du numérique à leurs pratiques, en partant "
            "toujours des situations vécues sur le terrain. Elle est aussi la référente "
            "handicap des formations."
        ),
    },
    {
        "name": "Mehdi Ouali",
        "organisation": "Combustible-Numérique",
        "bio": (
            "Médiateur numérique depuis 2014, Mehdi anime des ateliers tous publics et des "
            "permanences d'aide aux démarches en ligne. Il intervient sur la sécurité, la "
            "protection des données et les outils libres. Sa pédagogie privilégie la "
            "manipulation et l'expérimentation plutôt que la démonstration."
        ),
    },
    {
        "name": "Sophie Lafforgue",
        "organisation": "Nouvelle Maison des Chômeurs",
        "bio": (
            "Conseillère en insertion professionnelle, Sophie accompagne des demandeurs et "
            "demandeuses d'emploi dont beaucoup découvrent le numérique à l'occasion de leur "
            "inscription. Elle forme les professionnels à l'articulation entre démarches en "
            "ligne, recherche d'emploi et accès aux droits."
        ),
    },
    {
        "name": "Laurent Daguzan",
        "organisation": "FIGO des centres sociaux",
        "bio": (
            "Chargé de développement social local à la Fédération Interdépartementale Garonne "
            "Occitanie des centres sociaux, Laurent anime des réseaux d'acteurs en Haute-Garonne "
            "et dans le Gers. Il forme à la coopération territoriale, au diagnostic partagé et "
            "à la posture d'accueil en centre social."
        ),
    },
    {
        "name": "Amandine Roques",
        "organisation": "MJC de Lézignan-Corbières",
        "bio": (
            "Animatrice multimédia à la MJC de Lézignan-Corbières, Amandine conçoit des ateliers "
            "pour les jeunes comme pour les seniors des villages de l'Aude. Elle a accompagné "
            "plusieurs structures audoises dans leur qualification APTIC et l'usage des pass "
            "numériques."
        ),
    },
    {
        "name": "Vincent Castéra",
        "organisation": "La Compagnie du Code",
        "bio": (
            "Facilitateur en informatique créative à La Compagnie du Code, Vincent anime des "
            "stages de programmation, de robotique et de fabrication numérique avec des jeunes "
            "et des adultes. Il forme les éducateurs et les médiateurs à une approche active, "
            "critique et responsable du numérique."
        ),
    },
]

_CONTACT = "formation@collin-occitanie.fr — 05 61 00 00 00"
_ACCESSIBILITY_CONTACT = "handicap@collin-occitanie.fr"
_ACCESSIBILITY_IN_PERSON = (
    "Formation accessible aux personnes en situation de handicap : salles de plain-pied ou "
    "desservies par ascenseur, supports disponibles en version numérique adaptable. Contactez "
    "notre référente handicap pour étudier les adaptations nécessaires (rythme, supports, "
    "aide humaine)."
)
_ACCESSIBILITY_REMOTE = (
    "Formation à distance accessible aux personnes en situation de handicap : outil de "
    "visioconférence compatible avec les lecteurs d'écran, sous-titrage automatique activé, "
    "supports envoyés à l'avance. Contactez notre référente handicap pour toute adaptation."
)
_ACCESSIBILITY_BLENDED = (
    "Formation accessible aux personnes en situation de handicap, en présentiel comme à "
    "distance. Contactez notre référente handicap en amont de l'inscription pour étudier "
    "ensemble les adaptations nécessaires."
)

# Catalogue 1: "Intégrer l'utilisation d'outils numériques dans l'accompagnement social",
# for social-sector professionals.
_SOCIAL_MODULES = [
    {
        "slug": "enjeux-inclusion-numerique-dematerialisation",
        "title": "Comprendre les enjeux de l'inclusion numérique et de la dématérialisation",
        "summary": (
            "Situer la dématérialisation des services publics et ses effets sur les personnes "
            "accompagnées pour mieux l'intégrer à sa pratique de travail social."
        ),
        "objectives": [
            "Définir les notions d'inclusion numérique, de médiation numérique et d'illectronisme",
            "Identifier les effets de la dématérialisation sur l'accès aux droits des "
            "personnes accompagnées",
            "Situer le rôle du travailleur social face aux démarches en ligne",
            "Repérer les principaux dispositifs nationaux et régionaux d'inclusion numérique",
        ],
        "program": [
            "Les chiffres clés de l'éloignement numérique : ce que disent l'Insee, le "
            "baromètre du numérique et le Défenseur des droits",
            "La dématérialisation des services publics : calendrier, obligations des "
            "administrations et maintien d'alternatives non numériques",
            "Les freins à l'usage : équipement, connexion, compétences, confiance, langue",
            "Travail social et numérique : déplacement des tâches, risques de substitution, "
            "nouvelles opportunités",
            "Panorama des acteurs : France Services, conseillers numériques, APTIC, Aidants "
            "Connect, RhinOcc et Coll.in",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Travailleurs sociaux, conseillers en économie sociale et familiale, agents "
            "d'accueil de CCAS et d'espaces France Services"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Apports théoriques illustrés (méthode expositive)",
            "Photolangage sur les représentations du numérique",
            "Échanges de pratiques en sous-groupes",
        ],
        "assessment_methods": [
            "Quiz de positionnement en début de journée",
            "Quiz d'évaluation des acquis en fin de formation",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la session ; confirmation écrite "
            "sous 48 heures ; entretien préalable pour les besoins spécifiques."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Claire Bousquet", "Laurent Daguzan"],
        "competencies": ["CRCN-2.4", "CRCN-5.2"],
        "publics": ["travailleurs-sociaux", "eloignes-numerique"],
        "themes": ["comprendre-numerique", "demarches-administratives"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["accès aux droits", "dématérialisation", "travail social"],
        "supports": [
            {
                "title": "Fiche repère : les mots et les chiffres de l'inclusion numérique",
                "format": "pdf",
                "description": (
                    "Un glossaire commenté et quelques ordres de grandeur pour parler de "
                    "l'éloignement numérique avec justesse."
                ),
                "paragraphs": [
                    "L'illectronisme désigne la difficulté, voire l'incapacité, à utiliser "
                    "les appareils numériques et internet faute de compétences ou "
                    "d'équipement. Selon l'Insee, il concerne près d'une personne sur six en "
                    "France, avec une surreprésentation des plus de 75 ans, des personnes peu "
                    "diplômées et des ménages modestes.",
                    "L'inclusion numérique vise à rendre le numérique accessible à chaque "
                    "personne et à lui transmettre les compétences qui en feront un levier "
                    "d'insertion sociale et économique. La médiation numérique en est le "
                    "moyen : un accompagnement humain, individuel ou collectif, vers "
                    "l'autonomie dans les usages.",
                    "La fracture numérique n'est pas seulement une affaire d'équipement. Les "
                    "recherches distinguent l'accès (matériel, connexion), les compétences "
                    "(savoir faire) et les usages (savoir en tirer un bénéfice). Une personne "
                    "équipée d'un smartphone récent peut rester en grande difficulté face à "
                    "un formulaire administratif.",
                    "La dématérialisation ne supprime pas l'obligation, pour les "
                    "administrations, de garantir l'accès de tous au service public. Le "
                    "Défenseur des droits recommande de maintenir plusieurs modes d'accès "
                    "(guichet, téléphone, courrier) : le travailleur social peut s'appuyer "
                    "sur ces recommandations lorsqu'une démarche n'est possible qu'en ligne.",
                    "Accompagner une démarche en ligne n'est pas la faire à la place de la "
                    "personne. Nommer cette différence, et l'expliquer à la personne comme "
                    "à sa hiérarchie, est la première étape d'une pratique professionnelle "
                    "qui intègre le numérique sans s'y dissoudre.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 18,
                "days": 1,
                "location": "Toulouse — Centre social Empalot",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 96,
                "days": 1,
                "location": "Auch — Centre social du Garros",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "diagnostic-besoins-numeriques-publics",
        "title": "Repérer et diagnostiquer les besoins et difficultés numériques des publics",
        "summary": (
            "Mener un premier diagnostic des compétences, de l'équipement et des freins "
            "numériques d'une personne au cours d'un entretien social."
        ),
        "objectives": [
            "Identifier les signaux d'une difficulté numérique lors d'un accueil ou d'un "
            "entretien",
            "Savoir conduire un court diagnostic numérique sans mettre la personne en échec",
            "Distinguer ce qui relève de l'équipement, des compétences et de la confiance",
            "Formuler une orientation adaptée à partir du diagnostic",
        ],
        "program": [
            "Les formes de la difficulté numérique : non-équipement, non-usage, usage "
            "empêché, usage contraint",
            "Repérer sans stigmatiser : formulations, questions ouvertes, observation "
            "bienveillante",
            "Présentation et prise en main d'outils de diagnostic : grille de repérage "
            "Coll.in, Les Bons Clics, Pix",
            "Mises en situation d'entretien en binômes à partir de cas réels",
            "Du diagnostic au plan d'accompagnement : faire seul, faire avec, faire pour, "
            "orienter",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Travailleurs sociaux, conseillers en insertion, agents d'accueil en contact "
            "avec des publics en difficulté"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Jeux de rôle et mises en situation d'entretien",
            "Manipulation d'outils de diagnostic en ligne",
            "Analyse collective de cas apportés par les participants",
        ],
        "assessment_methods": [
            "Quiz de positionnement en début de formation",
            "Mise en situation d'entretien observée par le formateur",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la session ; les participants sont "
            "invités à apporter une situation rencontrée (anonymisée)."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Claire Bousquet", "Mehdi Ouali"],
        "competencies": ["CRCN-5.2", "CRCN-2.4"],
        "publics": ["travailleurs-sociaux", "eloignes-numerique"],
        "themes": ["outils-quotidien", "comprendre-numerique"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["diagnostic", "orientation", "travail social"],
        "supports": [
            {
                "title": "Grille de repérage des besoins numériques",
                "format": "odt",
                "description": (
                    "Une grille modifiable à utiliser en entretien pour situer rapidement "
                    "l'équipement, les usages et les besoins d'une personne."
                ),
                "paragraphs": [
                    "Équipement et connexion : la personne dispose-t-elle d'un smartphone, "
                    "d'un ordinateur, d'une tablette ? D'une connexion à domicile ou "
                    "seulement d'un forfait mobile limité ? A-t-elle une adresse "
                    "électronique qu'elle consulte, et en connaît-elle le mot de passe ?",
                    "Usages actuels : que fait-elle déjà avec son téléphone ? Appels vidéo "
                    "avec la famille, messagerie, photos, réseaux sociaux… Partir de ces "
                    "usages valorise des compétences souvent ignorées par la personne "
                    "elle-même et donne des points d'appui à l'accompagnement.",
                    "Démarches en cours : quelles démarches administratives doivent être "
                    "réalisées, avec quelle échéance ? Y a-t-il un risque de rupture de "
                    "droits ? L'urgence conditionne la réponse : faire avec la personne "
                    "aujourd'hui, et proposer un apprentissage ensuite.",
                    "Confiance et envie : la personne souhaite-t-elle devenir autonome, ou "
                    "préfère-t-elle être aidée ? Exprime-t-elle des craintes (arnaques, "
                    "erreur irréversible, surveillance) ? Le refus du numérique est une "
                    "position à respecter et à prendre en compte dans l'orientation.",
                    "Orientation : selon les réponses, proposer un accompagnement ponctuel, "
                    "un parcours d'ateliers dans un lieu de médiation numérique, un pass "
                    "numérique APTIC ou un mandat Aidants Connect. Noter le nom du lieu et "
                    "le contact remis à la personne pour assurer le suivi.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 25,
                "days": 1,
                "location": "Tarbes — Maison de quartier Laubadère",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 74,
                "days": 1,
                "location": "Carcassonne — Maison des solidarités",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 151,
                "days": 1,
                "location": "Toulouse — Centre social Bagatelle",
                "online": False,
                "seats": 14,
            },
        ],
    },
    {
        "slug": "acces-aux-droits-demarches-en-ligne",
        "title": "Accompagner l'accès aux droits et les démarches en ligne",
        "summary": (
            "Maîtriser les principaux portails administratifs (CAF, Ameli, impots.gouv, ANTS, "
            "France Travail) pour accompagner les démarches sans se substituer à la personne."
        ),
        "objectives": [
            "Naviguer avec aisance dans les espaces personnels des principaux organismes",
            "Identifier les étapes et les points de blocage récurrents de chaque démarche",
            "Savoir accompagner une démarche en laissant la main à la personne",
            "Sécuriser les justificatifs numériques et leur transmission",
        ],
        "program": [
            "Jour 1 — Créer et récupérer ses identifiants : adresse électronique, numéro "
            "fiscal, numéro allocataire, numéro de sécurité sociale",
            "Jour 1 — Ateliers pratiques sur comptes de démonstration : caf.fr, ameli.fr, "
            "impots.gouv.fr",
            "Jour 2 — Titres et démarches de l'ANTS, espace France Travail, simulateur "
            "mes-aides.france-travail.fr",
            "Jour 2 — Scanner, nommer et envoyer un justificatif depuis un smartphone",
            "Jour 2 — Les postures d'accompagnement : montrer, guider, faire faire ; les "
            "limites de l'intervention",
        ],
        "prerequisites": (
            "Utiliser un navigateur internet et une messagerie électronique de façon courante."
        ),
        "target_audience": (
            "Travailleurs sociaux, conseillers France Services, agents d'accueil de CCAS et "
            "de mairies"
        ),
        "duration_hours": 14,
        "modality": "in_person",
        "teaching_methods": [
            "Ateliers pratiques sur ordinateur et smartphone",
            "Démonstrations sur comptes de test",
            "Études de cas en binômes",
        ],
        "assessment_methods": [
            "Quiz de positionnement sur les portails administratifs",
            "Mise en situation : accompagnement d'une démarche complète",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "650 € par stagiaire pour les deux jours ; tarif intra-structure sur devis ; "
            "prise en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 15 jours avant la session ; un quiz de "
            "positionnement est envoyé à l'inscription pour vérifier les prérequis."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Mehdi Ouali", "Claire Bousquet"],
        "competencies": ["CRCN-1.1", "CRCN-1.2", "CRCN-2.1"],
        "publics": ["travailleurs-sociaux", "tous-publics"],
        "themes": ["demarches-administratives"],
        "support_type": "ressource-pedagogique",
        "licence": "etalab-2-0",
        "tags": ["accès aux droits", "démarches en ligne", "posture"],
        "supports": [
            {
                "title": "Mémo : les identifiants à réunir avant une démarche en ligne",
                "format": "pdf",
                "description": (
                    "Une fiche à remettre aux personnes accompagnées pour préparer un "
                    "rendez-vous d'aide aux démarches."
                ),
                "paragraphs": [
                    "Une adresse électronique personnelle et son mot de passe : c'est la "
                    "clé de presque toutes les démarches. Si la personne n'en a pas, la "
                    "créer avec elle lors d'un premier rendez-vous, et noter le mot de passe "
                    "dans un endroit qu'elle seule connaît.",
                    "Pour la CAF : le numéro allocataire (sur tous les courriers) et le code "
                    "confidentiel. Pour l'Assurance maladie : le numéro de sécurité sociale "
                    "(carte Vitale) et le mot de passe du compte ameli. Pour les impôts : le "
                    "numéro fiscal, présent en haut de la déclaration ou de l'avis "
                    "d'imposition.",
                    "Le téléphone portable doit être présent et chargé : de nombreux "
                    "services envoient un code de vérification par SMS au moment de la "
                    "connexion. Sans lui, la démarche s'arrête.",
                    "Les justificatifs récents (pièce d'identité, avis d'imposition, "
                    "bulletins de salaire, quittance de loyer, RIB) peuvent être photographiés "
                    "à l'avance avec le téléphone, en veillant à ce que l'image soit nette, "
                    "entière et bien éclairée.",
                    "Quand c'est possible, proposer à la personne de se connecter via "
                    "FranceConnect avec un compte qu'elle utilise déjà : elle n'aura alors "
                    "qu'un seul identifiant à retenir pour accéder à de nombreux services.",
                ],
            },
            {
                "title": "Déroulé type d'un accompagnement à une démarche en ligne",
                "format": "docx",
                "description": (
                    "Les étapes d'un rendez-vous d'aide aux démarches, de l'accueil à la "
                    "trace écrite remise à la personne."
                ),
                "paragraphs": [
                    "Accueillir et clarifier la demande : quelle démarche, pour quelle "
                    "échéance, avec quels documents ? Vérifier que la personne a bien "
                    "compris l'objet du courrier ou de la notification qui motive sa venue.",
                    "Installer la personne face à l'écran, clavier et souris devant elle. "
                    "L'accompagnant se place à côté, pas devant, et explique chaque étape à "
                    "voix haute avant de laisser la personne cliquer ou saisir.",
                    "Lorsque des données confidentielles sont saisies (mots de passe, codes), "
                    "l'accompagnant détourne le regard et le dit. Ce geste simple construit "
                    "la confiance et rappelle que les identifiants appartiennent à la "
                    "personne.",
                    "En fin de démarche, enregistrer ou imprimer l'accusé de réception, puis "
                    "récapituler par écrit ce qui a été fait, ce qui reste à faire et les "
                    "prochaines échéances. Se déconnecter de tous les comptes et fermer le "
                    "navigateur si le poste est partagé.",
                ],
            },
        ],
        "sessions": [
            {
                "starts_in_days": 32,
                "days": 2,
                "location": "Toulouse — Centre social Empalot",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 118,
                "days": 2,
                "location": "Narbonne — Centre social Razimbaud",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "franceconnect-identite-numerique",
        "title": "Comprendre et utiliser FranceConnect et l'identité numérique",
        "summary": (
            "Expliquer FranceConnect et FranceConnect+ aux personnes accompagnées et les aider "
            "à choisir un compte d'identification adapté."
        ),
        "objectives": [
            "Expliquer le principe de FranceConnect avec des mots simples",
            "Identifier les comptes permettant de se connecter et leurs conditions",
            "Distinguer FranceConnect et FranceConnect+ pour les démarches sensibles",
            "Résoudre les blocages de connexion les plus fréquents",
        ],
        "program": [
            "Le principe de la fédération d'identité : un compte existant pour accéder à de "
            "nombreux services",
            "Les comptes utilisables : impots.gouv.fr, ameli.fr, MSA, L'Identité Numérique "
            "La Poste, France Identité",
            "FranceConnect+ et les démarches à niveau de sécurité renforcé",
            "Démonstration commentée d'une connexion de bout en bout",
            "Foire aux blocages : mot de passe oublié, mauvais compte choisi, homonymie",
        ],
        "prerequisites": (
            "Disposer d'un ordinateur avec micro et caméra et d'une connexion internet "
            "stable pour suivre la session à distance."
        ),
        "target_audience": (
            "Travailleurs sociaux, agents d'accueil et médiateurs accompagnant des "
            "démarches administratives"
        ),
        "duration_hours": 3.5,
        "modality": "remote",
        "teaching_methods": [
            "Démonstration commentée en partage d'écran",
            "Quiz interactifs en direct",
            "Questions-réponses à partir des situations des participants",
        ],
        "assessment_methods": [
            "Quiz d'évaluation des acquis en fin de session",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_REMOTE,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "120 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in et les "
            "structures qualifiées APTIC du territoire"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 5 jours avant la session ; le lien de connexion "
            "et un test technique sont envoyés 3 jours avant."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Mehdi Ouali"],
        "competencies": ["CRCN-4.1", "CRCN-4.2"],
        "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
        "themes": ["demarches-administratives", "numerique-securise"],
        "support_type": "ressource-pedagogique",
        "licence": "etalab-2-0",
        "tags": ["france connect", "démarches en ligne", "accès aux droits"],
        "supports": [
            {
                "title": "FranceConnect expliqué simplement",
                "format": "pdf",
                "description": (
                    "Une fiche à partager avec les personnes accompagnées pour comprendre "
                    "le bouton FranceConnect."
                ),
                "paragraphs": [
                    "FranceConnect est un bouton que l'on retrouve sur de nombreux sites "
                    "publics. Il permet de se connecter avec un compte que l'on possède déjà "
                    "ailleurs, par exemple celui des impôts ou de l'Assurance maladie, sans "
                    "créer un nouvel identifiant et un nouveau mot de passe.",
                    "Concrètement, après avoir cliqué sur le bouton, on choisit le compte "
                    "que l'on connaît le mieux, on s'y connecte comme d'habitude, puis on "
                    "revient automatiquement sur le site de départ, déjà identifié. Le site "
                    "ne voit jamais le mot de passe.",
                    "Il est conseillé de toujours utiliser le même compte pour passer par "
                    "FranceConnect : cela évite les confusions et permet de retrouver "
                    "facilement le bon mot de passe.",
                    "Certaines démarches sensibles, comme l'achat d'une formation avec le "
                    "compte personnel de formation, demandent une identification renforcée, "
                    "FranceConnect+. Elle nécessite une identité numérique vérifiée, par "
                    "exemple L'Identité Numérique La Poste ou l'application France Identité "
                    "associée à la carte d'identité au format carte bancaire.",
                ],
            }
        ],
        "sessions": [
            {"starts_in_days": 12, "days": 1, "location": "", "online": True, "seats": 16},
            {"starts_in_days": 68, "days": 1, "location": "", "online": True, "seats": 16},
            {"starts_in_days": 140, "days": 1, "location": "", "online": True, "seats": 16},
        ],
    },
    {
        "slug": "aidants-connect-cadre-ethique",
        "title": "Agir pour le compte d'une personne : Aidants Connect, cadre légal et éthique",
        "summary": (
            "Comprendre ce que dit le droit lorsqu'on réalise une démarche à la place d'une "
            "personne et sécuriser cette pratique avec Aidants Connect."
        ),
        "objectives": [
            "Identifier les risques juridiques et éthiques de la démarche réalisée à la "
            "place d'une personne",
            "Expliquer le fonctionnement d'Aidants Connect et du mandat",
            "Savoir recueillir un consentement éclairé et en garder la trace",
            "Déterminer quand faire à la place et quand accompagner vers l'autonomie",
        ],
        "program": [
            "Pratiques courantes et zones grises : identifiants conservés, adresses "
            "électroniques partagées, signatures pour autrui",
            "Le cadre : responsabilité de l'aidant, usurpation d'identité, données personnelles",
            "Aidants Connect : habilitation de la structure, mandats, traçabilité",
            "Mise en situation : création d'un mandat sur un environnement de démonstration",
            "Débat mouvant : jusqu'où aller dans la substitution ?",
        ],
        "prerequisites": (
            "Accompagner régulièrement des démarches administratives en ligne dans sa "
            "pratique professionnelle."
        ),
        "target_audience": (
            "Travailleurs sociaux, agents France Services, secrétaires de mairie et "
            "médiateurs numériques réalisant des démarches pour autrui"
        ),
        "duration_hours": 7,
        "modality": "blended",
        "teaching_methods": [
            "Module en ligne préalable d'une heure (vidéo et quiz)",
            "Débat mouvant et analyse de dilemmes éthiques",
            "Démonstration sur environnement de test",
        ],
        "assessment_methods": [
            "Quiz en ligne à l'issue du module préalable",
            "Étude de cas rédigée en sous-groupes",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_BLENDED,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 15 jours avant la session pour permettre l'accès "
            "au module préalable ; entretien préalable pour les besoins spécifiques."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Claire Bousquet"],
        "competencies": ["CRCN-4.2", "CRCN-2.4"],
        "publics": ["travailleurs-sociaux", "mediateurs-numeriques", "eloignes-numerique"],
        "themes": ["demarches-administratives", "numerique-securise"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["éthique", "accès aux droits", "données personnelles"],
        "supports": [
            {
                "title": "Faire à la place : les repères d'une pratique sécurisée",
                "format": "pdf",
                "description": (
                    "Une synthèse des bonnes pratiques lorsque l'accompagnement consiste à "
                    "réaliser la démarche pour la personne."
                ),
                "paragraphs": [
                    "Réaliser une démarche en ligne au nom d'une personne, avec ses "
                    "identifiants, engage la responsabilité de l'aidant. Conserver un mot de "
                    "passe dans un cahier, un fichier ou un navigateur partagé expose la "
                    "personne et le professionnel en cas d'erreur ou de fraude.",
                    "Aidants Connect, service public numérique porté par l'État, permet aux "
                    "aidants professionnels de structures habilitées de réaliser des "
                    "démarches pour le compte d'une personne de façon légale et sécurisée. "
                    "La personne donne un mandat, pour une démarche ponctuelle ou pour une "
                    "durée pouvant aller jusqu'à douze mois, en se connectant une fois via "
                    "FranceConnect.",
                    "Le mandat précise les démarches couvertes (social, logement, travail, "
                    "papiers…) et peut être révoqué à tout moment. Chaque action de l'aidant "
                    "est tracée, ce qui protège la personne comme le professionnel.",
                    "Faire à la place reste une réponse à une situation, pas une fin en soi. "
                    "Lorsque la personne le souhaite et le peut, proposer ensuite un "
                    "parcours vers l'autonomie : atelier collectif, pass numérique, "
                    "accompagnement individuel en lieu de médiation.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 40,
                "days": 1,
                "location": "Lézignan-Corbières — MJC",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 124,
                "days": 1,
                "location": "Muret — Espace France Services",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "donnees-personnelles-rgpd-accompagnement",
        "title": "Protéger les données personnelles des personnes accompagnées",
        "summary": (
            "Appliquer les principes du RGPD et du secret professionnel aux outils numériques "
            "utilisés dans l'accompagnement social."
        ),
        "objectives": [
            "Identifier les données personnelles et sensibles manipulées au quotidien",
            "Appliquer les grands principes du RGPD à sa pratique",
            "Savoir informer les personnes de leurs droits sur leurs données",
            "Adopter des pratiques sûres pour l'échange de documents avec les partenaires",
        ],
        "program": [
            "Données personnelles, données sensibles : de quoi parle-t-on en travail social ?",
            "Les principes du RGPD : finalité, minimisation, durée de conservation, sécurité",
            "Secret professionnel et partage d'informations à l'ère des messageries",
            "Atelier : cartographier les données de son service et repérer les fuites possibles",
            "Échanger des documents en sécurité : messagerie, dépôts sécurisés, "
            "chiffrement simple",
        ],
        "prerequisites": "Aucun",
        "target_audience": "Travailleurs sociaux, encadrants d'équipes sociales, secrétariats",
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Apports juridiques illustrés (méthode expositive)",
            "Atelier de cartographie des flux de données",
            "Études de cas issues du terrain",
        ],
        "assessment_methods": [
            "Quiz de positionnement",
            "Restitution de la cartographie réalisée en sous-groupe",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; tarif intra-structure sur devis ; prise en charge "
            "possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la session ; en intra, délai de "
            "mise en place de quatre à six semaines."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Mehdi Ouali", "Claire Bousquet"],
        "competencies": ["CRCN-4.2", "CRCN-1.2", "CRCN-2.2"],
        "publics": ["travailleurs-sociaux"],
        "themes": ["numerique-securise"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["données personnelles", "sécurité", "éthique"],
        "supports": [
            {
                "title": "Les cinq réflexes RGPD du travailleur social",
                "format": "pdf",
                "description": (
                    "Une fiche mémo à afficher dans le bureau ou à glisser dans le livret "
                    "d'accueil des nouveaux professionnels."
                ),
                "paragraphs": [
                    "Ne collecter que le nécessaire. Chaque information demandée doit servir "
                    "l'accompagnement en cours. Une copie de pièce d'identité, un avis "
                    "d'imposition ou une attestation de droits ne se conservent pas « au "
                    "cas où ».",
                    "Limiter la durée de conservation. Les documents transmis par la "
                    "personne pour une démarche sont supprimés de l'ordinateur, du "
                    "téléphone et de la messagerie une fois la démarche terminée, "
                    "téléchargements compris.",
                    "Choisir le bon canal. Une messagerie instantanée personnelle n'est pas "
                    "un outil adapté pour recevoir des documents sensibles. Privilégier les "
                    "outils validés par la structure et, pour les échanges entre "
                    "partenaires, une messagerie professionnelle ou un dépôt sécurisé.",
                    "Informer la personne. Elle doit savoir quelles données la structure "
                    "conserve, pourquoi, pendant combien de temps et à qui elles peuvent "
                    "être transmises. Elle peut demander à y accéder, à les faire corriger "
                    "ou supprimer.",
                    "Partager avec discernement. Le partage d'informations entre "
                    "professionnels se limite à ce qui est strictement nécessaire à la "
                    "mission commune, avec l'accord de la personne lorsque la loi le "
                    "prévoit. En cas de doute, se référer au délégué à la protection des "
                    "données de la structure.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 46,
                "days": 1,
                "location": "Toulouse — Centre social Bagatelle",
                "online": False,
                "seats": 16,
            },
            {
                "starts_in_days": 165,
                "days": 1,
                "location": "Tarbes — Maison de quartier Laubadère",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "securite-bonnes-pratiques-numeriques",
        "title": "Sécurité et bonnes pratiques numériques au quotidien",
        "summary": (
            "Reconnaître les arnaques en ligne, protéger ses comptes et transmettre des "
            "réflexes de sécurité simples aux personnes accompagnées."
        ),
        "objectives": [
            "Reconnaître les principales tentatives d'arnaque : hameçonnage, faux "
            "conseillers, faux SMS",
            "Savoir créer et gérer des mots de passe robustes",
            "Identifier les recours et les services de signalement en cas d'escroquerie",
            "Transmettre des réflexes de sécurité adaptés au niveau de chaque personne",
        ],
        "program": [
            "Tour d'horizon des arnaques les plus fréquentes chez les publics accompagnés",
            "Jeu « vrai ou faux message » à partir d'exemples réels anonymisés",
            "Mots de passe, double authentification et gestionnaires de mots de passe",
            "Mises à jour, antivirus, réseaux wifi publics : l'essentiel sans jargon",
            "Que faire après une arnaque : banque, plainte, signalement, accompagnement de "
            "la victime",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Travailleurs sociaux, aides à domicile, agents d'accueil et bénévoles "
            "d'associations de solidarité"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Jeu pédagogique « vrai ou faux message »",
            "Ateliers pratiques sur smartphone",
            "Apports théoriques courts (méthode expositive)",
        ],
        "assessment_methods": [
            "Quiz de positionnement et quiz final comparés",
            "Mise en situation : conseiller une personne victime d'hameçonnage",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la session ; apporter si possible "
            "son smartphone professionnel ou personnel."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Mehdi Ouali"],
        "competencies": ["CRCN-4.1", "CRCN-4.2", "CRCN-5.1"],
        "publics": ["travailleurs-sociaux", "tous-publics"],
        "themes": ["numerique-securise"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["sécurité", "arnaques", "mots de passe"],
        "supports": [
            {
                "title": "Arnaques en ligne : reconnaître, réagir, signaler",
                "format": "pdf",
                "description": (
                    "Une fiche pratique à remettre aux personnes accompagnées, avec les "
                    "numéros et sites utiles."
                ),
                "paragraphs": [
                    "Un message qui crée l'urgence (« votre compte sera bloqué », « votre "
                    "colis est en attente », « régularisez votre amende ») et demande de "
                    "cliquer sur un lien ou de payer une petite somme est presque toujours "
                    "une arnaque. Les administrations et les banques ne demandent jamais "
                    "un mot de passe ou un code par message.",
                    "Avant de cliquer, vérifier l'adresse de l'expéditeur et l'adresse du "
                    "lien en la survolant ou en appuyant longuement dessus. En cas de "
                    "doute, ne pas répondre et se rendre directement sur le site officiel "
                    "en tapant son adresse, ou appeler l'organisme au numéro habituel.",
                    "Un faux conseiller bancaire peut afficher le vrai numéro de la banque "
                    "et connaître des informations personnelles. Raccrocher et rappeler "
                    "soi-même son agence. Ne jamais valider une opération ou communiquer un "
                    "code reçu par SMS à la demande d'un interlocuteur.",
                    "Les SMS frauduleux peuvent être transférés gratuitement au 33700. Les "
                    "contenus illicites se signalent sur la plateforme Pharos. Le site "
                    "cybermalveillance.gouv.fr propose un diagnostic en ligne et oriente "
                    "vers des prestataires et des services d'aide aux victimes.",
                    "Après une arnaque : faire opposition sans attendre auprès de la "
                    "banque, changer les mots de passe concernés, conserver les preuves "
                    "(captures d'écran, messages) et porter plainte. Une victime a souvent "
                    "honte : un accueil sans jugement est la première aide à lui apporter.",
                ],
            },
            {
                "title": "Créer un mot de passe solide et s'en souvenir",
                "format": "odt",
                "description": (
                    "Une fiche d'atelier modifiable pour apprendre la méthode de la phrase "
                    "de passe."
                ),
                "paragraphs": [
                    "Un bon mot de passe est long plutôt que compliqué. Une phrase de passe "
                    "de plusieurs mots sans lien entre eux, par exemple quatre mots séparés "
                    "par des tirets, est à la fois plus solide et plus facile à retenir "
                    "qu'une suite de caractères aléatoires de huit signes.",
                    "Chaque compte important doit avoir son propre mot de passe. Si "
                    "l'adresse électronique et la banque partagent le même mot de passe, "
                    "une seule fuite suffit à ouvrir toutes les portes. La messagerie est "
                    "le compte le plus précieux : elle permet de réinitialiser tous les "
                    "autres.",
                    "Pour ne pas tout retenir, un carnet rangé à la maison vaut mieux qu'un "
                    "même mot de passe partout. Les personnes plus à l'aise peuvent adopter "
                    "un gestionnaire de mots de passe, qui les mémorise et les remplit "
                    "automatiquement.",
                    "Activer la double authentification lorsqu'elle est proposée : en plus "
                    "du mot de passe, un code reçu sur le téléphone est demandé lors d'une "
                    "connexion depuis un nouvel appareil. Un pirate qui connaît le mot de "
                    "passe reste alors bloqué.",
                ],
            },
        ],
        "sessions": [
            {
                "starts_in_days": 22,
                "days": 1,
                "location": "Fleurance — Médiathèque",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 88,
                "days": 1,
                "location": "Toulouse — Centre social Empalot",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 172,
                "days": 1,
                "location": "Limoux — Médiathèque intercommunale",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "orienter-vers-mediation-numerique-territoire",
        "title": "Connaître et mobiliser les acteurs de la médiation numérique de son territoire",
        "summary": (
            "Identifier les lieux et les acteurs de la médiation numérique autour de soi pour "
            "orienter les personnes et construire des partenariats durables."
        ),
        "objectives": [
            "Identifier les différents types de lieux et d'acteurs de la médiation numérique",
            "Utiliser la cartographie régionale des lieux d'inclusion numérique",
            "Savoir orienter une personne vers le bon interlocuteur avec une fiche de liaison",
            "Initier une dynamique de réseau à l'échelle de son territoire",
        ],
        "program": [
            "Qui fait quoi ? Tiers-lieux, espaces publics numériques, France Services, "
            "conseillers numériques, associations, centres sociaux",
            "Prise en main de la cartographie des lieux d'inclusion numérique en Occitanie",
            "Atelier : cartographier les ressources de son bassin de vie",
            "Construire un circuit d'orientation et une fiche de liaison partagée",
            "Retour d'expérience sur une dynamique de réseau locale (Sicoval, Concertation 31400)",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Travailleurs sociaux, coordinateurs de structures sociales, agents de "
            "collectivités en charge de l'action sociale"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Atelier de cartographie participative",
            "Témoignages d'acteurs de réseaux locaux",
            "Travail en sous-groupes par bassin de vie",
        ],
        "assessment_methods": [
            "Production d'une carte des ressources locales",
            "Questionnaire d'évaluation à froid à trois mois",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "Gratuit pour les structures adhérentes de Coll.in ; 300 € par stagiaire pour "
            "les autres structures"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la session ; session organisée "
            "par territoire, ouverte en priorité aux professionnels du bassin de vie."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Laurent Daguzan", "Amandine Roques"],
        "competencies": ["CRCN-2.3", "CRCN-1.1"],
        "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
        "themes": ["comprendre-numerique"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["réseau", "orientation", "territoire"],
        "supports": [
            {
                "title": "Modèle de fiche de liaison vers un lieu de médiation numérique",
                "format": "docx",
                "description": (
                    "Une fiche de liaison modifiable pour orienter une personne vers un "
                    "partenaire en transmettant l'essentiel, rien de plus."
                ),
                "paragraphs": [
                    "La fiche de liaison accompagne la personne, elle ne la remplace pas. "
                    "Elle est remplie avec elle, lui est remise en main propre et ne "
                    "contient que les informations utiles au partenaire, avec son accord.",
                    "Rubrique « structure qui oriente » : nom de la structure, nom et "
                    "coordonnées professionnelles du référent, date. Rubrique « structure "
                    "d'accueil » : nom du lieu, adresse, jours et horaires d'ouverture, "
                    "modalités (rendez-vous, accueil libre, atelier collectif).",
                    "Rubrique « besoin » : la démarche ou l'apprentissage visé, formulé "
                    "avec les mots de la personne (par exemple « apprendre à consulter mes "
                    "mails sur mon téléphone »), et l'échéance éventuelle. Éviter tout "
                    "détail sur la situation sociale qui ne serait pas indispensable.",
                    "Rubrique « retour » : une case permet au lieu d'accueil d'indiquer, "
                    "si la personne l'accepte, que le premier rendez-vous a eu lieu. Ce "
                    "retour simple nourrit la confiance entre partenaires et évite les "
                    "orientations sans suite.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 35,
                "days": 1,
                "location": "Labège — Maison de la solidarité du Sicoval",
                "online": False,
                "seats": 16,
            },
            {
                "starts_in_days": 102,
                "days": 1,
                "location": "Condom — Espace France Services",
                "online": False,
                "seats": 14,
            },
        ],
    },
    {
        "slug": "pass-numerique-aptic-accompagnement-social",
        "title": "Prescrire le pass numérique APTIC dans l'accompagnement social",
        "summary": (
            "Comprendre le dispositif des pass numériques APTIC pour les distribuer à bon "
            "escient et orienter vers les lieux qualifiés."
        ),
        "objectives": [
            "Expliquer le fonctionnement du pass numérique et le rôle de chaque acteur",
            "Identifier les personnes à qui proposer un pass et le bon moment pour le faire",
            "Savoir trouver un lieu qualifié APTIC proche de la personne",
            "Assurer le suivi de la distribution selon les règles du commanditaire",
        ],
        "program": [
            "Le dispositif APTIC : commanditaires, structures distributrices, lieux qualifiés",
            "Le pass dans le parcours de la personne : repérage, remise, utilisation",
            "Trouver un lieu qualifié et présenter l'offre de formation à la personne",
            "Outils de suivi : fiche de remise, tableau de distribution, remontée des données",
            "Questions fréquentes et retours d'expérience des premières distributions",
        ],
        "prerequisites": (
            "Appartenir à une structure distributrice de pass numériques ou en cours de "
            "conventionnement."
        ),
        "target_audience": (
            "Professionnels des structures distributrices : CCAS, maisons départementales "
            "des solidarités, missions locales, associations"
        ),
        "duration_hours": 3.5,
        "modality": "remote",
        "teaching_methods": [
            "Présentation interactive en visioconférence",
            "Cas pratiques de remise de pass",
            "Temps de questions-réponses",
        ],
        "assessment_methods": [
            "Quiz d'évaluation des acquis en fin de session",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_REMOTE,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "Gratuit pour les structures distributrices conventionnées dans le cadre d'un "
            "programme départemental de pass numériques"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 3 jours avant la session ; sessions "
            "supplémentaires organisées à la demande des commanditaires."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Amandine Roques"],
        "competencies": ["CRCN-2.4"],
        "publics": ["travailleurs-sociaux", "eloignes-numerique"],
        "themes": ["outils-quotidien", "acces-materiel"],
        "support_type": "ressource-pedagogique",
        "licence": "etalab-2-0",
        "tags": ["aptic", "pass numérique", "orientation"],
        "supports": [
            {
                "title": "Le pass numérique en cinq questions",
                "format": "pdf",
                "description": (
                    "Une fiche de synthèse pour les professionnels qui remettent des pass "
                    "numériques."
                ),
                "paragraphs": [
                    "Qu'est-ce qu'un pass numérique ? Un chéquier composé de plusieurs "
                    "pass d'une valeur unitaire de 10 €, sur le modèle des titres-restaurant. "
                    "Il donne accès à des ateliers ou des accompagnements au numérique dans "
                    "des lieux qualifiés APTIC.",
                    "Qui le finance ? Un commanditaire, le plus souvent une collectivité, "
                    "un organisme public ou une entreprise, achète les chéquiers et fixe les "
                    "règles de distribution : publics visés, territoire, nombre de pass par "
                    "personne.",
                    "Qui le remet ? Les structures distributrices, qui connaissent les "
                    "personnes : services sociaux, CCAS, missions locales, associations. "
                    "Elles repèrent le besoin, expliquent le fonctionnement et remettent le "
                    "chéquier en indiquant un ou plusieurs lieux proches.",
                    "Où l'utiliser ? Dans les lieux qualifiés APTIC, dont la liste est "
                    "accessible en ligne et sur la cartographie régionale. La personne "
                    "choisit son lieu, remet ses pass au fil des séances et repart avec de "
                    "nouvelles compétences.",
                    "Comment assurer le suivi ? La structure distributrice note les numéros "
                    "des chéquiers remis et transmet les données demandées au "
                    "commanditaire. Un appel ou un échange quelques semaines après la "
                    "remise permet de vérifier que la personne a pu franchir la porte du "
                    "lieu.",
                ],
            }
        ],
        "sessions": [
            {"starts_in_days": 15, "days": 1, "location": "", "online": True, "seats": 16},
            {"starts_in_days": 80, "days": 1, "location": "", "online": True, "seats": 16},
        ],
    },
    {
        "slug": "outils-collaboratifs-pratique-professionnelle",
        "title": "Utiliser les outils numériques collaboratifs dans sa pratique professionnelle",
        "summary": (
            "Gagner en aisance avec la visioconférence, le partage de documents et l'agenda "
            "partagé pour mieux travailler en équipe et avec les partenaires."
        ),
        "objectives": [
            "Organiser et animer une réunion en visioconférence",
            "Partager et coéditer des documents en toute sécurité",
            "Choisir des outils adaptés, y compris des alternatives libres et souveraines",
            "Définir des règles d'usage partagées au sein de son équipe",
        ],
        "program": [
            "Panorama des outils collaboratifs : messagerie, visio, documents partagés, "
            "agenda, sondages",
            "Pratique : organiser une visioconférence et gérer les participants",
            "Pratique : coéditer un document et gérer les droits de partage",
            "Outils libres et hébergés en France : critères de choix",
            "Charte d'équipe : droit à la déconnexion, canaux, règles de nommage",
        ],
        "prerequisites": (
            "Disposer d'un ordinateur avec micro et caméra et d'une adresse électronique "
            "professionnelle."
        ),
        "target_audience": "Travailleurs sociaux, encadrants et équipes administratives du secteur social",
        "duration_hours": 7,
        "modality": "remote",
        "teaching_methods": [
            "Exercices pratiques guidés à distance",
            "Travail collaboratif en petits groupes dans des salles virtuelles",
            "Apports méthodologiques courts",
        ],
        "assessment_methods": [
            "Réalisation d'un document collaboratif en sous-groupe",
            "Quiz d'évaluation des acquis",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_REMOTE,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": "280 € par stagiaire ; prise en charge possible par l'OPCO",
        "access_terms": (
            "Inscription en ligne jusqu'à 7 jours avant la session ; formation en deux "
            "demi-journées consécutives, lien et test technique envoyés 3 jours avant."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Vincent Castéra"],
        "competencies": ["CRCN-2.1", "CRCN-2.3", "CRCN-3.1"],
        "publics": ["travailleurs-sociaux"],
        "themes": ["outils-quotidien"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["distanciel", "outils collaboratifs", "travail social"],
        "supports": [
            {
                "title": "Animer une réunion en visioconférence : check-list",
                "format": "odt",
                "description": (
                    "Une liste de vérification avant, pendant et après une réunion à distance."
                ),
                "paragraphs": [
                    "Avant : envoyer l'invitation avec le lien, l'ordre du jour et la durée "
                    "prévue. Indiquer comment rejoindre la réunion par téléphone pour les "
                    "participants mal connectés. Tester son micro et sa caméra dix minutes "
                    "avant le début.",
                    "Au démarrage : accueillir chacun, rappeler les règles (micros coupés "
                    "hors prise de parole, main levée, usage de la discussion écrite) et "
                    "désigner une personne chargée de prendre des notes.",
                    "Pendant : alterner les temps d'écoute et les temps d'échange toutes les "
                    "dix à quinze minutes, solliciter nominativement les personnes "
                    "silencieuses et partager son écran uniquement lorsque c'est utile.",
                    "Après : diffuser le compte rendu et les documents dans l'espace "
                    "partagé de l'équipe, avec un nommage clair (date, objet, version). Ne "
                    "jamais y déposer de documents nominatifs concernant les personnes "
                    "accompagnées sans en avoir vérifié les droits d'accès.",
                ],
            }
        ],
        "sessions": [
            {"starts_in_days": 28, "days": 1, "location": "", "online": True, "seats": 12},
            {"starts_in_days": 132, "days": 1, "location": "", "online": True, "seats": 12},
        ],
    },
    {
        "slug": "accompagnement-social-a-distance",
        "title": "Accompagner à distance : téléphone, visioconférence et messageries",
        "summary": (
            "Maintenir un accompagnement social de qualité à distance en choisissant le bon "
            "canal et en préservant le lien et la confidentialité."
        ),
        "objectives": [
            "Choisir le canal de communication adapté à chaque personne et à chaque situation",
            "Conduire un entretien social par téléphone ou en visioconférence",
            "Guider une personne à distance dans une manipulation sur son téléphone",
            "Préserver la confidentialité et les limites professionnelles à distance",
        ],
        "program": [
            "Ce que la crise sanitaire a appris aux équipes : retours d'expérience",
            "Téléphone, SMS, visio, messageries : avantages, limites, risques",
            "L'entretien à distance : cadre, écoute, reformulation, traces écrites",
            "Guider sans voir : techniques de prise en main à distance et de description d'écran",
            "Limites : horaires, numéro professionnel, consentement, confidentialité",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Travailleurs sociaux, conseillers en insertion, intervenants à domicile"
        ),
        "duration_hours": 7,
        "modality": "blended",
        "teaching_methods": [
            "Demi-journée en présentiel : jeux de rôle d'entretien",
            "Demi-journée à distance : expérimentation des outils en situation réelle",
            "Analyse de pratiques",
        ],
        "assessment_methods": [
            "Mise en situation d'entretien à distance",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_BLENDED,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la session ; la demi-journée à "
            "distance a lieu dans la semaine qui suit le présentiel."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Claire Bousquet", "Sophie Lafforgue"],
        "competencies": ["CRCN-2.1", "CRCN-4.2"],
        "publics": ["travailleurs-sociaux", "tous-publics"],
        "themes": ["outils-quotidien"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-nc-sa-4-0",
        "tags": ["distanciel", "posture", "travail social"],
        "supports": [
            {
                "title": "Guider une personne au téléphone sur son smartphone",
                "format": "pdf",
                "description": (
                    "Des techniques pour accompagner une manipulation sans voir l'écran de "
                    "la personne."
                ),
                "paragraphs": [
                    "Commencer par demander à la personne de décrire ce qu'elle voit à "
                    "l'écran : couleurs, icônes, mots écrits en haut. Cette description "
                    "évite de donner des consignes qui ne correspondent pas à son appareil.",
                    "Donner une seule consigne à la fois et attendre la confirmation avant "
                    "de passer à la suivante. Utiliser des repères visuels (« l'icône "
                    "bleue en forme d'enveloppe en bas à gauche ») plutôt que des termes "
                    "techniques.",
                    "Avoir soi-même en main un appareil du même type permet de refaire les "
                    "gestes en même temps. Les noms de menus varient selon les marques : "
                    "préférer décrire ce qu'on cherche (« le réglage pour agrandir le "
                    "texte »).",
                    "Ne jamais demander de lire à voix haute un mot de passe ou un code "
                    "reçu par SMS. Si la démarche l'exige, proposer plutôt un rendez-vous "
                    "en présence ou un mandat Aidants Connect.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 52,
                "days": 1,
                "location": "Bagnères-de-Bigorre — Centre social",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 145,
                "days": 1,
                "location": "Castelnaudary — Centre social",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "handicap-accessibilite-services-en-ligne",
        "title": "Numérique et handicap : accessibilité des services en ligne et aides techniques",
        "summary": (
            "Connaître les obstacles numériques rencontrés par les personnes handicapées et "
            "les aides techniques qui facilitent leurs démarches en ligne."
        ),
        "objectives": [
            "Identifier les obstacles numériques selon les types de handicap",
            "Découvrir les fonctions d'accessibilité intégrées aux smartphones et ordinateurs",
            "Accompagner une démarche en ligne liée au handicap (MDPH, AAH)",
            "Savoir orienter vers des ressources et structures spécialisées",
        ],
        "program": [
            "Handicaps visibles et invisibles : quels obstacles face aux écrans ?",
            "L'accessibilité numérique : obligations des services publics, RGAA, "
            "déclaration d'accessibilité",
            "Atelier : lecteur d'écran, loupe, commande vocale, sous-titres et contrastes",
            "Démarches en ligne MDPH et AAH : repères et points de vigilance",
            "Documents en FALC et ressources pour communiquer simplement",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Travailleurs sociaux, professionnels du secteur médico-social, agents d'accueil"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Mises en situation de handicap simulé (navigation au lecteur d'écran)",
            "Ateliers pratiques sur les réglages d'accessibilité",
            "Témoignage d'un professionnel du secteur adapté",
        ],
        "assessment_methods": [
            "Quiz de positionnement",
            "Mise en situation : paramétrer un smartphone pour une personne malvoyante",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la session ; entretien préalable "
            "avec la référente handicap sur simple demande."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Claire Bousquet", "Mehdi Ouali"],
        "competencies": ["CRCN-5.2", "CRCN-3.3", "CRCN-4.3"],
        "publics": ["travailleurs-sociaux", "personnes-handicap"],
        "themes": ["demarches-administratives", "outils-quotidien"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["handicap", "accessibilité", "accès aux droits"],
        "supports": [
            {
                "title": "Les réglages d'accessibilité à connaître sur smartphone",
                "format": "pdf",
                "description": (
                    "Un aide-mémoire des fonctions intégrées aux téléphones Android et "
                    "iPhone, sans application à installer."
                ),
                "paragraphs": [
                    "Agrandir : la taille du texte et l'échelle de l'affichage se règlent "
                    "dans les paramètres d'affichage ou d'accessibilité. La loupe, "
                    "activable par un triple appui, agrandit temporairement une zone de "
                    "l'écran.",
                    "Écouter : TalkBack sur Android et VoiceOver sur iPhone lisent à voix "
                    "haute tout ce qui est affiché. Leur fonctionnement modifie les gestes "
                    "(un appui pour sélectionner, deux pour valider) : un temps "
                    "d'apprentissage accompagné est indispensable.",
                    "Parler : la dictée vocale permet de saisir un message ou une recherche "
                    "sans clavier. Elle aide aussi les personnes en difficulté avec "
                    "l'écrit, à condition de relire le texte produit.",
                    "Voir mieux : le mode sombre, l'inversion des couleurs, le renforcement "
                    "des contrastes et la suppression des animations soulagent les "
                    "personnes malvoyantes ou sensibles à la fatigue visuelle.",
                    "Entendre mieux : les sous-titres automatiques, la transcription "
                    "instantanée et la compatibilité avec les appareils auditifs sont "
                    "disponibles sur la plupart des téléphones récents.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 58,
                "days": 1,
                "location": "Toulouse — Centre social Bagatelle",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 178,
                "days": 1,
                "location": "Auch — Centre social du Garros",
                "online": False,
                "seats": 10,
            },
        ],
    },
    {
        "slug": "parentalite-numerique-familles",
        "title": "Parentalité et numérique : accompagner les familles",
        "summary": (
            "Aider les parents à suivre la scolarité en ligne et à encadrer les usages "
            "numériques de leurs enfants, sans jugement ni discours alarmiste."
        ),
        "objectives": [
            "Identifier les usages numériques des enfants et adolescents selon les âges",
            "Accompagner les parents dans l'utilisation des outils scolaires en ligne",
            "Présenter les outils de contrôle parental et leurs limites",
            "Savoir réagir face au cyberharcèlement et orienter la famille",
        ],
        "program": [
            "Les écrans dans la famille : repères par âge et place du dialogue",
            "ENT, Pronote, ÉduConnect : les outils numériques de la scolarité",
            "Contrôle parental : réglages des appareils, des box et des applications",
            "Réseaux sociaux, jeux vidéo et cyberharcèlement : repérer et réagir",
            "Animer un temps d'échange avec des parents : outils et postures",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Travailleurs sociaux, conseillers en économie sociale et familiale, "
            "animateurs de lieux d'accueil enfants-parents et de centres sociaux"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Débat à partir de situations familiales",
            "Manipulation des outils scolaires sur comptes de démonstration",
            "Conception en sous-groupes d'un temps d'échange avec des parents",
        ],
        "assessment_methods": [
            "Production d'un déroulé de temps d'échange évalué par la formatrice",
            "Quiz d'évaluation des acquis",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la session ; entretien préalable "
            "pour les besoins spécifiques."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Amandine Roques", "Vincent Castéra"],
        "competencies": ["CRCN-4.3", "CRCN-4.2", "CRCN-2.4"],
        "publics": ["travailleurs-sociaux", "familles-enfants"],
        "themes": ["parentalite-education"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["parentalité", "écrans", "sécurité"],
        "supports": [
            {
                "title": "Parents, écrans et école : les repères à partager",
                "format": "pdf",
                "description": (
                    "Une fiche à remettre aux parents lors d'un atelier ou d'un entretien."
                ),
                "paragraphs": [
                    "Pour les plus jeunes, le temps passé devant un écran compte moins que "
                    "la façon dont il est partagé : regarder ensemble, en parler, choisir "
                    "les contenus. Les écrans sont à éviter pendant les repas, avant le "
                    "coucher et dans la chambre.",
                    "Pour suivre la scolarité, les parents disposent d'un compte ÉduConnect "
                    "qui donne accès à l'espace numérique de travail de l'établissement et "
                    "au logiciel de vie scolaire (notes, absences, cahier de textes). Les "
                    "identifiants sont remis par l'établissement ; le compte peut aussi "
                    "être activé avec FranceConnect.",
                    "Le contrôle parental se règle sur chaque appareil, sur la box "
                    "internet et dans certaines applications. Il aide à limiter les "
                    "contenus et les durées, mais ne remplace pas le dialogue : un "
                    "adolescent contourne facilement des règles qu'il ne comprend pas.",
                    "Face au cyberharcèlement, le 3018 est le numéro national gratuit et "
                    "anonyme, joignable aussi par messagerie. Il conseille les jeunes et "
                    "les parents et peut demander la suppression de contenus auprès des "
                    "réseaux sociaux. Conserver les captures d'écran avant tout signalement.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 64,
                "days": 1,
                "location": "Lézignan-Corbières — MJC",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 190,
                "days": 1,
                "location": "Colomiers — Centre social En Jacca",
                "online": False,
                "seats": 14,
            },
        ],
    },
]
