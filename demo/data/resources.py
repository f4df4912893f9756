"""The hub's resource bank: methodologies, schemes, public and private services,
all documented with the same template (À quoi ça sert ? / Pour qui ? / Comment le
mobiliser ? / Points de vigilance)."""

RESOURCES = [
    {
        "slug": "pass-numerique-aptic",
        "title": "Le Pass numérique (APTIC)",
        "kind": "scheme",
        "summary": (
            "Des chéquiers qui permettent aux personnes éloignées du numérique de suivre "
            "gratuitement des ateliers dans des lieux qualifiés."
        ),
        "provider": "APTIC, avec l'ANCT et les collectivités commanditaires",
        "url": "https://www.aptic.fr/",
        "coverage": "National",
        "cost": "Gratuit pour le bénéficiaire ; financé par le commanditaire",
        "how_to_access": (
            "Les pass sont remis par une structure distributrice (CCAS, maison des "
            "solidarités, association) ; les lieux qui souhaitent les accepter doivent être "
            "qualifiés APTIC."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Le pass numérique fonctionne sur le modèle du titre-restaurant : il permet à "
            "une personne de payer un accompagnement au numérique (ateliers, "
            "accompagnement individuel) dans un lieu qualifié. Il rend visible et solvable "
            "l'offre de médiation numérique existante.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les personnes qui ont besoin d'acquérir des compétences numériques de "
            "base, repérées par un professionnel. Pour les lieux de médiation, c'est une "
            "source de financement de leurs ateliers ; pour les collectivités et entreprises, "
            "un outil de politique d'inclusion numérique.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<ul><li>En tant que lieu : se faire qualifier APTIC (voir le kit « Devenir "
            "structure qualifiée APTIC »).</li>"
            "<li>En tant que commanditaire : acheter des pass et organiser leur distribution "
            "sur son territoire.</li>"
            "<li>En tant que structure sociale : se porter volontaire pour distribuer les "
            "pass.</li></ul>"
            "<p>En Occitanie, RhinOcc a accompagné la distribution de 550 pass sur cinq "
            "départements et la qualification de 30 lieux.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>Chaque commanditaire fixe ses propres modalités d'utilisation (publics, "
            "durée de validité, services éligibles) : elles doivent être expliquées aux "
            "distributeurs. Un pass distribué sans orientation vers un lieu précis est "
            "rarement utilisé.</p>"
        ),
        "attachments": [],
        "competencies": ["CRCN-5.2", "CRCN-2.4"],
        "publics": ["eloignes-numerique", "mediateurs-numeriques"],
        "themes": ["outils-quotidien", "demarches-administratives"],
        "support_type": "article",
        "licence": "cc-by-sa-4-0",
        "tags": ["aptic", "pass numérique", "financement"],
    },
    {
        "slug": "aidants-connect",
        "title": "Aidants Connect",
        "kind": "public_service",
        "summary": (
            "Un service public qui permet aux aidants professionnels de réaliser des "
            "démarches en ligne pour le compte d'une personne, de manière sécurisée et "
            "légale."
        ),
        "provider": "Agence nationale de la cohésion des territoires (ANCT)",
        "url": "https://aidantsconnect.beta.gouv.fr/",
        "coverage": "National",
        "cost": "Gratuit",
        "how_to_access": (
            "La structure employant les aidants fait une demande d'habilitation en ligne ; "
            "les aidants suivent ensuite une formation obligatoire avant d'utiliser le "
            "service."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Aidants Connect sécurise une pratique courante : faire une démarche à la "
            "place d'une personne qui ne peut pas la faire seule. Grâce à un mandat signé "
            "par la personne, l'aidant se connecte via FranceConnect sans connaître ni "
            "conserver ses identifiants, et chaque action est tracée.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les professionnels qui font déjà « à la place » : travailleurs sociaux, "
            "agents France Services, secrétaires de mairie, conseillers numériques. Pour les "
            "usagers qui ne peuvent pas, temporairement ou durablement, réaliser leurs "
            "démarches seuls.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<ol><li>La structure dépose une demande d'habilitation.</li>"
            "<li>Les aidants désignés suivent la formation.</li>"
            "<li>Chaque aidant reçoit une carte ou un dispositif d'authentification.</li>"
            "<li>Avec l'usager, l'aidant crée un mandat pour les démarches et la durée "
            "choisies.</li></ol>"
            "<h3>Points de vigilance</h3>"
            "<p>Aidants Connect ne remplace pas l'apprentissage : il convient de proposer "
            "en parallèle un accompagnement vers l'autonomie lorsque c'est possible. Le "
            "mandat doit être expliqué clairement et son périmètre respecté.</p>"
        ),
        "attachments": [
            {
                "title": "Fiche mémo : faire à la place en toute légalité",
                "format": "pdf",
                "description": (
                    "Un mémo pour les équipes sur les différences entre aider, faire avec et "
                    "faire à la place."
                ),
                "paragraphs": [
                    "Faire avec : la personne réalise la démarche elle-même, guidée par le "
                    "professionnel. C'est la situation à privilégier dès que possible.",
                    "Faire à la place sans cadre : utiliser les identifiants de la personne "
                    "expose le professionnel et sa structure en cas d'erreur ou de litige.",
                    "Faire à la place avec Aidants Connect : un mandat signé définit les "
                    "démarches et la durée ; le professionnel s'authentifie avec ses propres "
                    "moyens et ses actions sont tracées.",
                    "Dans tous les cas : expliquer à la personne ce qui est fait, lui remettre "
                    "une trace écrite et lui proposer de progresser vers l'autonomie.",
                ],
            }
        ],
        "competencies": ["CRCN-2.4", "CRCN-4.2"],
        "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
        "themes": ["demarches-administratives"],
        "support_type": "article",
        "licence": "etalab-2-0",
        "tags": ["accès aux droits", "france connect", "administration en ligne"],
    },
    {
        "slug": "conseillers-numeriques-france-services",
        "title": "Conseillers numériques France Services",
        "kind": "scheme",
        "summary": (
            "Un dispositif national qui finance des postes de médiateurs numériques dans les "
            "collectivités, associations et structures publiques."
        ),
        "provider": "Agence nationale de la cohésion des territoires (ANCT)",
        "url": "https://www.conseiller-numerique.gouv.fr/",
        "coverage": "National",
        "cost": "Gratuit pour les usagers ; poste cofinancé par l'État pour la structure",
        "how_to_access": (
            "Les usagers trouvent un conseiller près de chez eux via la carte nationale ; "
            "les structures candidatent lors des appels à manifestation d'intérêt de l'ANCT."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Les conseillers numériques accompagnent les habitants dans leurs usages "
            "quotidiens du numérique : prendre en main un équipement, envoyer des courriels, "
            "travailler à distance, réaliser ses démarches, protéger ses données. Ils "
            "interviennent en ateliers collectifs et en accompagnement individuel.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour tous les habitants ayant besoin d'accompagnement. Pour les structures, "
            "c'est un moyen de créer ou renforcer une offre de médiation numérique avec un "
            "professionnel formé.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<p>Repérez les conseillers de votre territoire et présentez-vous : ils sont des "
            "partenaires naturels pour l'orientation des publics. Pour accueillir un "
            "conseiller, suivez les appels à candidatures de l'ANCT et anticipez le "
            "cofinancement, le matériel et le tutorat.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>Un conseiller isolé s'épuise vite : intégrez-le dans un réseau local "
            "d'acteurs et prévoyez des temps d'échange de pratiques. Anticipez la "
            "pérennisation du poste au-delà de la période de financement.</p>"
        ),
        "attachments": [],
        "competencies": ["CRCN-2.3"],
        "publics": ["mediateurs-numeriques", "tous-publics"],
        "themes": ["outils-quotidien", "comprendre-numerique"],
        "support_type": "article",
        "licence": "etalab-2-0",
        "tags": ["réseau", "médiation numérique", "financement"],
    },
    {
        "slug": "cartographie-lieux-inclusion-numerique-occitanie",
        "title": "Cartographie des lieux d'inclusion numérique en Occitanie",
        "kind": "methodology",
        "summary": (
            "La carte interactive du Hub qui recense 474 lieux proposant des activités "
            "d'inclusion numérique, et la méthode pour la tenir à jour."
        ),
        "provider": "Hub RhinOcc (La Mêlée), mission confiée par la Banque des Territoires",
        "url": "",
        "coverage": "Occitanie",
        "cost": "Gratuit",
        "how_to_access": (
            "Consultation libre sur le site du Hub ; les structures ajoutent ou mettent à "
            "jour leur fiche via le questionnaire de recensement en ligne."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>La carte facilite l'identification des acteurs du numérique et du social et "
            "des lieux où ils proposent des activités d'inclusion numérique : ateliers "
            "informatiques, accompagnement à l'accès aux droits dématérialisés, ordinateurs "
            "en libre-service, formations aux métiers du numérique. Elle permet aux "
            "décideurs d'observer l'offre et sert de base à des cartographies sur mesure "
            "(une intercommunalité, les lieux distributeurs de pass d'un département).</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les professionnels de l'accompagnement qui cherchent des partenaires "
            "aux compétences complémentaires, et pour les collectivités qui construisent "
            "leur stratégie d'inclusion numérique.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<ul><li>Rechercher un lieu par commune, public ou service.</li>"
            "<li>Référencer sa structure via le formulaire de recensement.</li>"
            "<li>Demander au Hub une extraction ou une carte spécifique à un projet.</li></ul>"
            "<p>La méthode repose sur un référentiel commun (nomenclature et définitions des "
            "services), un questionnaire exploratoire, un formulaire de recensement en ligne "
            "et l'intégration de données existantes.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>Une carte n'est utile que si elle est à jour : prévoyez une relance annuelle "
            "des structures et vérifiez les horaires avant d'orienter une personne.</p>"
        ),
        "attachments": [
            {
                "title": "Référentiel de la cartographie : nomenclature des services",
                "format": "pdf",
                "description": (
                    "Les définitions communes utilisées pour décrire les lieux et leurs activités."
                ),
                "paragraphs": [
                    "Atelier informatique : séance collective encadrée, avec un objectif "
                    "d'apprentissage, sur inscription ou en accès libre.",
                    "Accompagnement aux démarches en ligne : aide individuelle à la "
                    "réalisation d'une démarche administrative dématérialisée, avec ou sans "
                    "rendez-vous.",
                    "Accès libre : mise à disposition d'ordinateurs, d'une imprimante et d'une "
                    "connexion, avec ou sans présence d'un médiateur.",
                    "Formation professionnalisante : parcours qualifiant vers les métiers du "
                    "numérique.",
                    "Chaque lieu est décrit par son adresse, ses horaires, ses publics, ses "
                    "services, son éventuelle qualification APTIC et ses conditions d'accès.",
                ],
            }
        ],
        "competencies": ["CRCN-1.1", "CRCN-1.3"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "themes": ["comprendre-numerique"],
        "support_type": "methodologie",
        "licence": "etalab-2-0",
        "tags": ["cartographie", "réseau", "diagnostic"],
    },
    {
        "slug": "solidarite-numerique",
        "title": "Solidarité Numérique",
        "kind": "public_service",
        "summary": (
            "Une ligne d'assistance téléphonique et un site de tutoriels pour aider à "
            "distance les personnes bloquées dans une démarche en ligne."
        ),
        "provider": "La MedNum, avec le soutien de l'État",
        "url": "https://www.solidarite-numerique.fr/",
        "coverage": "National",
        "cost": "Gratuit (prix d'un appel local)",
        "how_to_access": (
            "Appeler le 01 70 772 372 ou consulter les tutoriels en ligne sur le site."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Créé pendant le premier confinement, Solidarité Numérique propose une aide "
            "à distance par des médiateurs numériques : démarches administratives, "
            "télétravail, école à la maison, communication avec ses proches. Le site "
            "rassemble des tutoriels pas à pas.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les personnes qui ont un équipement mais sont bloquées dans un usage "
            "précis, et pour les professionnels qui cherchent un tutoriel à partager.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<p>Communiquez le numéro sur vos supports d'accueil et dans vos fiches "
            "d'orientation. Dans le cadre de l'accompagnement du Conseil départemental de la "
            "Haute-Garonne, RhinOcc a aidé au déploiement de Solidarité Numérique comme "
            "ressource complémentaire.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>L'aide à distance suppose que la personne sache décrire son écran et "
            "dispose d'un téléphone et d'un ordinateur ; elle ne convient pas aux grands "
            "débutants, à orienter plutôt vers un lieu physique.</p>"
        ),
        "attachments": [],
        "competencies": ["CRCN-5.1", "CRCN-2.4"],
        "publics": ["tous-publics", "eloignes-numerique"],
        "themes": ["demarches-administratives", "outils-quotidien"],
        "support_type": "article",
        "licence": "etalab-2-0",
        "tags": ["administration en ligne", "accès aux droits"],
    },
    {
        "slug": "france-services",
        "title": "France Services",
        "kind": "public_service",
        "summary": (
            "Des guichets de proximité où des agents formés accompagnent les usagers dans "
            "leurs démarches auprès de plusieurs administrations."
        ),
        "provider": "État, collectivités et opérateurs partenaires (ANCT)",
        "url": "https://www.france-services.gouv.fr/",
        "coverage": "National",
        "cost": "Gratuit",
        "how_to_access": (
            "Se rendre dans l'espace France Services le plus proche, avec ou sans "
            "rendez-vous selon les lieux ; certains bus France Services sont itinérants."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Dans un même lieu, les usagers sont accompagnés pour leurs démarches liées "
            "aux impôts, à la CAF, à l'Assurance Maladie, à la retraite, à l'emploi, aux "
            "papiers d'identité ou à la justice. Les agents aident à utiliser les services "
            "en ligne et peuvent mettre en relation avec les opérateurs partenaires.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour tous les usagers, en particulier en zone rurale et dans les quartiers "
            "prioritaires, et pour les professionnels qui ont besoin d'un relais pour une "
            "démarche complexe ou urgente.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<p>Identifiez les espaces de votre territoire et leurs horaires, rencontrez "
            "leurs agents et convenez d'un circuit d'orientation réciproque : la France "
            "Services oriente vers vos ateliers les personnes qui veulent apprendre, vous "
            "orientez vers elle les démarches à traiter rapidement.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>Les agents France Services aident à réaliser une démarche mais n'ont pas "
            "toujours le temps de former à l'autonomie : l'articulation avec les lieux de "
            "médiation numérique est essentielle.</p>"
        ),
        "attachments": [],
        "competencies": ["CRCN-2.4"],
        "publics": ["tous-publics", "travailleurs-sociaux"],
        "themes": ["demarches-administratives"],
        "support_type": "article",
        "licence": "etalab-2-0",
        "tags": ["accès aux droits", "administration en ligne"],
    },
    {
        "slug": "les-bons-clics",
        "title": "Les Bons Clics",
        "kind": "private_service",
        "summary": (
            "Une plateforme gratuite de ressources pédagogiques et de parcours "
            "d'apprentissage pour accompagner les publics éloignés du numérique."
        ),
        "provider": "WeTechCare",
        "url": "https://lesbonsclics.fr/",
        "coverage": "National",
        "cost": "Gratuit",
        "how_to_access": (
            "Accès libre aux ressources ; un compte aidant gratuit permet de suivre la "
            "progression des personnes accompagnées."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Les Bons Clics propose des modules d'apprentissage courts (utiliser une "
            "souris, créer une adresse courriel, faire une démarche en ligne), des outils "
            "de diagnostic des compétences et des fiches pour les aidants.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les aidants professionnels et bénévoles, et pour les personnes qui "
            "souhaitent s'entraîner seules entre deux ateliers.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<p>Créez un compte aidant, utilisez le diagnostic en entrée d'accompagnement et "
            "assignez des modules à faire à la maison. Les contenus complètent très bien les "
            "ateliers partagés sur cette plateforme.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>Les parcours en ligne supposent une autonomie minimale et un équipement à "
            "domicile ; pour les grands débutants, ils restent un complément de "
            "l'accompagnement en présentiel.</p>"
        ),
        "attachments": [],
        "competencies": ["CRCN-5.2", "CRCN-2.1"],
        "publics": ["mediateurs-numeriques", "eloignes-numerique"],
        "themes": ["outils-quotidien"],
        "support_type": "ressource-pedagogique",
        "licence": "tous-droits-reserves",
        "tags": ["atelier", "diagnostic", "débutant"],
    },
    {
        "slug": "pix-evaluation-certification",
        "title": "Pix : évaluer et certifier ses compétences numériques",
        "kind": "public_service",
        "summary": (
            "Le service public en ligne pour évaluer, développer et certifier ses "
            "compétences numériques selon le référentiel CRCN."
        ),
        "provider": "Groupement d'intérêt public Pix",
        "url": "https://www.pix.fr/",
        "coverage": "National",
        "cost": "Gratuit pour l'évaluation ; certification gratuite ou payante selon le centre",
        "how_to_access": (
            "Créer un compte sur pix.fr ; les structures peuvent ouvrir un espace Pix Orga "
            "pour proposer des parcours à leurs publics."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Pix évalue les 16 compétences du cadre de référence des compétences "
            "numériques (CRCN), réparties en 5 domaines, au moyen de tests adaptatifs. La "
            "certification Pix est reconnue par l'État et le monde professionnel.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les personnes déjà autonomes avec un ordinateur qui souhaitent "
            "mesurer leur niveau ou le valoriser, notamment en recherche d'emploi. Pour les "
            "structures, Pix Orga permet de suivre les résultats d'un groupe.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<p>Proposez un test en fin de parcours d'ateliers, utilisez les parcours "
            "thématiques pour individualiser les apprentissages, et orientez vers un centre "
            "de certification pour valoriser les acquis sur un CV.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>Pix n'est pas adapté aux grands débutants : commencez par un "
            "questionnaire de positionnement en présentiel.</p>"
        ),
        "attachments": [],
        "competencies": ["CRCN-5.2", "CRCN-1.1"],
        "publics": ["demandeurs-emploi", "jeunes"],
        "themes": ["insertion-professionnelle"],
        "support_type": "outil-evaluation",
        "licence": "etalab-2-0",
        "tags": ["évaluation", "emploi"],
    },
    {
        "slug": "diagnostic-interne-intercommunalites",
        "title": "Méthodologie de diagnostic interne des intercommunalités",
        "kind": "methodology",
        "summary": (
            "Une méthode testée avec Toulouse Métropole pour aider une intercommunalité à "
            "recenser ses actions d'inclusion numérique et bâtir sa stratégie."
        ),
        "provider": "Hub RhinOcc, expérimentée avec Toulouse Métropole",
        "url": "",
        "coverage": "Haute-Garonne",
        "cost": "Gratuit (méthode en licence libre) ; accompagnement par le Hub sur devis",
        "how_to_access": (
            "Télécharger la méthode et ses outils ; contacter le Hub pour un appui à "
            "l'animation et à l'analyse."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Avant de lancer de nouvelles actions, une intercommunalité gagne à savoir "
            "ce que font déjà ses propres services : accueil, action sociale, "
            "médiathèques, emploi, politique de la ville. Le diagnostic interne révèle ces "
            "actions, crée des synergies entre services et fonde la stratégie d'inclusion "
            "numérique.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les directions générales, chargés de mission numérique et "
            "cohésion sociale des intercommunalités et des grandes communes.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<ol><li>Réunion de sensibilisation inter-services pour partager les enjeux.</li>"
            "<li>Co-conception du questionnaire avec un groupe de référents.</li>"
            "<li>Mise en ligne d'une enquête quantitative et appui au déploiement interne.</li>"
            "<li>Suivi des réponses et relances ciblées.</li>"
            "<li>Analyse partagée et rédaction du livrable de diagnostic.</li></ol>"
            "<h3>Points de vigilance</h3>"
            "<p>Le portage par la direction générale est indispensable pour obtenir des "
            "réponses de tous les services. Prévoyez trois à quatre mois entre la "
            "sensibilisation et la restitution.</p>"
        ),
        "attachments": [
            {
                "title": "Questionnaire de diagnostic interne",
                "format": "docx",
                "description": (
                    "Le questionnaire à adapter et à diffuser auprès des services de "
                    "l'intercommunalité."
                ),
                "paragraphs": [
                    "Votre service : direction, nombre d'agents en contact avec le public, "
                    "principaux publics accueillis.",
                    "Constats : les usagers que vous recevez rencontrent-ils des difficultés "
                    "avec le numérique ? Lesquelles, et à quelle fréquence ?",
                    "Actions existantes : proposez-vous déjà une aide au numérique (accès à "
                    "un poste, aide aux démarches, ateliers) ? Avec quels moyens ?",
                    "Partenaires : vers quelles structures orientez-vous les usagers en "
                    "difficulté ?",
                    "Besoins des agents : formation, outils, temps dédié, connaissance des "
                    "dispositifs (pass numérique, Aidants Connect).",
                    "Idées : quelles actions permettraient, selon vous, de mieux répondre "
                    "aux besoins des usagers ?",
                ],
            },
            {
                "title": "Trame du livrable de diagnostic",
                "format": "odt",
                "description": "Le plan type du rapport de diagnostic remis aux élus.",
                "paragraphs": [
                    "1. Contexte et méthode : périmètre, calendrier, taux de réponse.",
                    "2. Portrait des publics et des difficultés observées par les services.",
                    "3. Inventaire des actions existantes, par direction.",
                    "4. Forces, manques et doublons ; synergies possibles entre services.",
                    "5. Recommandations et feuille de route proposée, avec indicateurs de suivi.",
                ],
            },
        ],
        "competencies": ["CRCN-1.3", "CRCN-2.3"],
        "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
        "themes": ["comprendre-numerique"],
        "support_type": "methodologie",
        "licence": "cc-by-sa-4-0",
        "tags": ["diagnostic", "collectivités", "réseau"],
    },
    {
        "slug": "methodologie-pass-numeriques-territoire",
        "title": "Méthodologie de mise en place des pass numériques à l'échelle d'un territoire",
        "kind": "methodology",
        "summary": (
            "La méthode du Hub, issue de l'accompagnement du Conseil départemental de la "
            "Haute-Garonne, pour déployer les pass numériques sur un territoire."
        ),
        "provider": "Hub RhinOcc (Coll.in et La Mêlée)",
        "url": "",
        "coverage": "Occitanie",
        "cost": "Gratuit",
        "how_to_access": (
            "Télécharger la méthodologie ; le kit « Penser le dispositif APTIC sur son "
            "territoire » en détaille les outils."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Cette méthode structure toutes les étapes d'un déploiement de pass "
            "numériques, du cadrage stratégique au bilan. Avec le Conseil départemental de "
            "la Haute-Garonne, elle a permis de contacter 134 structures, d'en accompagner "
            "52 et de faire passer le nombre de lieux qualifiés de 3 à 21 dans le "
            "département.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les commanditaires de pass (départements, intercommunalités, caisses, "
            "entreprises) et pour les structures qui les accompagnent.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<ul><li>Identifier et accompagner les structures à la qualification.</li>"
            "<li>Accompagner la montée en compétences des structures qui en ont besoin.</li>"
            "<li>Organiser une journée de lancement et des ateliers d'interconnaissance.</li>"
            "<li>Former les structures de premier niveau distributrices.</li>"
            "<li>Collecter et partager les données entre les acteurs et produire des "
            "cartographies dédiées.</li></ul>"
            "<h3>Points de vigilance</h3>"
            "<p>Sans animation continue, les pass dorment dans les tiroirs : prévoyez un "
            "référent, des comités techniques réguliers et des indicateurs d'usage suivis "
            "dès le premier trimestre.</p>"
        ),
        "attachments": [],
        "competencies": ["CRCN-2.3"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "themes": ["demarches-administratives"],
        "support_type": "methodologie",
        "licence": "cc-by-sa-4-0",
        "tags": ["pass numérique", "aptic", "collectivités"],
    },
    {
        "slug": "cybermalveillance-gouv",
        "title": "Cybermalveillance.gouv.fr",
        "kind": "public_service",
        "summary": (
            "Le dispositif national d'assistance aux victimes d'actes de cybermalveillance "
            "et de sensibilisation aux risques numériques."
        ),
        "provider": "GIP ACYMA",
        "url": "https://www.cybermalveillance.gouv.fr/",
        "coverage": "National",
        "cost": "Gratuit",
        "how_to_access": (
            "Consulter le site ; en cas d'incident, utiliser l'outil de diagnostic en ligne "
            "qui oriente vers les bons conseils ou des prestataires de proximité."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Le site propose un diagnostic en ligne pour les victimes (piratage de "
            "compte, hameçonnage, rançongiciel, arnaque au faux support technique), des "
            "fiches réflexes, des vidéos et un kit de sensibilisation libre de droits.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les particuliers, les associations, les entreprises et les "
            "collectivités ; pour les médiateurs qui animent des ateliers de sécurité "
            "numérique.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<p>Utilisez le kit de sensibilisation dans vos ateliers sur les mots de passe, "
            "l'hameçonnage ou les achats en ligne, et orientez les personnes victimes vers "
            "l'outil d'assistance.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>En cas d'escroquerie financière, la personne doit aussi faire opposition "
            "auprès de sa banque et porter plainte : le site ne remplace pas ces démarches.</p>"
        ),
        "attachments": [],
        "competencies": ["CRCN-4.1", "CRCN-4.2"],
        "publics": ["tous-publics", "mediateurs-numeriques"],
        "themes": ["numerique-securise"],
        "support_type": "article",
        "licence": "etalab-2-0",
        "tags": ["sécurité", "arnaque"],
    },
    {
        "slug": "filiere-reemploi-materiel-informatique",
        "title": "Structurer la filière du réemploi de matériel informatique",
        "kind": "methodology",
        "summary": (
            "Les enseignements du chantier mené avec Envoi Insertion et Handicap pour "
            "rapprocher l'offre et la demande d'équipements reconditionnés en région."
        ),
        "provider": "La Mêlée et Envoi Insertion et Handicap",
        "url": "",
        "coverage": "Occitanie",
        "cost": "Gratuit",
        "how_to_access": (
            "Consulter la synthèse ci-dessous ; les opérateurs du reconditionnement "
            "intéressés peuvent rejoindre le groupe de travail via le Hub."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Le manque d'équipement est l'un des premiers freins à l'inclusion "
            "numérique. Ce chantier vise une plateforme de rencontre entre l'offre et la "
            "demande d'équipements informatiques reconditionnés entre organisations, pilotée "
            "par les opérateurs du reconditionnement en région.</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les entreprises et collectivités qui renouvellent leur parc, les "
            "opérateurs du reconditionnement (dont des structures d'insertion) et les "
            "structures sociales qui équipent leurs publics.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<p>La première étape est achevée : rédaction du cahier des charges technique et "
            "consultation d'opérateurs de différentes tailles, en milieu rural et urbain, "
            "pour comprendre les leviers et les freins au développement de la filière. Les "
            "donateurs potentiels peuvent dès maintenant se rapprocher d'un opérateur "
            "régional pour organiser la collecte de leur matériel.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>L'effacement certifié des données des appareils donnés est indispensable. "
            "Un équipement remis sans accompagnement à la prise en main reste souvent "
            "inutilisé.</p>"
        ),
        "attachments": [
            {
                "title": "Synthèse de la consultation des opérateurs du reconditionnement",
                "format": "pdf",
                "description": (
                    "Les leviers et les freins identifiés lors de la consultation des "
                    "acteurs du réemploi."
                ),
                "paragraphs": [
                    "Leviers : une demande forte des structures sociales, des opérateurs "
                    "d'insertion qui créent de l'emploi local, une attente des entreprises "
                    "pour valoriser leur matériel de manière responsable.",
                    "Freins : un gisement de matériel irrégulier, des coûts logistiques "
                    "élevés en milieu rural, une méconnaissance des opérateurs par les "
                    "donateurs.",
                    "Besoins exprimés : un outil commun de mise en relation, des règles "
                    "partagées sur l'effacement des données et la garantie, une meilleure "
                    "visibilité de l'offre auprès des structures sociales.",
                    "Prochaines étapes : prototyper la plateforme avec quelques opérateurs "
                    "volontaires et tester les circuits de distribution avec des lieux de "
                    "médiation numérique.",
                ],
            }
        ],
        "competencies": ["CRCN-4.3"],
        "publics": ["eloignes-numerique", "travailleurs-sociaux"],
        "themes": ["acces-materiel"],
        "support_type": "methodologie",
        "licence": "cc-by-sa-4-0",
        "tags": ["équipement", "réemploi", "réseau"],
    },
    {
        "slug": "emmaus-connect",
        "title": "Emmaüs Connect",
        "kind": "private_service",
        "summary": (
            "Une association qui propose aux personnes en précarité du matériel "
            "reconditionné et des recharges à prix solidaire, ainsi que des ateliers."
        ),
        "provider": "Emmaüs Connect",
        "url": "https://emmaus-connect.org/",
        "coverage": "National",
        "cost": "Prix solidaires sur orientation d'une structure partenaire",
        "how_to_access": (
            "La personne est orientée par une structure sociale partenaire puis reçue dans "
            "un point d'accueil ou un relais de l'association."
        ),
        "body": (
            "<h3>À quoi ça sert ?</h3>"
            "<p>Emmaüs Connect lutte contre l'exclusion numérique en facilitant l'accès à "
            "l'équipement (smartphones et ordinateurs reconditionnés), à la connexion "
            "(recharges et forfaits à tarif solidaire) et aux compétences (ateliers).</p>"
            "<h3>Pour qui ?</h3>"
            "<p>Pour les personnes en situation de précarité, orientées par un travailleur "
            "social, un CCAS ou une association partenaire.</p>"
            "<h3>Comment le mobiliser ?</h3>"
            "<p>Devenez structure partenaire pour pouvoir orienter vos publics, et vérifiez "
            "les points d'accueil accessibles depuis votre territoire. Combinez l'accès à "
            "l'équipement avec un parcours d'ateliers dans un lieu de médiation de "
            "proximité.</p>"
            "<h3>Points de vigilance</h3>"
            "<p>Les points d'accueil physiques sont surtout urbains : en milieu rural, "
            "renseignez-vous sur les solutions de relais ou de vente à distance.</p>"
        ),
        "attachments": [],
        "competencies": ["CRCN-5.2"],
        "publics": ["eloignes-numerique", "travailleurs-sociaux"],
        "themes": ["acces-materiel"],
        "support_type": "article",
        "licence": "tous-droits-reserves",
        "tags": ["équipement", "réemploi", "accès aux droits"],
    },
]
