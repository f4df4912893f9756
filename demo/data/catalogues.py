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
        "tags": ["accès aux droits", "démarches en ligne", "france connect", "posture"],
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
        "tags": ["éthique", "accès aux droits", "données personnelles", "france connect"],
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
        "target_audience": (
            "Travailleurs sociaux, encadrants et équipes administratives du secteur social"
        ),
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
        "tags": ["parentalité", "jeunes", "sécurité"],
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

# Catalogue 2: "Adopter une posture sociale dans l'accompagnement numérique", for digital
# and social professionals, with modules specific to jobseekers, seniors and young people.
_DIGITAL_MODULES = [
    {
        "slug": "posture-accompagnant-numerique",
        "title": "La posture de l'accompagnant numérique : écoute, bienveillance et autonomie",
        "summary": (
            "Construire une posture d'accompagnement qui respecte le rythme, les choix et "
            "l'autonomie de la personne, entre aide technique et relation d'aide."
        ),
        "objectives": [
            "Distinguer les postures d'accompagnement : faire pour, faire avec, faire faire",
            "Pratiquer l'écoute active et la reformulation lors d'un accompagnement",
            "Identifier ses propres représentations sur les publics éloignés du numérique",
            "Poser un cadre clair et tenir les limites de son intervention",
            "Favoriser le pouvoir d'agir de la personne accompagnée",
        ],
        "program": [
            "Jour 1 — Les apports du travail social : relation d'aide, empathie, non-jugement",
            "Jour 1 — Représentations et stéréotypes sur les « publics éloignés »",
            "Jour 1 — Écoute active, reformulation et questionnement : exercices en trinômes",
            "Jour 2 — Faire pour, faire avec, faire faire : analyser ses pratiques",
            "Jour 2 — Cadre, limites et juste distance : ce qui ne relève pas de mon rôle",
            "Jour 2 — Le pouvoir d'agir : valoriser les réussites et les savoirs de la personne",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, animateurs multimédia, agents France "
            "Services, bénévoles de l'accompagnement numérique"
        ),
        "duration_hours": 14,
        "modality": "in_person",
        "teaching_methods": [
            "Apports issus du travail social et de la psychologie (méthode expositive)",
            "Jeux de rôle filmés et débriefés avec l'accord des participants",
            "Analyse de pratiques en groupe",
        ],
        "assessment_methods": [
            "Auto-positionnement en début et fin de formation",
            "Mise en situation d'accompagnement observée",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "650 € par stagiaire pour les deux jours ; gratuit pour les structures "
            "adhérentes de Coll.in ; prise en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 15 jours avant la session ; les deux journées "
            "sont espacées d'une semaine pour permettre une mise en pratique."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Claire Bousquet", "Laurent Daguzan"],
        "competencies": ["CRCN-2.1", "CRCN-2.4"],
        "publics": ["mediateurs-numeriques", "eloignes-numerique"],
        "themes": ["comprendre-numerique", "outils-quotidien"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["posture", "autonomie", "travail social"],
        "supports": [
            {
                "title": "Faire pour, faire avec, faire faire : repères de posture",
                "format": "pdf",
                "description": (
                    "Une fiche pour situer sa posture d'accompagnement et la faire évoluer "
                    "au fil des rencontres."
                ),
                "paragraphs": [
                    "Faire pour : l'accompagnant réalise la démarche à la place de la "
                    "personne. C'est parfois nécessaire, en situation d'urgence ou lorsque "
                    "la personne ne peut pas ou ne veut pas faire. Cette posture doit être "
                    "choisie, expliquée et encadrée, jamais adoptée par facilité.",
                    "Faire avec : l'accompagnant et la personne réalisent la démarche "
                    "ensemble. La personne tient le clavier ou le téléphone, l'accompagnant "
                    "explique et rassure. C'est la posture la plus fréquente, et la plus "
                    "riche d'apprentissages.",
                    "Faire faire : la personne agit seule, l'accompagnant observe et "
                    "n'intervient qu'en cas de besoin. Cette posture vise l'autonomie et "
                    "suppose que la personne ait déjà réussi la démarche au moins une fois "
                    "avec un appui.",
                    "Passer de l'une à l'autre n'est pas linéaire. Une personne autonome "
                    "sur sa messagerie peut avoir besoin d'un « faire pour » face à un "
                    "formulaire complexe. L'important est de nommer la posture adoptée et "
                    "d'en discuter avec la personne.",
                    "Quelques signaux d'alerte : la personne ne touche jamais l'écran, "
                    "revient pour la même démarche chaque mois, ou s'excuse sans cesse de "
                    "« ne rien comprendre ». Ils invitent à ralentir, à valoriser ce qu'elle "
                    "sait faire et à lui rendre la main.",
                ],
            },
            {
                "title": "Grille d'auto-positionnement de l'accompagnant",
                "format": "odt",
                "description": (
                    "Une grille modifiable pour faire le point sur ses pratiques avant et "
                    "après la formation."
                ),
                "paragraphs": [
                    "Accueil : je présente le cadre de l'accompagnement (durée, ce que je "
                    "peux faire et ne pas faire, confidentialité) dès le début de la "
                    "rencontre. Jamais, parfois, souvent, toujours.",
                    "Écoute : je laisse la personne exprimer sa demande avec ses mots avant "
                    "de proposer une solution technique. Je reformule pour vérifier que "
                    "j'ai bien compris.",
                    "Geste : je laisse la personne manipuler elle-même l'appareil, y compris "
                    "lorsque cela prend plus de temps. Je détourne le regard lors de la "
                    "saisie d'un mot de passe.",
                    "Limites : je sais dire quand une demande dépasse mon rôle et vers qui "
                    "orienter la personne. Je connais les partenaires sociaux de mon "
                    "territoire.",
                ],
            },
        ],
        "sessions": [
            {
                "starts_in_days": 20,
                "days": 2,
                "location": "Toulouse — Centre social Empalot",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 84,
                "days": 2,
                "location": "Tarbes — Maison de quartier Laubadère",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 160,
                "days": 2,
                "location": "Narbonne — Centre social Razimbaud",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "publics-precaires-freins-numerique",
        "title": "Connaître les publics en situation de précarité et leurs freins au numérique",
        "summary": (
            "Comprendre les réalités sociales des personnes en précarité pour adapter "
            "l'accompagnement numérique à leurs contraintes et à leurs priorités."
        ),
        "objectives": [
            "Identifier les principales formes de précarité et leurs effets sur les usages "
            "numériques",
            "Comprendre les mécanismes du non-recours aux droits",
            "Adapter un accompagnement aux contraintes matérielles, financières et psychologiques",
            "Repérer les situations qui nécessitent un relais vers un travailleur social",
        ],
        "program": [
            "Précarités : revenus, logement, santé, isolement, situation administrative",
            "Le non-recours aux droits : méconnaissance, complexité, honte, découragement",
            "Numérique et précarité : forfaits prépayés, téléphones partagés, écrans cassés",
            "Études de cas : adapter l'accompagnement à la situation de la personne",
            "Quand et comment passer le relais à un travailleur social",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, animateurs d'espaces publics numériques, "
            "bénévoles"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Apports issus de la sociologie et du travail social",
            "Études de cas en sous-groupes",
            "Jeu de la « ligne de vie » sur les parcours de précarité",
        ],
        "assessment_methods": [
            "Quiz de positionnement",
            "Restitution d'étude de cas",
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
        "trainers": ["Laurent Daguzan", "Sophie Lafforgue"],
        "competencies": ["CRCN-2.4"],
        "publics": ["mediateurs-numeriques", "eloignes-numerique"],
        "themes": ["comprendre-numerique", "acces-materiel"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["précarité", "accès aux droits", "posture"],
        "supports": [
            {
                "title": "Le non-recours aux droits : comprendre pour mieux accompagner",
                "format": "pdf",
                "description": (
                    "Une synthèse sur les formes du non-recours et le rôle que peut jouer "
                    "le médiateur numérique."
                ),
                "paragraphs": [
                    "On parle de non-recours lorsqu'une personne ne perçoit pas une "
                    "prestation ou ne bénéficie pas d'un service auquel elle pourrait "
                    "prétendre. Les travaux de l'Observatoire des non-recours aux droits et "
                    "services (Odenore) distinguent la non-connaissance, la non-demande, la "
                    "non-réception et la non-proposition.",
                    "La dématérialisation peut réduire certains obstacles (déplacements, "
                    "horaires) mais en crée d'autres : identifiants perdus, formulaires "
                    "incompréhensibles, absence d'interlocuteur. Pour une partie des "
                    "personnes, l'écran devient un mur plutôt qu'une porte.",
                    "La non-demande est souvent la plus difficile à repérer : lassitude "
                    "après des refus, peur d'un contrôle ou d'un indu, sentiment de ne pas "
                    "être légitime. Le médiateur numérique, moins associé au contrôle que "
                    "d'autres professionnels, peut recueillir ces paroles.",
                    "Utiliser un simulateur de droits avec la personne, en présentant le "
                    "résultat comme une estimation et non une promesse, est une bonne porte "
                    "d'entrée. Si des droits semblent ouverts, orienter vers un travailleur "
                    "social pour la suite de la démarche, avec l'accord de la personne.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 30,
                "days": 1,
                "location": "Carcassonne — Maison des solidarités",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 110,
                "days": 1,
                "location": "Toulouse — Centre social Bagatelle",
                "online": False,
                "seats": 14,
            },
        ],
    },
    {
        "slug": "situations-difficiles-accueil",
        "title": "Accueillir et gérer les situations difficiles en médiation numérique",
        "summary": (
            "Savoir réagir face à la détresse, à l'agressivité ou à une urgence sociale "
            "révélée lors d'un accompagnement numérique."
        ),
        "objectives": [
            "Identifier les situations à risque et les signaux de tension",
            "Mobiliser des techniques de désamorçage de l'agressivité",
            "Accueillir une parole de détresse sans sortir de son rôle",
            "Savoir qui alerter et vers qui orienter en cas d'urgence sociale",
        ],
        "program": [
            "D'où vient la tension ? Attente, incompréhension, enjeu vital d'une démarche",
            "Communication non violente et techniques de désescalade",
            "Quand la démarche révèle une situation grave : violences, rupture de droits, "
            "détresse psychique",
            "Les numéros et relais d'urgence à connaître",
            "Prendre soin de soi : débriefing, soutien d'équipe, analyse de pratiques",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, agents d'accueil de lieux ouverts au public"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Jeux de rôle à partir de situations vécues",
            "Apports sur la communication non violente",
            "Échanges de pratiques",
        ],
        "assessment_methods": [
            "Mise en situation de gestion d'un conflit",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la session ; groupe limité à 12 "
            "personnes pour permettre les mises en situation."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Laurent Daguzan", "Claire Bousquet"],
        "competencies": ["CRCN-2.1", "CRCN-4.3"],
        "publics": ["mediateurs-numeriques", "tous-publics"],
        "themes": ["comprendre-numerique"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-nc-sa-4-0",
        "tags": ["posture", "accueil", "orientation", "précarité"],
        "supports": [
            {
                "title": "Situations difficiles : les relais à connaître",
                "format": "pdf",
                "description": (
                    "Un mémo des numéros et relais à afficher près du poste d'accueil."
                ),
                "paragraphs": [
                    "Danger immédiat : appeler le 15 (urgence médicale), le 17 (police) ou "
                    "le 112 (numéro d'urgence européen). Pour les personnes sourdes ou "
                    "malentendantes, le 114 est joignable par SMS ou en visio.",
                    "Violences conjugales : le 3919 est gratuit, anonyme et accessible tous "
                    "les jours, à toute heure. En cas de danger, le 17 reste le premier "
                    "recours. Ne pas laisser de traces de la démarche sur un appareil que "
                    "l'auteur des violences pourrait consulter.",
                    "Détresse psychique : le 3114 est le numéro national de prévention du "
                    "suicide, gratuit et ouvert en permanence. Une personne qui évoque des "
                    "idées suicidaires doit être écoutée sans minimisation et orientée sans "
                    "délai.",
                    "Urgence sociale : le 115 pour l'hébergement d'urgence. Pour une "
                    "rupture de droits ou une situation sociale complexe, relayer vers le "
                    "service social de secteur ou le CCAS, en accord avec la personne et en "
                    "lui remettant les coordonnées.",
                    "Après une situation éprouvante, en parler à un collègue ou à son "
                    "responsable le jour même. Garder pour soi ce que l'on a vécu n'est ni "
                    "une preuve de professionnalisme ni une protection.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 42,
                "days": 1,
                "location": "Auch — Centre social du Garros",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 128,
                "days": 1,
                "location": "Toulouse — Centre social Empalot",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "droits-sociaux-orientation-mediateurs",
        "title": "Connaître les droits sociaux et les dispositifs d'aide pour mieux orienter",
        "summary": (
            "Donner aux médiateurs numériques les repères essentiels sur les prestations et "
            "les acteurs sociaux pour accompagner une démarche et orienter à bon escient."
        ),
        "objectives": [
            "Identifier les grandes familles de prestations sociales et leurs organismes",
            "Comprendre la logique des principales démarches en ligne (CAF, CPAM, département)",
            "Savoir utiliser un simulateur de droits avec une personne",
            "Distinguer ce qui relève de la médiation numérique et de l'accompagnement social",
        ],
        "program": [
            "Module à distance — Panorama de la protection sociale : qui fait quoi ?",
            "Module à distance — Minima sociaux, prestations familiales, aides au logement",
            "Présentiel — Santé : complémentaire santé solidaire, Mon espace santé",
            "Présentiel — Simulateurs de droits : usage, limites, précautions",
            "Présentiel — Circuits d'orientation vers le service social et les partenaires",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, animateurs d'espaces publics numériques, "
            "agents France Services nouvellement recrutés"
        ),
        "duration_hours": 14,
        "modality": "blended",
        "teaching_methods": [
            "Classe virtuelle (deux demi-journées)",
            "Ateliers de simulation de droits en présentiel",
            "Études de cas en binôme médiateur et travailleur social",
        ],
        "assessment_methods": [
            "Quiz en ligne après chaque classe virtuelle",
            "Étude de cas de synthèse",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_BLENDED,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "650 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 15 jours avant la première classe virtuelle ; la "
            "journée en présentiel a lieu deux semaines plus tard."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Sophie Lafforgue", "Claire Bousquet"],
        "competencies": ["CRCN-1.1", "CRCN-1.3"],
        "publics": ["mediateurs-numeriques", "tous-publics"],
        "themes": ["demarches-administratives"],
        "support_type": "ressource-pedagogique",
        "licence": "etalab-2-0",
        "tags": ["accès aux droits", "orientation", "démarches en ligne", "dématérialisation"],
        "supports": [
            {
                "title": "Qui fait quoi ? Les organismes de la protection sociale",
                "format": "pdf",
                "description": (
                    "Un tableau commenté des principaux organismes et de leurs démarches en ligne."
                ),
                "paragraphs": [
                    "La caisse d'allocations familiales (CAF), ou la MSA pour les personnes "
                    "relevant du régime agricole, verse les prestations familiales, les "
                    "aides au logement, la prime d'activité et le RSA pour le compte du "
                    "département. Les démarches se font dans l'espace « Mon compte ».",
                    "La caisse primaire d'assurance maladie (CPAM) gère les remboursements "
                    "de soins, les indemnités journalières et la complémentaire santé "
                    "solidaire. Le compte ameli permet de télécharger une attestation de "
                    "droits ou de déclarer un changement de situation.",
                    "Le conseil départemental est chef de file de l'action sociale : RSA "
                    "(accompagnement et orientation), allocation personnalisée d'autonomie, "
                    "protection de l'enfance. Ses maisons des solidarités accueillent le "
                    "service social de secteur.",
                    "France Travail accompagne les demandeurs d'emploi et verse "
                    "l'allocation chômage ; la caisse de retraite (Assurance retraite, MSA, "
                    "régimes spécifiques) gère les pensions et certaines aides au maintien à "
                    "domicile.",
                    "Le CCAS de la commune instruit certaines aides facultatives et peut "
                    "domicilier les personnes sans adresse stable. C'est souvent le premier "
                    "relais de proximité vers lequel orienter une personne en difficulté.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 38,
                "days": 2,
                "location": "Toulouse — Centre social Bagatelle",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 146,
                "days": 2,
                "location": "Lannemezan — Espace France Services",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "travailler-en-reseau-acteurs-sociaux",
        "title": "Travailler en réseau avec les acteurs sociaux du territoire",
        "summary": (
            "Construire des coopérations durables entre lieux de médiation numérique et "
            "acteurs sociaux pour fluidifier le parcours des personnes."
        ),
        "objectives": [
            "Identifier les acteurs sociaux et institutionnels de son territoire",
            "Comprendre les logiques, contraintes et vocabulaires des partenaires sociaux",
            "Savoir présenter son offre de médiation numérique à des partenaires",
            "Contribuer à l'animation d'un réseau local d'inclusion numérique",
        ],
        "program": [
            "Le paysage local : services sociaux, CCAS, missions locales, associations, "
            "collectivités",
            "Se comprendre entre métiers : culture professionnelle du social et du numérique",
            "Atelier : rédiger la présentation de son offre en une page",
            "Les outils du réseau : charte, annuaire partagé, fiche de liaison, rencontres "
            "d'interconnaissance",
            "Méthodologie d'une dynamique de réseau : l'exemple du Sicoval",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, coordinateurs de lieux de médiation, "
            "animateurs de tiers-lieux"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Carte des acteurs réalisée collectivement",
            "Atelier d'écriture de présentation de structure",
            "Témoignages d'animateurs de réseaux",
        ],
        "assessment_methods": [
            "Production d'une présentation d'offre d'une page",
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
            "Inscription en ligne jusqu'à 10 jours avant la session ; ouverte en priorité "
            "aux professionnels du département d'accueil."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Laurent Daguzan"],
        "competencies": ["CRCN-2.3", "CRCN-2.2"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "themes": ["comprendre-numerique"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["réseau", "territoire", "orientation"],
        "supports": [
            {
                "title": "Lancer une dynamique de réseau sur son territoire",
                "format": "pdf",
                "description": (
                    "Les étapes clés, tirées des accompagnements de réseaux locaux menés "
                    "par RhinOcc."
                ),
                "paragraphs": [
                    "Recenser avant d'innover. La première étape consiste à identifier les "
                    "structures qui accompagnent déjà les personnes sur le numérique, même "
                    "à la marge : médiathèques, centres sociaux, associations d'aide aux "
                    "devoirs, secrétariats de mairie. Beaucoup manquent de visibilité plus "
                    "que de compétences.",
                    "Collecter les besoins. Un court questionnaire puis des entretiens "
                    "permettent de faire émerger ce que chacun attend du réseau : mieux se "
                    "connaître, orienter plus facilement, se former, mutualiser du matériel "
                    "ou répondre ensemble à un appel à projets.",
                    "Réunir et faire se rencontrer. Une première rencontre "
                    "d'interconnaissance, animée de façon participative, vaut mieux qu'une "
                    "succession de présentations. Des groupes de travail thématiques "
                    "peuvent ensuite se constituer sur les besoins prioritaires.",
                    "Outiller et pérenniser. Une charte simple, un annuaire partagé et une "
                    "fiche de liaison commune donnent corps au réseau. Sa durée dépend "
                    "d'une animation régulière, portée par une structure identifiée et "
                    "reconnue par les partenaires.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 56,
                "days": 1,
                "location": "Labège — Maison de la solidarité du Sicoval",
                "online": False,
                "seats": 16,
            },
            {
                "starts_in_days": 136,
                "days": 1,
                "location": "Lézignan-Corbières — MJC",
                "online": False,
                "seats": 14,
            },
        ],
    },
    {
        "slug": "concevoir-animer-ateliers-mediation",
        "title": "Concevoir et animer des ateliers de médiation numérique",
        "summary": (
            "Construire un atelier collectif adapté aux besoins d'un groupe, de l'objectif "
            "pédagogique à l'évaluation, et l'animer avec aisance."
        ),
        "objectives": [
            "Formuler les objectifs pédagogiques d'un atelier à partir des besoins du public",
            "Concevoir un déroulé alternant démonstration, pratique et échanges",
            "Adapter l'animation à un groupe hétérogène",
            "Évaluer les acquis des participants de façon simple et bienveillante",
        ],
        "program": [
            "Jour 1 — Partir des besoins : recueil, constitution des groupes, cycles d'ateliers",
            "Jour 1 — Écrire des objectifs pédagogiques et un déroulé d'atelier",
            "Jour 1 — Les supports : fiches pas à pas, exercices, ressources partagées",
            "Jour 2 — Animer : rythme, consignes, gestion de l'hétérogénéité",
            "Jour 2 — Test d'un atelier conçu en sous-groupe devant les autres participants",
            "Jour 2 — Évaluer et améliorer : grilles simples, retours des participants",
        ],
        "prerequisites": ("Maîtriser les usages courants d'un ordinateur et d'un smartphone."),
        "target_audience": (
            "Médiateurs et conseillers numériques, animateurs de centres sociaux et de MJC, "
            "bibliothécaires"
        ),
        "duration_hours": 14,
        "modality": "in_person",
        "teaching_methods": [
            "Pédagogie active : conception d'un atelier en sous-groupe",
            "Animation test devant le groupe et retours croisés",
            "Apports méthodologiques en ingénierie pédagogique",
        ],
        "assessment_methods": [
            "Production d'un déroulé d'atelier évaluée par le formateur",
            "Animation test observée avec grille d'évaluation",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "650 € par stagiaire pour les deux jours ; gratuit pour les structures "
            "adhérentes de Coll.in ; prise en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 15 jours avant la session ; un court "
            "questionnaire sur les ateliers déjà animés est envoyé à l'inscription."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Amandine Roques", "Mehdi Ouali"],
        "competencies": ["CRCN-3.1", "CRCN-3.3", "CRCN-2.2"],
        "publics": ["mediateurs-numeriques", "tous-publics"],
        "themes": ["outils-quotidien"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["atelier", "pédagogie", "évaluation"],
        "supports": [
            {
                "title": "Modèle de déroulé d'atelier de médiation numérique",
                "format": "odt",
                "description": (
                    "Un gabarit modifiable pour préparer un atelier de deux heures, avec un "
                    "exemple rempli."
                ),
                "paragraphs": [
                    "En-tête : intitulé de l'atelier, public visé, nombre de participants, "
                    "durée, matériel nécessaire (ordinateurs, tablettes, vidéoprojecteur, "
                    "connexion), prérequis éventuels. Exemple : « Envoyer une pièce jointe "
                    "depuis son téléphone », huit personnes, deux heures.",
                    "Objectifs : deux ou trois objectifs formulés avec un verbe d'action "
                    "observable. Exemple : à la fin de l'atelier, la personne sait "
                    "photographier un document, le retrouver dans sa galerie et l'envoyer "
                    "par courriel à un destinataire.",
                    "Déroulé minuté : accueil et tour de table sur les attentes (15 "
                    "minutes) ; démonstration commentée (15 minutes) ; pratique en binômes "
                    "avec fiche pas à pas (45 minutes) ; pause ; exercice d'application en "
                    "autonomie (30 minutes) ; bilan (15 minutes).",
                    "Évaluation : chaque participant s'envoie un document et le montre à "
                    "l'animateur. Une question de fin (« qu'est-ce que vous pourrez refaire "
                    "seul à la maison ? ») complète l'observation et prépare la séance "
                    "suivante.",
                    "Après l'atelier : noter ce qui a fonctionné, les difficultés "
                    "rencontrées et les besoins exprimés pour la suite. Ces notes "
                    "alimentent le cycle d'ateliers et le bilan d'activité de la "
                    "structure.",
                ],
            },
            {
                "title": "Animer un groupe hétérogène : dix astuces",
                "format": "pdf",
                "description": (
                    "Des pistes concrètes quand les niveaux des participants sont très différents."
                ),
                "paragraphs": [
                    "Constituer des binômes de niveaux proches pour la pratique, et des "
                    "binômes de niveaux différents pour les temps d'entraide. Les deux "
                    "configurations ont des vertus différentes.",
                    "Prévoir pour chaque exercice une version « pour aller plus loin » que "
                    "les plus rapides peuvent réaliser sans attendre, ce qui libère du "
                    "temps pour accompagner les autres.",
                    "Donner les consignes à l'oral, à l'écrit et en les montrant : chacun "
                    "s'appuie sur le canal qui lui convient le mieux.",
                    "Valoriser les erreurs comme des occasions d'apprendre. Montrer "
                    "soi-même comment revenir en arrière rassure sur le caractère "
                    "rarement irréversible des manipulations.",
                ],
            },
        ],
        "sessions": [
            {
                "starts_in_days": 26,
                "days": 2,
                "location": "Lézignan-Corbières — MJC",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 92,
                "days": 2,
                "location": "Toulouse — Centre social Empalot",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 182,
                "days": 2,
                "location": "Mirande — Maison des associations",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "evaluer-competences-numeriques-publics",
        "title": "Diagnostiquer et évaluer les compétences numériques des publics",
        "summary": (
            "Positionner les compétences numériques d'une personne avec des outils reconnus "
            "pour construire un parcours d'apprentissage adapté et mesurer ses progrès."
        ),
        "objectives": [
            "Connaître le cadre de référence des compétences numériques (CRCN)",
            "Utiliser des outils de positionnement adaptés aux débutants",
            "Construire un parcours d'apprentissage à partir d'un diagnostic",
            "Mesurer et valoriser les progrès des personnes accompagnées",
        ],
        "program": [
            "Module à distance — Le CRCN, Pix et les référentiels de la médiation numérique",
            "Module à distance — Panorama des outils de positionnement pour débutants",
            "Présentiel — Conduire un entretien de positionnement sans mettre en échec",
            "Présentiel — Du diagnostic au parcours : exercices à partir de profils types",
            "Présentiel — Évaluer les progrès et délivrer une attestation de compétences",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, formateurs de savoirs de base, "
            "conseillers en insertion"
        ),
        "duration_hours": 7,
        "modality": "blended",
        "teaching_methods": [
            "Classe virtuelle de présentation des référentiels",
            "Passation croisée des outils de positionnement",
            "Travail sur profils types en sous-groupes",
        ],
        "assessment_methods": [
            "Quiz de positionnement",
            "Réalisation d'un plan de parcours à partir d'un profil type",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_BLENDED,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "350 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 10 jours avant la classe virtuelle ; la "
            "demi-journée en présentiel a lieu la semaine suivante."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Mehdi Ouali", "Amandine Roques"],
        "competencies": ["CRCN-5.2", "CRCN-1.1", "CRCN-2.1"],
        "publics": ["mediateurs-numeriques", "eloignes-numerique"],
        "themes": ["outils-quotidien", "comprendre-numerique"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["diagnostic", "évaluation", "pédagogie"],
        "supports": [
            {
                "title": "Le CRCN en un coup d'œil",
                "format": "pdf",
                "description": (
                    "Une présentation synthétique du cadre de référence des compétences "
                    "numériques et de son usage en médiation."
                ),
                "paragraphs": [
                    "Le cadre de référence des compétences numériques (CRCN) décrit seize "
                    "compétences réparties en cinq domaines : informations et données ; "
                    "communication et collaboration ; création de contenus ; protection et "
                    "sécurité ; environnement numérique.",
                    "Chaque compétence est graduée en niveaux de maîtrise. La plateforme "
                    "publique Pix permet d'évaluer ces compétences gratuitement et, pour "
                    "les personnes qui le souhaitent, d'obtenir une certification reconnue.",
                    "Pour les grands débutants, un test en ligne peut être mis en échec "
                    "dès la première question. Il est préférable de commencer par un "
                    "entretien et des manipulations simples, puis de proposer des outils "
                    "conçus pour les débutants lorsque la personne est en confiance.",
                    "Le CRCN offre un langage commun avec les partenaires de l'emploi et de "
                    "la formation : décrire un parcours en compétences (« sait envoyer un "
                    "courriel avec pièce jointe », « sait sécuriser ses comptes ») facilite "
                    "la suite du parcours de la personne.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 48,
                "days": 1,
                "location": "Tarbes — Maison de quartier Laubadère",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 168,
                "days": 1,
                "location": "Carcassonne — Maison des solidarités",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "confidentialite-secret-mediation-numerique",
        "title": "Sécurité, confidentialité et secret professionnel en médiation numérique",
        "summary": (
            "Protéger les données des personnes accompagnées et sécuriser les postes en "
            "libre accès, dans le respect de la confidentialité des échanges."
        ),
        "objectives": [
            "Identifier les risques liés aux postes partagés et aux données des personnes",
            "Configurer un poste public pour limiter les traces et les risques",
            "Connaître les obligations de discrétion et de secret professionnel",
            "Savoir réagir en cas d'incident de sécurité dans la structure",
        ],
        "program": [
            "Les risques d'un espace numérique ouvert au public : sessions restées "
            "ouvertes, téléchargements, clés USB",
            "Configurer un poste public : session invité, navigation privée, nettoyage "
            "automatique",
            "Discrétion, confidentialité, secret professionnel : qui est tenu à quoi ?",
            "Sécuriser ses propres outils de travail : messagerie, téléphone professionnel",
            "Procédure en cas d'incident : que faire, qui prévenir",
        ],
        "prerequisites": (
            "Être à l'aise avec les paramètres d'un ordinateur sous Windows ou Linux."
        ),
        "target_audience": (
            "Médiateurs et conseillers numériques, responsables d'espaces publics numériques"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Ateliers pratiques de configuration de postes",
            "Apports juridiques illustrés",
            "Études de cas d'incidents",
        ],
        "assessment_methods": [
            "Mise en situation : sécuriser un poste public",
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
            "Inscription en ligne jusqu'à 10 jours avant la session ; un quiz de "
            "positionnement vérifie les prérequis techniques."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Mehdi Ouali"],
        "competencies": ["CRCN-4.1", "CRCN-4.2", "CRCN-5.1"],
        "publics": ["mediateurs-numeriques"],
        "themes": ["numerique-securise"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["sécurité", "données personnelles", "mots de passe", "éthique"],
        "supports": [
            {
                "title": "Check-list de sécurité d'un poste en libre accès",
                "format": "odt",
                "description": (
                    "Les vérifications à faire à l'ouverture, pendant l'accueil et à la "
                    "fermeture d'un espace numérique."
                ),
                "paragraphs": [
                    "Configuration : chaque poste public utilise une session sans droits "
                    "d'administration, un navigateur réglé pour effacer l'historique, les "
                    "cookies et les mots de passe à la fermeture, et un système à jour. "
                    "Les téléchargements sont vidés automatiquement à la fin de la session.",
                    "À l'accueil : rappeler à chaque usager de se déconnecter de ses "
                    "comptes, et non de simplement fermer l'onglet. Une affichette "
                    "près de l'écran rappelle la marche à suivre.",
                    "Après chaque usager : vérifier qu'aucune session n'est restée ouverte "
                    "sur une messagerie ou un espace personnel, que l'imprimante ne "
                    "contient pas de document oublié et qu'aucune clé USB n'est restée "
                    "branchée.",
                    "Confidentialité : placer les écrans de façon à ce qu'ils ne soient pas "
                    "visibles depuis la salle d'attente. Ne jamais noter les identifiants "
                    "d'une personne, même à sa demande, sur un support laissé dans la "
                    "structure.",
                    "Incident : en cas de comportement anormal d'un poste (fenêtres "
                    "intempestives, rançongiciel), le débrancher du réseau, ne pas "
                    "l'éteindre brutalement si possible, prévenir le responsable et "
                    "consulter cybermalveillance.gouv.fr.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 62,
                "days": 1,
                "location": "Toulouse — Centre social Bagatelle",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 155,
                "days": 1,
                "location": "Narbonne — Centre social Razimbaud",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "allophones-difficultes-ecrit",
        "title": "Accompagner les personnes allophones ou en difficulté avec l'écrit",
        "summary": (
            "Adapter l'accompagnement numérique aux personnes qui maîtrisent peu le français "
            "ou l'écrit, grâce à des outils et des postures adaptés."
        ),
        "objectives": [
            "Distinguer allophonie, illettrisme et analphabétisme",
            "Utiliser les outils de traduction et de dictée vocale avec discernement",
            "Concevoir des supports visuels et en français simplifié",
            "Orienter vers les acteurs de l'apprentissage du français",
        ],
        "program": [
            "Comprendre les situations : allophonie, illettrisme, analphabétisme",
            "Communiquer sans langue commune : gestes, pictogrammes, reformulation",
            "Outils de traduction écrite, orale et par photo : usages et limites",
            "Atelier : transformer une fiche pas à pas en support visuel",
            "Les partenaires : ateliers sociolinguistiques, organismes de formation, "
            "interprétariat",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, travailleurs sociaux, formateurs linguistiques"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Mise en situation d'apprentissage dans une langue inconnue",
            "Ateliers pratiques sur les outils de traduction",
            "Conception de supports en sous-groupes",
        ],
        "assessment_methods": [
            "Production d'un support visuel évaluée par la formatrice",
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
        "trainers": ["Amandine Roques", "Laurent Daguzan"],
        "competencies": ["CRCN-2.1", "CRCN-3.3"],
        "publics": ["mediateurs-numeriques", "allophones", "travailleurs-sociaux"],
        "themes": ["outils-quotidien", "demarches-administratives"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["allophones", "atelier", "accès aux droits"],
        "supports": [
            {
                "title": "Outils de traduction : bien les utiliser en accompagnement",
                "format": "pdf",
                "description": (
                    "Des conseils pour utiliser les traducteurs automatiques sans mettre "
                    "en danger la compréhension ou la confidentialité."
                ),
                "paragraphs": [
                    "Les traducteurs automatiques permettent d'échanger rapidement sur des "
                    "besoins simples. Ils fonctionnent mieux avec des phrases courtes, "
                    "sans expressions imagées, et avec un seul message à la fois.",
                    "Vérifier la compréhension en faisant traduire la réponse dans l'autre "
                    "sens, ou en demandant à la personne de montrer ce qu'elle a compris. "
                    "Sur une décision importante (signature, choix d'un droit), recourir à "
                    "un interprète professionnel.",
                    "La traduction par photo aide à comprendre un courrier administratif. "
                    "Attention toutefois : le document est envoyé sur des serveurs "
                    "extérieurs. Éviter de photographier des documents comportant des "
                    "données sensibles lorsque d'autres solutions existent.",
                    "Les interfaces de nombreux sites et téléphones peuvent être affichées "
                    "dans la langue de la personne. Mais les démarches administratives "
                    "restent en français : l'objectif est aussi d'aider la personne à "
                    "reconnaître les mots clés qui reviennent sur les formulaires.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 70,
                "days": 1,
                "location": "Toulouse — Centre social Empalot",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 175,
                "days": 1,
                "location": "Carcassonne — Maison des solidarités",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "accompagner-personnes-handicap-mediation",
        "title": "Accueillir les personnes en situation de handicap en médiation numérique",
        "summary": (
            "Adapter l'accueil, les ateliers et les outils de médiation numérique aux "
            "besoins des personnes en situation de handicap."
        ),
        "objectives": [
            "Identifier les besoins liés aux différents types de handicap",
            "Adapter l'accueil et le déroulé d'un atelier collectif",
            "Paramétrer les aides techniques et les fonctions d'accessibilité",
            "Construire des partenariats avec les structures spécialisées",
        ],
        "program": [
            "Représentations et réalités du handicap : se défaire des a priori",
            "Adapter l'accueil : lieu, rythme, communication, consignes",
            "Aides techniques : claviers adaptés, lecteurs d'écran, commandes vocales",
            "Concevoir un atelier inclusif et des supports faciles à lire et à comprendre",
            "Partenaires : structures du secteur adapté, associations spécialisées, MDPH",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, animateurs, professionnels du secteur "
            "médico-social"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Mises en situation de handicap simulé",
            "Ateliers pratiques sur les aides techniques",
            "Intervention d'un professionnel de l'insertion des personnes handicapées",
        ],
        "assessment_methods": [
            "Quiz de positionnement",
            "Adaptation d'un déroulé d'atelier existant",
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
        "publics": ["mediateurs-numeriques", "personnes-handicap"],
        "themes": ["outils-quotidien"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["handicap", "accessibilité", "atelier", "accueil"],
        "supports": [
            {
                "title": "Rendre un atelier numérique plus inclusif",
                "format": "pdf",
                "description": (
                    "Des adaptations simples à prévoir avant et pendant un atelier collectif."
                ),
                "paragraphs": [
                    "Avant l'atelier, demander à chaque participant s'il a des besoins "
                    "particuliers, sans exiger de justificatif ni de diagnostic. La "
                    "question « qu'est-ce qui vous aiderait à être à l'aise ? » suffit "
                    "souvent.",
                    "Vérifier l'accès au lieu (stationnement, cheminement, toilettes), la "
                    "hauteur des tables pour un fauteuil, l'éclairage et le bruit ambiant. "
                    "Un atelier dans une salle calme profite à tout le monde.",
                    "Préparer des supports imprimés en gros caractères, avec une police "
                    "sans empattement, un bon contraste et une idée par phrase. Les "
                    "règles du « facile à lire et à comprendre » aident aussi les personnes "
                    "peu à l'aise avec l'écrit.",
                    "Pendant l'atelier, se placer face aux personnes qui lisent sur les "
                    "lèvres, décrire oralement ce qui est montré à l'écran et laisser plus "
                    "de temps pour les manipulations. Prévoir des pauses régulières.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 76,
                "days": 1,
                "location": "Auch — Centre social du Garros",
                "online": False,
                "seats": 10,
            },
            {
                "starts_in_days": 186,
                "days": 1,
                "location": "Toulouse — Centre social Bagatelle",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "qualification-aptic-pass-numerique",
        "title": "Devenir lieu qualifié APTIC et accueillir les détenteurs de pass numériques",
        "summary": (
            "Préparer la qualification APTIC de sa structure et organiser l'accueil des "
            "personnes munies de pass numériques."
        ),
        "objectives": [
            "Comprendre les attentes de la qualification APTIC",
            "Constituer et déposer le dossier de qualification de sa structure",
            "Présenter son offre de services de manière lisible pour les prescripteurs",
            "Organiser l'accueil, le suivi et l'encaissement des pass numériques",
        ],
        "program": [
            "Le dispositif APTIC : acteurs, circuit du pass, rôle du lieu qualifié",
            "Les critères de qualification et les pièces du dossier",
            "Décrire son offre : ateliers, accompagnements, durées, publics",
            "Accueillir un détenteur de pass : premier rendez-vous, positionnement, parcours",
            "Suivi administratif et remboursement des pass",
        ],
        "prerequisites": (
            "Faire partie d'une structure proposant déjà des ateliers ou accompagnements "
            "numériques."
        ),
        "target_audience": (
            "Responsables et médiateurs de lieux de médiation numérique, coordinateurs de "
            "structures nomades"
        ),
        "duration_hours": 7,
        "modality": "remote",
        "teaching_methods": [
            "Classe virtuelle en deux demi-journées",
            "Travail personnel guidé sur le dossier de sa structure entre les deux séances",
            "Retours individualisés de la formatrice",
        ],
        "assessment_methods": [
            "Relecture du projet de dossier de qualification",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_REMOTE,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "Gratuit pour les structures du territoire du Hub dans le cadre des programmes "
            "départementaux de pass numériques ; 250 € par structure sinon"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 7 jours avant la session ; les deux "
            "demi-journées sont espacées d'une semaine."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Amandine Roques"],
        "competencies": ["CRCN-3.1", "CRCN-2.2"],
        "publics": ["mediateurs-numeriques"],
        "themes": ["outils-quotidien", "acces-materiel"],
        "support_type": "ressource-pedagogique",
        "licence": "etalab-2-0",
        "tags": ["aptic", "pass numérique", "atelier"],
        "supports": [
            {
                "title": "Devenir structure qualifiée APTIC : les étapes",
                "format": "pdf",
                "description": (
                    "Un pas à pas issu du kit « Devenir structure qualifiée APTIC » réalisé "
                    "dans le cadre de RhinOcc."
                ),
                "paragraphs": [
                    "Faire le point sur son offre. Lister les ateliers et accompagnements "
                    "proposés, leur durée, leur fréquence, le public visé et les "
                    "compétences travaillées. La qualification porte sur des services "
                    "concrets et réguliers, pas sur des intentions.",
                    "Rassembler les pièces. Statuts ou document d'identification de la "
                    "structure, description des lieux et du matériel, présentation des "
                    "intervenants et de leurs compétences, exemples de supports d'atelier.",
                    "Déposer la demande et préparer l'échange. La demande est instruite "
                    "par APTIC, qui peut revenir vers la structure pour préciser certains "
                    "points. Une fois qualifiée, la structure apparaît dans l'annuaire des "
                    "lieux où les pass sont acceptés.",
                    "Se faire connaître des distributeurs. Présenter son offre aux "
                    "structures qui remettent les pass sur le territoire : CCAS, services "
                    "sociaux, missions locales. Une fiche de présentation d'une page et "
                    "une fiche de liaison facilitent les orientations.",
                    "Organiser le suivi. Tenir un registre des pass reçus, des séances "
                    "réalisées et des compétences acquises par chaque personne. Ces "
                    "données alimentent le bilan transmis aux commanditaires et le "
                    "remboursement des pass.",
                ],
            }
        ],
        "sessions": [
            {"starts_in_days": 24, "days": 1, "location": "", "online": True, "seats": 14},
            {"starts_in_days": 115, "days": 1, "location": "", "online": True, "seats": 14},
        ],
    },
    {
        "slug": "demandeurs-emploi-demarches-france-travail",
        "title": "Demandeurs d'emploi : accompagner les démarches en ligne liées à l'emploi",
        "summary": (
            "Accompagner les demandeurs d'emploi dans leur espace France Travail, leur "
            "actualisation et leurs droits, en tenant compte de leurs contraintes."
        ),
        "objectives": [
            "Maîtriser les fonctionnalités de l'espace personnel France Travail",
            "Accompagner l'inscription, l'actualisation mensuelle et la déclaration de "
            "changements",
            "Repérer les situations à risque de radiation ou de trop-perçu",
            "Orienter vers le conseiller référent et les partenaires de l'insertion",
        ],
        "program": [
            "Le parcours du demandeur d'emploi : inscription, diagnostic, accompagnement",
            "L'espace personnel : actualisation, documents, messagerie avec le conseiller",
            "Indemnisation : simulateur, attestations, déclaration des heures travaillées",
            "Les situations qui fragilisent : oubli d'actualisation, courrier non lu, trop-perçu",
            "Mon Compte Formation et l'identification renforcée FranceConnect+",
            "Le relais avec le conseiller France Travail et les structures d'insertion",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, conseillers en insertion, travailleurs "
            "sociaux accompagnant des demandeurs d'emploi"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Démonstrations sur l'espace personnel à partir de captures anonymisées",
            "Études de cas issues de l'accompagnement de chômeurs",
            "Échanges de pratiques entre professionnels de l'emploi et du numérique",
        ],
        "assessment_methods": [
            "Quiz de positionnement",
            "Étude de cas : sécuriser l'actualisation d'une personne",
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
        "trainers": ["Sophie Lafforgue"],
        "competencies": ["CRCN-1.2", "CRCN-2.1", "CRCN-4.2"],
        "publics": ["mediateurs-numeriques", "demandeurs-emploi"],
        "themes": ["insertion-professionnelle", "demarches-administratives"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["emploi", "accès aux droits", "démarches en ligne", "france connect"],
        "supports": [
            {
                "title": "Demandeurs d'emploi : les rendez-vous numériques à ne pas manquer",
                "format": "pdf",
                "description": (
                    "Une fiche pour aider les personnes à repérer les démarches régulières "
                    "et éviter les ruptures de droits."
                ),
                "paragraphs": [
                    "L'actualisation mensuelle est indispensable pour rester inscrit et "
                    "percevoir son allocation. Elle se fait en ligne ou sur l'application "
                    "mobile pendant une période précise, en fin de mois. Noter les dates "
                    "dans un agenda ou activer les rappels de l'application limite les "
                    "oublis.",
                    "Lors de l'actualisation, toutes les heures travaillées et les revenus "
                    "du mois doivent être déclarés, même lorsqu'ils sont faibles. Une "
                    "déclaration oubliée peut entraîner un trop-perçu à rembourser "
                    "plusieurs mois plus tard.",
                    "La messagerie de l'espace personnel est le principal canal d'échange "
                    "avec le conseiller : convocations, demandes de justificatifs, "
                    "propositions. Il est conseillé de la consulter chaque semaine et "
                    "d'activer les notifications par courriel.",
                    "Les documents importants (attestations, notifications de droits, "
                    "courriers) sont disponibles dans l'espace personnel. Les télécharger "
                    "et les ranger dans un dossier identifié du téléphone ou d'un coffre-fort "
                    "numérique évite de les chercher au moment où on en a besoin.",
                    "En cas de difficulté, un rendez-vous avec son conseiller peut être "
                    "demandé en ligne ou par téléphone. Les lieux de médiation numérique et "
                    "les associations de chômeurs peuvent aider à préparer cet échange.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 33,
                "days": 1,
                "location": "Toulouse — Centre social Empalot",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 120,
                "days": 1,
                "location": "Tarbes — Maison de quartier Laubadère",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "demandeurs-emploi-recherche-emploi-en-ligne",
        "title": "Demandeurs d'emploi : accompagner la recherche d'emploi en ligne",
        "summary": (
            "Aider les personnes en recherche d'emploi à créer leur CV, candidater en ligne "
            "et maîtriser leur présence numérique professionnelle."
        ),
        "objectives": [
            "Accompagner la création et la mise à jour d'un CV numérique",
            "Savoir utiliser les principales plateformes d'offres et de candidature",
            "Préparer une personne à un entretien d'embauche à distance",
            "Sensibiliser à l'identité numérique et aux fausses offres d'emploi",
        ],
        "program": [
            "Module à distance — Panorama des sites d'offres et des plateformes d'insertion",
            "Module à distance — CV numérique : outils, formats, dépôt en ligne",
            "Présentiel — Candidater en ligne : lettre, courriel, formulaires, suivi des "
            "candidatures",
            "Présentiel — Entretien en visioconférence : préparation technique et mise en "
            "situation",
            "Présentiel — Identité numérique, réseaux professionnels et arnaques à l'emploi",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, conseillers en insertion professionnelle, "
            "encadrants de structures d'insertion par l'activité économique"
        ),
        "duration_hours": 14,
        "modality": "blended",
        "teaching_methods": [
            "Classes virtuelles interactives",
            "Ateliers pratiques de création de CV et de candidature",
            "Simulation d'entretien en visioconférence",
        ],
        "assessment_methods": [
            "Quiz en ligne à l'issue des classes virtuelles",
            "Mise en situation : accompagner une candidature de bout en bout",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_BLENDED,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "650 € par stagiaire ; gratuit pour les structures adhérentes de Coll.in ; prise "
            "en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 15 jours avant la première classe virtuelle ; la "
            "journée en présentiel a lieu dix jours plus tard."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Sophie Lafforgue", "Vincent Castéra"],
        "competencies": ["CRCN-3.1", "CRCN-2.2", "CRCN-2.4"],
        "publics": ["mediateurs-numeriques", "demandeurs-emploi"],
        "themes": ["insertion-professionnelle"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["emploi", "identité numérique", "arnaques"],
        "supports": [
            {
                "title": "Repérer une fausse offre d'emploi",
                "format": "pdf",
                "description": (
                    "Les signaux d'alerte à connaître avant de répondre à une annonce en ligne."
                ),
                "paragraphs": [
                    "Une rémunération élevée pour un travail très simple, sans expérience "
                    "requise et à domicile, doit éveiller la méfiance. Les annonces pour "
                    "de la « mise sous pli » ou du « test de produits » rémunérés sont des "
                    "arnaques classiques.",
                    "Un employeur ne demande jamais d'argent pour un recrutement : ni frais "
                    "de dossier, ni achat de matériel, ni formation payante préalable. Une "
                    "telle demande suffit à conclure qu'il s'agit d'une escroquerie.",
                    "Se méfier d'un recruteur qui demande rapidement une copie de la pièce "
                    "d'identité, un RIB ou le numéro de sécurité sociale avant tout "
                    "entretien. Ces documents peuvent servir à une usurpation d'identité.",
                    "Vérifier l'existence de l'entreprise (numéro SIREN, site officiel, "
                    "adresse) et privilégier les plateformes reconnues. En cas de doute, "
                    "demander conseil à son conseiller emploi ou à un médiateur numérique "
                    "avant de répondre.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 54,
                "days": 2,
                "location": "Muret — Espace France Services",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 162,
                "days": 2,
                "location": "Narbonne — Centre social Razimbaud",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "seniors-autonomie-numerique",
        "title": "Seniors : accompagner vers l'autonomie numérique et le lien social",
        "summary": (
            "Adapter l'accompagnement numérique aux personnes âgées pour favoriser "
            "l'autonomie, le lien familial et l'accès aux services de santé et de retraite."
        ),
        "objectives": [
            "Identifier les besoins, les craintes et les motivations des seniors face au "
            "numérique",
            "Adapter le rythme, le vocabulaire et les supports aux personnes âgées",
            "Accompagner les usages clés : appel vidéo, photos, santé, retraite",
            "Prévenir les arnaques qui ciblent particulièrement les seniors",
        ],
        "program": [
            "Vieillissement et apprentissage : mémoire, vision, motricité fine, confiance",
            "Les motivations qui font avancer : famille, santé, loisirs, autonomie",
            "Pratique : appels vidéo, partage de photos, réglages de confort du smartphone",
            "Démarches santé et retraite : ameli, Mon espace santé, espace retraite",
            "Arnaques visant les seniors : faux petits-enfants, faux démarcheurs, "
            "faux supports techniques",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs et conseillers numériques, animateurs de clubs seniors, "
            "professionnels de l'aide à domicile et des résidences autonomie"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Simulation du vieillissement (lunettes et gants de simulation)",
            "Ateliers pratiques sur smartphone et tablette",
            "Partage d'expériences d'ateliers seniors",
        ],
        "assessment_methods": [
            "Quiz de positionnement",
            "Conception d'une séance adaptée aux seniors",
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
        "trainers": ["Amandine Roques", "Mehdi Ouali"],
        "competencies": ["CRCN-2.1", "CRCN-4.1", "CRCN-5.2"],
        "publics": ["mediateurs-numeriques", "seniors"],
        "themes": ["outils-quotidien", "numerique-securise"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["seniors", "autonomie", "sécurité", "arnaques"],
        "supports": [
            {
                "title": "Rendre un smartphone plus confortable pour une personne âgée",
                "format": "pdf",
                "description": ("Les réglages à faire ensemble lors d'une première séance."),
                "paragraphs": [
                    "Agrandir la taille du texte et des icônes dans les paramètres "
                    "d'affichage, puis vérifier avec la personne que les applications "
                    "courantes restent lisibles. Augmenter la durée avant la mise en veille "
                    "de l'écran évite qu'il s'éteigne pendant une manipulation.",
                    "Ranger l'écran d'accueil : ne garder que les applications utilisées "
                    "(téléphone, messages, appareil photo, appel vidéo) et regrouper les "
                    "autres dans un dossier. Un écran simple rassure et limite les "
                    "erreurs.",
                    "Enregistrer les contacts importants avec leur photo et des noms "
                    "explicites (« Marie, ma fille »). Ajouter une fiche d'urgence "
                    "accessible depuis l'écran verrouillé, avec les personnes à prévenir.",
                    "Régler le volume de la sonnerie, activer le vibreur et, si besoin, le "
                    "flash lors des appels. Pour les personnes appareillées, vérifier la "
                    "compatibilité avec les aides auditives.",
                    "Terminer la séance en notant sur une fiche papier les deux ou trois "
                    "gestes appris, avec les mots de la personne. Cette fiche, gardée près "
                    "du téléphone, sert d'aide-mémoire entre deux rencontres.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 44,
                "days": 1,
                "location": "Bagnères-de-Bigorre — Centre social",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 138,
                "days": 1,
                "location": "Fleurance — Médiathèque",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "seniors-ateliers-itinerants-ruraux",
        "title": "Seniors : organiser des ateliers numériques itinérants en milieu rural",
        "summary": (
            "Monter et animer des ateliers numériques de proximité pour les seniors des "
            "communes rurales, avec des moyens mobiles et des partenaires locaux."
        ),
        "objectives": [
            "Identifier les besoins des seniors isolés en milieu rural",
            "Construire un partenariat avec les communes, clubs et caisses de retraite",
            "Organiser la logistique d'un atelier itinérant : matériel, connexion, lieu",
            "Mobiliser les financements et les dispositifs adaptés (pass numérique, "
            "conférences des financeurs)",
        ],
        "program": [
            "Retours d'expérience : fourgon connecté dans les Hautes-Pyrénées, Mobil'IT en "
            "Haute-Garonne et dans le Gers",
            "Repérer et mobiliser les seniors : mairies, clubs, aides à domicile, bouche à "
            "oreille",
            "Logistique : matériel prêté, partage de connexion, salle communale",
            "Concevoir un cycle d'ateliers court et progressif",
            "Financer l'action : pass numériques, appels à projets, partenaires privés",
        ],
        "prerequisites": (
            "Avoir déjà animé des ateliers numériques collectifs, quel que soit le public."
        ),
        "target_audience": (
            "Médiateurs et conseillers numériques, coordinateurs de projets itinérants, "
            "agents de développement local"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Témoignages et visite d'un dispositif itinérant",
            "Travail en sous-groupes sur un projet de territoire",
            "Apports méthodologiques en gestion de projet",
        ],
        "assessment_methods": [
            "Production d'une fiche projet d'atelier itinérant",
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
            "Inscription en ligne jusqu'à 10 jours avant la session ; session itinérante "
            "avec covoiturage organisé depuis la gare la plus proche."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Amandine Roques", "Laurent Daguzan"],
        "competencies": ["CRCN-2.3", "CRCN-5.1"],
        "publics": ["mediateurs-numeriques", "seniors"],
        "themes": ["outils-quotidien", "acces-materiel"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["seniors", "atelier", "territoire", "réseau"],
        "supports": [
            {
                "title": "Atelier itinérant : la liste du matériel et de l'organisation",
                "format": "docx",
                "description": (
                    "Une liste de vérification pour partir l'esprit tranquille animer un "
                    "atelier dans une commune rurale."
                ),
                "paragraphs": [
                    "Matériel : tablettes ou ordinateurs chargés et numérotés, chargeurs "
                    "et multiprises, un routeur 4G ou 5G et un forfait adapté, un "
                    "vidéoprojecteur ou un grand écran, des fiches pas à pas imprimées en "
                    "gros caractères.",
                    "Lieu : salle communale accessible de plain-pied, chauffée, avec des "
                    "tables et des chaises confortables. Vérifier la couverture réseau "
                    "mobile lors d'un repérage préalable, car elle varie fortement d'un "
                    "village à l'autre.",
                    "Mobilisation : affiche à la mairie et chez les commerçants, annonce "
                    "dans le bulletin municipal, relais par le club des aînés et les aides "
                    "à domicile. Un appel téléphonique la veille réduit fortement les "
                    "absences.",
                    "Déroulé : des séances courtes (une heure trente à deux heures), un "
                    "même jour et une même heure chaque semaine, avec une pause "
                    "conviviale. Les participants repartent avec leur fiche et, si "
                    "possible, un contact pour les questions entre deux séances.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 66,
                "days": 1,
                "location": "Lannemezan — Espace France Services",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 150,
                "days": 1,
                "location": "Mirande — Maison des associations",
                "online": False,
                "seats": 12,
            },
        ],
    },
    {
        "slug": "jeunes-usages-reseaux-sociaux-citoyennete",
        "title": "Jeunes : usages numériques, réseaux sociaux et citoyenneté",
        "summary": (
            "Comprendre les pratiques numériques des jeunes pour les accompagner vers des "
            "usages critiques, sûrs et citoyens, y compris dans leurs démarches."
        ),
        "objectives": [
            "Décrire les pratiques numériques des 15-25 ans et leurs angles morts",
            "Identifier les risques : cyberharcèlement, désinformation, exposition des données",
            "Animer une séance d'éducation aux médias et à l'information",
            "Accompagner les jeunes dans les démarches qu'ils maîtrisent mal (courriel, "
            "formulaires, bureautique)",
        ],
        "program": [
            "Digital natives ? Déconstruire le mythe de la maîtrise spontanée",
            "Réseaux sociaux : algorithmes, image de soi, vie privée",
            "Vérifier une information : méthodes et jeux pour les ateliers",
            "Cyberharcèlement : repérer, accompagner, signaler",
            "Démarches des jeunes : Parcoursup, mission locale, contrat d'engagement "
            "jeune, logement étudiant",
        ],
        "prerequisites": "Aucun",
        "target_audience": (
            "Médiateurs numériques, animateurs jeunesse, conseillers de missions locales, "
            "éducateurs spécialisés"
        ),
        "duration_hours": 7,
        "modality": "in_person",
        "teaching_methods": [
            "Jeux sérieux d'éducation aux médias",
            "Analyse de comptes et de contenus publics",
            "Conception d'une séance en sous-groupes",
        ],
        "assessment_methods": [
            "Quiz de positionnement",
            "Présentation d'une séance conçue en sous-groupe",
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
        "trainers": ["Vincent Castéra", "Amandine Roques"],
        "competencies": ["CRCN-1.1", "CRCN-2.2", "CRCN-4.2"],
        "publics": ["mediateurs-numeriques", "jeunes"],
        "themes": ["comprendre-numerique", "numerique-securise"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["jeunes", "réseaux sociaux", "sécurité", "identité numérique"],
        "supports": [
            {
                "title": "Vérifier une information en cinq questions",
                "format": "pdf",
                "description": (
                    "Une fiche d'animation pour travailler l'esprit critique avec des jeunes."
                ),
                "paragraphs": [
                    "Qui parle ? Identifier l'auteur ou le compte à l'origine du contenu : "
                    "média reconnu, institution, particulier, compte anonyme créé "
                    "récemment. Cliquer sur le profil donne souvent de précieux indices.",
                    "Quand ? Une photo ou une vidéo peut être ancienne et ressortir dans un "
                    "nouveau contexte. La recherche d'image inversée permet de retrouver "
                    "ses premières publications.",
                    "D'où vient l'information ? Un contenu sérieux cite ses sources. "
                    "Rechercher l'information sur d'autres médias : si personne d'autre ne "
                    "la reprend, la prudence s'impose.",
                    "Pourquoi ce contenu m'arrive-t-il ? Les algorithmes des réseaux "
                    "sociaux mettent en avant ce qui fait réagir. Un contenu qui provoque "
                    "colère ou indignation est davantage partagé, qu'il soit vrai ou faux.",
                    "Et moi, je partage ? Avant de relayer, se demander si l'on est sûr de "
                    "l'information et quelles conséquences son partage peut avoir pour les "
                    "personnes concernées.",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 36,
                "days": 1,
                "location": "Lézignan-Corbières — MJC",
                "online": False,
                "seats": 14,
            },
            {
                "starts_in_days": 126,
                "days": 1,
                "location": "Toulouse — Centre social Bagatelle",
                "online": False,
                "seats": 14,
            },
        ],
    },
    {
        "slug": "jeunes-creation-numerique-metiers",
        "title": "Jeunes : de l'usage à la création, découvrir les métiers du numérique",
        "summary": (
            "Animer des ateliers d'informatique créative pour redonner confiance aux jeunes "
            "éloignés de l'emploi et leur ouvrir les métiers du numérique."
        ),
        "objectives": [
            "Animer des activités de programmation et de fabrication accessibles aux débutants",
            "Utiliser la pratique créative comme levier de confiance et de remobilisation",
            "Présenter la diversité des métiers du numérique et les parcours d'accès",
            "Orienter vers les formations et dispositifs d'insertion du territoire",
        ],
        "program": [
            "Jour 1 — Informatique débranchée : comprendre l'algorithme sans écran",
            "Jour 1 — Programmation visuelle et premiers projets créatifs",
            "Jour 1 — Robots, cartes électroniques et fabrication numérique",
            "Jour 2 — Les métiers du numérique : représentations et réalités",
            "Jour 2 — Parcours d'accès : formations courtes, écoles inclusives, alternance",
            "Jour 2 — Construire un atelier de découverte avec une mission locale ou une "
            "structure d'insertion",
        ],
        "prerequisites": "Aucun ; aucune connaissance en programmation n'est requise.",
        "target_audience": (
            "Médiateurs numériques, animateurs jeunesse, conseillers de missions locales, "
            "éducateurs"
        ),
        "duration_hours": 14,
        "modality": "in_person",
        "teaching_methods": [
            "Pédagogie par projet et expérimentation",
            "Ateliers pratiques de programmation et de robotique",
            "Rencontre avec des professionnels du numérique",
        ],
        "assessment_methods": [
            "Réalisation d'un mini-projet créatif en binôme",
            "Présentation d'un atelier de découverte conçu pendant la formation",
            "Questionnaire de satisfaction à chaud",
        ],
        "accessibility": _ACCESSIBILITY_IN_PERSON,
        "accessibility_contact": _ACCESSIBILITY_CONTACT,
        "price": (
            "650 € par stagiaire pour les deux jours ; gratuit pour les structures "
            "adhérentes de Coll.in ; prise en charge possible par l'OPCO"
        ),
        "access_terms": (
            "Inscription en ligne jusqu'à 15 jours avant la session ; matériel fourni, "
            "apporter si possible un ordinateur portable."
        ),
        "contact": _CONTACT,
        "certificate": True,
        "trainers": ["Vincent Castéra"],
        "competencies": ["CRCN-3.4", "CRCN-3.2", "CRCN-2.4"],
        "publics": ["mediateurs-numeriques", "jeunes"],
        "themes": ["insertion-professionnelle", "loisirs-creations"],
        "support_type": "ressource-pedagogique",
        "licence": "cc-by-sa-4-0",
        "tags": ["jeunes", "emploi", "atelier", "pédagogie"],
        "supports": [
            {
                "title": "Trois activités d'informatique débranchée",
                "format": "odt",
                "description": (
                    "Des activités sans écran pour faire découvrir les bases de "
                    "l'informatique à un groupe de jeunes."
                ),
                "paragraphs": [
                    "Le robot idiot : un participant joue le robot et n'exécute que des "
                    "instructions simples et précises (« avance d'un pas », « tourne à "
                    "droite »). Le groupe doit le guider jusqu'à un objet. L'activité fait "
                    "comprendre qu'un programme doit être exact et sans ambiguïté.",
                    "Le tri des cartes : par petits groupes, les participants trient des "
                    "cartes numérotées en ne comparant que deux cartes à la fois. En "
                    "comparant les stratégies, on découvre la notion d'algorithme et "
                    "d'efficacité.",
                    "Le message secret : à l'aide d'une grille de lettres et de chiffres, "
                    "les participants codent et décodent des messages. C'est une porte "
                    "d'entrée ludique vers le codage binaire et le chiffrement.",
                    "Après chaque activité, un temps d'échange fait le lien avec les "
                    "objets du quotidien (applications, GPS, messageries) et avec les "
                    "métiers qui les conçoivent. Beaucoup de jeunes découvrent alors "
                    "qu'ils « savent déjà penser comme un informaticien ».",
                ],
            }
        ],
        "sessions": [
            {
                "starts_in_days": 60,
                "days": 2,
                "location": "Toulouse — Centre social Empalot",
                "online": False,
                "seats": 12,
            },
            {
                "starts_in_days": 170,
                "days": 2,
                "location": "Tarbes — Maison de quartier Laubadère",
                "online": False,
                "seats": 10,
            },
        ],
    },
]

# Shared by both catalogues: the pedagogical approach described in the report.
_APPROACH_COMMON = (
    "<ul>"
    "<li>Des méthodes pédagogiques expositives, actives et expérimentales : apports "
    "théoriques, mises en situation, manipulations, études de cas apportés par les "
    "participants.</li>"
    "<li>Des approches théoriques issues de plusieurs champs : travail social, psychologie, "
    "sociologie, informatique.</li>"
    "<li>Un diagnostic de terrain et des besoins réalisé avant chaque session, pour partir "
    "des réalités des participants.</li>"
    "<li>Une évaluation formative tout au long de la formation, complétée d'un "
    "questionnaire de satisfaction.</li>"
    "<li>Des documents supports remis pendant la formation, réutilisables et sous licence "
    "libre pour la plupart.</li>"
    "<li>Une attestation de fin de formation remise à chaque participant.</li>"
    "</ul>"
    "<p>Chaque module peut être adapté aux besoins spécifiques d'une structure ou d'un "
    "territoire : formation en distanciel, prisme d'un dispositif national (pass numérique "
    "APTIC, Aidants Connect), focus sur un public particulier.</p>"
)

CATALOGUES = [
    {
        "slug": "integrer-outils-numeriques-accompagnement-social",
        "title": "Intégrer l'utilisation d'outils numériques dans l'accompagnement social",
        "intro": (
            "Treize modules pour aider les professionnels du secteur social à situer le "
            "numérique dans leurs pratiques d'accompagnement, du diagnostic des besoins à la "
            "sécurisation des démarches en ligne."
        ),
        "audience": (
            "Professionnels du secteur social déjà en poste : assistants de service social, "
            "conseillers en économie sociale et familiale, éducateurs, agents d'accueil de "
            "CCAS et d'espaces France Services."
        ),
        "approach": (
            "<p>Ce catalogue part des situations rencontrées par les équipes sociales : il ne "
            "s'agit pas de faire des travailleurs sociaux des techniciens, mais de leur donner "
            "les repères pour accompagner, orienter et sécuriser les usages numériques des "
            "personnes. Les modules sont animés par des formateurs et formatrices de Coll.in "
            "et de ses structures adhérentes, issus du travail social comme de la médiation "
            "numérique.</p>" + _APPROACH_COMMON
        ),
        "modules": _SOCIAL_MODULES,
    },
    {
        "slug": "adopter-posture-sociale-accompagnement-numerique",
        "title": "Adopter une posture sociale dans l'accompagnement numérique",
        "intro": (
            "Dix-sept modules pour outiller les professionnels du numérique et du social "
            "face à la diversité des publics, dont des modules dédiés aux demandeurs "
            "d'emploi, aux seniors et aux jeunes."
        ),
        "audience": (
            "Professionnels du numérique et du social déjà en poste : médiateurs et "
            "conseillers numériques, animateurs multimédia, conseillers en insertion, "
            "animateurs jeunesse et bénévoles encadrés."
        ),
        "approach": (
            "<p>Ce catalogue aide les professionnels de l'accompagnement numérique à prendre en "
            "compte la dimension sociale de leur intervention : situations de précarité, "
            "relation d'aide, travail en réseau avec les acteurs sociaux, spécificités des "
            "publics. Les modules sont animés par des formateurs et formatrices de Coll.in, de "
            "ses structures adhérentes et de La Compagnie du Code.</p>" + _APPROACH_COMMON
        ),
        "modules": _DIGITAL_MODULES,
    },
]
