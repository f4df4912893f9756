"""Communities of actors supported by the hub, with the contents they contributed.

Contacts are fictitious (role addresses on example domains, phone numbers from the
ranges reserved for fiction by ARCEP); member structures are organisations."""

COMMUNITIES = [
    {
        "slug": "reseau-mediation-numerique-sicoval",
        "title": "Réseau des acteurs de la médiation numérique du Sicoval",
        "territory": "Communauté d'agglomération du Sicoval (sud-est toulousain)",
        "departments": ["31"],
        "summary": (
            "Le réseau des acteurs de la médiation et de l'inclusion numérique du Sicoval, "
            "né d'un accompagnement de sept mois par RhinOcc avec 45 participants."
        ),
        "description": (
            "<p>Territoire d'Action Numérique Inclusif, la Communauté d'agglomération du "
            "Sicoval s'est rapprochée très tôt du Hub RhinOcc. Ensemble, ils ont recensé et "
            "diagnostiqué les structures de médiation numérique du territoire, collecté "
            "leurs besoins puis animé pendant sept mois un réseau de 45 participants.</p>"
            "<p>Des séances de design ont permis de structurer les piliers du réseau : une "
            "<strong>charte</strong>, un <strong>outil de communication</strong> commun et "
            "un <strong>plan de formation</strong>. Des groupes de travail font vivre ces "
            "chantiers entre les rencontres plénières.</p>"
            "<p>Le réseau est ouvert à toute structure du Sicoval qui accompagne des "
            "habitants vers l'autonomie numérique : communes, CCAS, médiathèques, "
            "associations, centres sociaux.</p>"
        ),
        "is_private": False,
        "contacts": [
            {
                "name": "Coordination du réseau",
                "role": "Chargée de mission inclusion numérique",
                "email": "coordination@sicoval-reseau.fr",
                "phone": "05 36 49 12 40",
            },
            {
                "name": "Groupe de travail formation",
                "role": "Pilote du groupe de travail formation",
                "email": "formation@sicoval-reseau.fr",
                "phone": "05 36 49 12 41",
            },
        ],
        "members": [
            {"name": "Communauté d'agglomération du Sicoval", "town": "Labège"},
            {"name": "Médiathèque municipale", "town": "Castanet-Tolosan"},
            {"name": "Centre communal d'action sociale", "town": "Ramonville-Saint-Agne"},
            {"name": "Espace de vie sociale", "town": "Escalquens"},
            {"name": "Point d'accueil France Services", "town": "Montgiscard"},
            {"name": "Association d'entraide numérique", "town": "Baziège"},
            {"name": "Mairie", "town": "Auzeville-Tolosane"},
        ],
        "themes": ["demarches-administratives", "outils-quotidien"],
        "contributions": [
            {
                "type": "resource",
                "slug": "charte-reseau-mediation-numerique-sicoval",
                "title": "Charte du réseau des acteurs de la médiation numérique du Sicoval",
                "kind": "methodology",
                "summary": (
                    "La charte co-construite par les membres du réseau : valeurs, "
                    "engagements et fonctionnement."
                ),
                "provider": "Réseau des acteurs de la médiation numérique du Sicoval",
                "url": "",
                "coverage": "Communauté d'agglomération du Sicoval",
                "cost": "Gratuit",
                "how_to_access": (
                    "Télécharger la charte ; toute structure du territoire peut la signer "
                    "auprès de la coordination du réseau."
                ),
                "body": (
                    "<h3>À quoi ça sert ?</h3>"
                    "<p>La charte pose le socle commun du réseau : pourquoi les structures "
                    "travaillent ensemble, ce qu'elles s'engagent à faire et comment le "
                    "réseau fonctionne. Elle a été rédigée lors de séances de design "
                    "animées avec RhinOcc.</p>"
                    "<h3>Pour qui ?</h3>"
                    "<p>Pour les structures du Sicoval qui accompagnent des habitants au "
                    "numérique, et pour tout territoire qui souhaite s'en inspirer.</p>"
                    "<h3>Comment le mobiliser ?</h3>"
                    "<p>Lisez-la en équipe, signez-la pour rejoindre le réseau, ou "
                    "adaptez-la à votre territoire en suivant le kit « Exposer la "
                    "méthodologie d'une dynamique de réseau sur son territoire ».</p>"
                    "<h3>Points de vigilance</h3>"
                    "<p>Une charte n'a de valeur que si elle est discutée : ne la faites "
                    "pas signer sans un temps d'appropriation collective.</p>"
                ),
                "attachments": [
                    {
                        "title": "Charte du réseau de la médiation numérique du Sicoval",
                        "format": "pdf",
                        "description": "La charte signée par les membres du réseau.",
                        "paragraphs": [
                            "Nos convictions : l'accès au numérique est une condition de "
                            "l'accès aux droits ; personne ne doit être laissé seul face à "
                            "la dématérialisation.",
                            "Nos valeurs : accueil bienveillant et sans jugement, respect du "
                            "rythme de chacun, recherche de l'autonomie, confidentialité des "
                            "informations confiées.",
                            "Nos engagements : connaître l'offre des autres membres, "
                            "orienter les habitants vers la structure la plus adaptée, "
                            "partager nos ressources et nos pratiques.",
                            "Notre fonctionnement : trois rencontres plénières par an, des "
                            "groupes de travail (formation, communication, accueil), une "
                            "coordination assurée par l'agglomération.",
                            "Notre communication : un annuaire commun des lieux et un "
                            "visuel partagé signalant les structures membres du réseau.",
                        ],
                    }
                ],
                "competencies": ["CRCN-2.3"],
                "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
                "themes": ["comprendre-numerique"],
                "support_type": "methodologie",
                "licence": "cc-by-sa-4-0",
                "tags": ["réseau", "collectivités", "animation"],
            },
            {
                "type": "workshop",
                "slug": "seance-design-parcours-usager-sicoval",
                "title": "Séance de design : le parcours de l'usager sur le territoire",
                "summary": (
                    "Le déroulé d'une séance de co-conception entre professionnels pour "
                    "suivre le parcours d'un habitant et repérer les ruptures."
                ),
                "level": "intermediate",
                "duration_minutes": 180,
                "session_count": 1,
                "rhythm": "Une séance, à renouveler une fois par an",
                "participant_profiles": (
                    "Professionnels et bénévoles des structures membres du réseau : "
                    "médiateurs, agents d'accueil, travailleurs sociaux, élus."
                ),
                "group_size": "15 à 30 personnes, en sous-groupes de 5",
                "material_needed": (
                    "Grande carte du territoire, post-it de trois couleurs, fiches "
                    "personas imprimées, feutres, paperboards."
                ),
                "body": [
                    ["heading", "Objectif de la séance"],
                    [
                        "text",
                        "<p>Se mettre à la place d'un habitant qui doit réaliser une "
                        "démarche en ligne, identifier où il peut trouver de l'aide et où "
                        "son parcours se rompt, puis proposer des améliorations concrètes "
                        "pour le réseau.</p>",
                    ],
                    ["heading", "Déroulé"],
                    [
                        "text",
                        "<ol><li><strong>0 h 00 - 0 h 20</strong> : accueil et jeu "
                        "d'interconnaissance.</li>"
                        "<li><strong>0 h 20 - 0 h 40</strong> : présentation des quatre "
                        "personas (retraitée en zone rurale, jeune demandeur d'emploi, mère "
                        "isolée allophone, travailleur indépendant).</li>"
                        "<li><strong>0 h 40 - 1 h 40</strong> : en sous-groupes, tracer le "
                        "parcours du persona sur la carte : post-it vert pour une aide "
                        "trouvée, rouge pour une rupture, jaune pour une idée.</li>"
                        "<li><strong>1 h 40 - 2 h 20</strong> : restitution et repérage des "
                        "ruptures communes.</li>"
                        "<li><strong>2 h 20 - 3 h 00</strong> : choix de deux améliorations "
                        "et constitution des groupes de travail.</li></ol>",
                    ],
                    [
                        "image",
                        "Une carte du territoire couverte de post-it lors d'une séance de design",
                    ],
                    [
                        "file",
                        {
                            "title": "Fiches personas pour la séance de design",
                            "format": "pdf",
                            "description": "Quatre profils d'habitants fictifs à imprimer.",
                            "paragraphs": [
                                "Monique, 74 ans, vit seule dans un village sans commerce ; "
                                "elle a une tablette offerte par sa fille et doit demander "
                                "une aide au chauffage en ligne.",
                                "Karim, 22 ans, demandeur d'emploi, très à l'aise sur son "
                                "smartphone mais sans ordinateur ; il doit envoyer un CV au "
                                "format PDF.",
                                "Amina, 35 ans, deux enfants, parle peu français ; elle doit "
                                "déclarer un changement de situation à la CAF.",
                                "Patrick, 51 ans, artisan, doit désormais facturer "
                                "électroniquement et ne sait pas par où commencer.",
                            ],
                        },
                    ],
                    [
                        "text",
                        "<p><strong>Conseil d'animation</strong> : mélangez les profils de "
                        "structures dans chaque sous-groupe pour favoriser "
                        "l'interconnaissance.</p>",
                    ],
                ],
                "competencies": ["CRCN-2.3"],
                "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
                "themes": ["comprendre-numerique"],
                "support_type": "deroule-atelier",
                "licence": "cc-by-sa-4-0",
                "tags": ["réseau", "animation", "atelier"],
            },
            {
                "type": "resource",
                "slug": "plan-formation-partage-sicoval",
                "title": "Plan de formation partagé des acteurs du Sicoval",
                "kind": "methodology",
                "summary": (
                    "Le recueil des besoins de formation des membres du réseau et le plan "
                    "mutualisé qui en découle."
                ),
                "provider": "Groupe de travail formation du réseau du Sicoval",
                "url": "",
                "coverage": "Communauté d'agglomération du Sicoval",
                "cost": "Gratuit pour les membres du réseau",
                "how_to_access": (
                    "Les membres s'inscrivent aux sessions auprès du groupe de travail formation."
                ),
                "body": (
                    "<h3>À quoi ça sert ?</h3>"
                    "<p>Mutualiser les besoins de formation des structures pour organiser "
                    "des sessions communes, moins coûteuses et propices aux échanges entre "
                    "professionnels de métiers différents.</p>"
                    "<h3>Pour qui ?</h3>"
                    "<p>Pour les salariés et bénévoles des structures membres du réseau.</p>"
                    "<h3>Comment le mobiliser ?</h3>"
                    "<p>Les besoins ont été collectés par questionnaire puis priorisés en "
                    "séance : posture d'accompagnement, démarches en ligne, sécurité "
                    "numérique, dispositifs nationaux (pass numérique, Aidants Connect). "
                    "Les sessions s'appuient sur les catalogues de formation de Coll.in.</p>"
                    "<h3>Points de vigilance</h3>"
                    "<p>Prévoyez des horaires compatibles avec l'accueil du public et une "
                    "alternance de sessions en présentiel et à distance.</p>"
                ),
                "attachments": [],
                "competencies": ["CRCN-2.3"],
                "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
                "themes": ["comprendre-numerique"],
                "support_type": "methodologie",
                "licence": "cc-by-sa-4-0",
                "tags": ["formation", "réseau"],
            },
        ],
    },
    {
        "slug": "concertation-31400",
        "title": "Concertation 31400",
        "territory": "Quartiers sud-est de Toulouse (Empalot, Rangueil, Saouzelong)",
        "departments": ["31"],
        "summary": (
            "Un collectif de 25 structures des quartiers sud-est de Toulouse qui se "
            "coordonnent pour accompagner les habitants vers le numérique."
        ),
        "description": (
            "<p>Concertation 31400 réunit 25 structures de proximité des quartiers sud-est "
            "de Toulouse, dont Empalot : associations, centres sociaux, bibliothèques, "
            "bailleurs, acteurs de l'emploi et de la santé. RhinOcc a apporté une "
            "intervention dédiée et un soutien à l'animation pour favoriser "
            "l'interconnaissance et la montée en compétences à l'échelle du quartier.</p>"
            "<p>Le collectif organise des temps d'information collective mensuels sur la "
            "médiation numérique et tient à jour un annuaire des structures du quartier "
            "pour mieux orienter les habitants.</p>"
        ),
        "is_private": False,
        "contacts": [
            {
                "name": "Animation du collectif",
                "role": "Animatrice de la concertation",
                "email": "animation@concertation31400.fr",
                "phone": "05 36 49 31 40",
            }
        ],
        "members": [
            {"name": "Centre social d'Empalot", "town": "Toulouse"},
            {"name": "Bibliothèque de quartier", "town": "Toulouse"},
            {"name": "Régie de quartier", "town": "Toulouse"},
            {"name": "Association de soutien scolaire", "town": "Toulouse"},
            {"name": "Maison de la solidarité", "town": "Toulouse"},
            {"name": "Association d'habitants de Rangueil", "town": "Toulouse"},
            {"name": "Espace emploi de proximité", "town": "Toulouse"},
        ],
        "themes": ["demarches-administratives", "insertion-professionnelle"],
        "contributions": [
            {
                "type": "resource",
                "slug": "annuaire-structures-quartier-31400",
                "title": "Annuaire des structures d'accompagnement numérique du quartier",
                "kind": "public_service",
                "summary": (
                    "L'annuaire partagé des 25 structures de Concertation 31400 : qui fait "
                    "quoi, pour qui, quand et comment orienter."
                ),
                "provider": "Concertation 31400",
                "url": "",
                "coverage": "Toulouse, quartiers sud-est (31400)",
                "cost": "Gratuit",
                "how_to_access": (
                    "Télécharger l'annuaire ; les mises à jour sont envoyées aux membres "
                    "chaque trimestre."
                ),
                "body": (
                    "<h3>À quoi ça sert ?</h3>"
                    "<p>Savoir en quelques secondes vers qui orienter un habitant : aide "
                    "aux démarches, ateliers, accès à un ordinateur, impression, aide à la "
                    "recherche d'emploi, équipement solidaire.</p>"
                    "<h3>Pour qui ?</h3>"
                    "<p>Pour les professionnels et bénévoles du quartier qui accueillent "
                    "du public, quel que soit leur métier.</p>"
                    "<h3>Comment le mobiliser ?</h3>"
                    "<p>Gardez l'annuaire imprimé à l'accueil, appelez la structure avant "
                    "d'orienter et utilisez la fiche de liaison commune. Signalez toute "
                    "modification à l'animation du collectif.</p>"
                    "<h3>Points de vigilance</h3>"
                    "<p>Les horaires changent souvent pendant les vacances scolaires : "
                    "vérifiez avant d'envoyer une personne.</p>"
                ),
                "attachments": [
                    {
                        "title": "Annuaire des structures du quartier 31400",
                        "format": "odt",
                        "description": (
                            "Le modèle d'annuaire modifiable, une fiche par structure."
                        ),
                        "paragraphs": [
                            "Nom de la structure, adresse, arrêt de métro ou de bus le plus "
                            "proche.",
                            "Services numériques proposés : accès libre, ateliers, aide aux "
                            "démarches, impression et numérisation, prêt de matériel.",
                            "Publics et conditions : tous publics ou public spécifique, sur "
                            "rendez-vous ou sans, langues parlées.",
                            "Horaires d'accueil pour le numérique, distincts des horaires "
                            "d'ouverture générale.",
                            "Contact pour les professionnels : ligne directe ou adresse "
                            "courriel fonctionnelle.",
                        ],
                    }
                ],
                "competencies": ["CRCN-1.1"],
                "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
                "themes": ["demarches-administratives"],
                "support_type": "ressource-pedagogique",
                "licence": "cc-by-sa-4-0",
                "tags": ["réseau", "accès aux droits", "cartographie"],
            },
            {
                "type": "workshop",
                "slug": "information-collective-mediation-numerique-empalot",
                "title": "Temps d'information collective sur la médiation numérique",
                "summary": (
                    "Le déroulé de l'intervention mensuelle auprès des acteurs de proximité "
                    "d'Empalot pour présenter l'offre de médiation numérique et les "
                    "dispositifs."
                ),
                "level": "beginner",
                "duration_minutes": 90,
                "session_count": 1,
                "rhythm": "Une séance mensuelle",
                "participant_profiles": (
                    "Professionnels et bénévoles de structures de proximité qui ne sont pas "
                    "spécialistes du numérique."
                ),
                "group_size": "10 à 20 personnes",
                "material_needed": (
                    "Salle de réunion, vidéoprojecteur, annuaire imprimé, exemples de pass "
                    "numériques et de fiches de liaison."
                ),
                "body": [
                    ["heading", "Objectifs"],
                    [
                        "text",
                        "<ul><li>Faire connaître les lieux de médiation numérique du "
                        "quartier et leurs services.</li>"
                        "<li>Présenter un dispositif par mois (pass numérique, Aidants "
                        "Connect, conseillers numériques, France Services).</li>"
                        "<li>Échanger sur des situations rencontrées.</li></ul>",
                    ],
                    ["heading", "Déroulé type"],
                    [
                        "text",
                        "<ol><li><strong>15 min</strong> : accueil et tour de table.</li>"
                        "<li><strong>25 min</strong> : le dispositif du mois, présenté par "
                        "une structure qui l'utilise.</li>"
                        "<li><strong>30 min</strong> : étude de deux situations apportées "
                        "par les participants : vers qui orienter ? avec quel outil ?</li>"
                        "<li><strong>15 min</strong> : nouveautés de l'annuaire et agenda "
                        "des ateliers du mois.</li>"
                        "<li><strong>5 min</strong> : sujet de la prochaine séance.</li></ol>",
                    ],
                    [
                        "link",
                        {
                            "title": "Aidants Connect",
                            "url": "https://aidantsconnect.beta.gouv.fr/",
                            "description": (
                                "Le dispositif présenté lors d'une séance : faire des "
                                "démarches pour le compte d'un usager en toute sécurité."
                            ),
                        },
                    ],
                    [
                        "text",
                        "<p><strong>Point de vigilance</strong> : les situations sont "
                        "évoquées de manière anonyme ; aucune information permettant "
                        "d'identifier une personne n'est partagée.</p>",
                    ],
                ],
                "competencies": ["CRCN-2.3", "CRCN-2.4"],
                "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
                "themes": ["demarches-administratives"],
                "support_type": "deroule-atelier",
                "licence": "cc-by-sa-4-0",
                "tags": ["réseau", "accès aux droits", "animation"],
            },
        ],
    },
    {
        "slug": "coll-in-collectif-inclusion-numerique",
        "title": "Coll.in — Collectif pour l'inclusion numérique",
        "territory": "Aude, Gers, Haute-Garonne et Hautes-Pyrénées",
        "departments": ["11", "32", "31", "65"],
        "summary": (
            "L'association de structures de terrain qui copilote RhinOcc et porte une "
            "médiation numérique et sociale auprès des publics fragiles."
        ),
        "description": (
            "<p>Créée en mars 2019, l'association Coll.in réunit des acteurs de la "
            "médiation sociale et numérique pour faciliter les processus d'e-inclusion et "
            "favoriser l'accès aux droits pour toutes et tous. Ses membres abordent la "
            "médiation numérique comme un facteur d'insertion sociale : l'enjeu de la "
            "dématérialisation est un enjeu de citoyenneté.</p>"
            "<p>Fondée par six structures, Combustible-Numérique, Avenir, la Nouvelle "
            "Maison des Chômeurs, la Fédération des Femmes pour l'Europe, la MJC de "
            "Lézignan-Corbières et la FIGO des centres sociaux, elle compte aujourd'hui "
            "plus de 15 adhérents. Coll.in a conçu deux catalogues de formation, forme les "
            "professionnels au plus près de leurs besoins et collecte les contenus "
            "pédagogiques partagés sur cette plateforme.</p>"
        ),
        "is_private": False,
        "contacts": [
            {
                "name": "Coordination de Coll.in",
                "role": "Coordinatrice du collectif",
                "email": "contact@collin-occitanie.fr",
                "phone": "05 36 49 20 19",
            },
            {
                "name": "Pôle formation",
                "role": "Responsable des formations",
                "email": "formation@collin-occitanie.fr",
                "phone": "05 36 49 20 20",
            },
        ],
        "members": [
            {"name": "Combustible-Numérique", "town": "Toulouse"},
            {"name": "Avenir", "town": "Toulouse"},
            {"name": "Nouvelle Maison des Chômeurs", "town": "Toulouse"},
            {"name": "Fédération des Femmes pour l'Europe", "town": "Toulouse"},
            {"name": "MJC de Lézignan-Corbières", "town": "Lézignan-Corbières"},
            {
                "name": "Fédération Interdépartementale Garonne Occitanie (FIGO) des "
                "centres sociaux",
                "town": "Toulouse",
            },
            {"name": "Centre social rural", "town": "Mirande"},
            {"name": "Espace public numérique associatif", "town": "Lannemezan"},
        ],
        "themes": ["demarches-administratives", "insertion-professionnelle", "outils-quotidien"],
        "contributions": [
            {
                "type": "resource",
                "slug": "catalogues-formation-coll-in",
                "title": "Catalogues de formation à la médiation numérique et sociale",
                "kind": "methodology",
                "summary": (
                    "Deux catalogues de formation, 13 et 17 modules, pour les "
                    "professionnels du social et du numérique déjà en poste."
                ),
                "provider": "Coll.in, dans le cadre de RhinOcc",
                "url": "",
                "coverage": "Aude, Gers, Haute-Garonne, Hautes-Pyrénées",
                "cost": "Sur devis ; prise en charge possible par les opérateurs de compétences",
                "how_to_access": (
                    "Contacter le pôle formation de Coll.in pour une session en "
                    "inter-structures ou une formation adaptée à votre équipe."
                ),
                "body": (
                    "<h3>À quoi ça sert ?</h3>"
                    "<p>Les formations permettent aux professionnels de situer la "
                    "médiation numérique dans leurs pratiques : diagnostic des besoins et "
                    "difficultés numériques des publics, mise en réseau des acteurs, "
                    "sécurité et bonnes pratiques, mise en place d'ateliers de médiation "
                    "numérique. Plus de 85 personnes ont déjà été formées.</p>"
                    "<h3>Pour qui ?</h3>"
                    "<ul><li><strong>Professionnels du secteur social</strong> : "
                    "« Intégrer l'utilisation d'outils numériques dans l'accompagnement "
                    "social » (13 modules).</li>"
                    "<li><strong>Professionnels du numérique et du social</strong> : "
                    "« Adopter une posture sociale dans l'accompagnement numérique » "
                    "(17 modules, dont des spécificités par public : demandeurs d'emploi, "
                    "seniors, jeunes).</li></ul>"
                    "<h3>Comment le mobiliser ?</h3>"
                    "<p>Six formateurs et formatrices sont mobilisables. Les modules "
                    "s'adaptent aux réalités du terrain : formation à distance, prisme d'un "
                    "dispositif national, public spécifique. Chaque session combine "
                    "méthodes expositives, actives et expérimentales, évaluation formative "
                    "et attestation de fin de formation.</p>"
                    "<h3>Points de vigilance</h3>"
                    "<p>Réalisez un diagnostic des besoins de l'équipe avant de choisir "
                    "les modules ; prévoyez un temps de retour d'expérience quelques mois "
                    "après la formation.</p>"
                ),
                "attachments": [
                    {
                        "title": "Catalogue « Adopter une posture sociale dans "
                        "l'accompagnement numérique »",
                        "format": "pdf",
                        "description": "Extrait du catalogue : objectifs et modules phares.",
                        "paragraphs": [
                            "Module « Comprendre les publics éloignés du numérique » : "
                            "freins matériels, cognitifs, sociaux et psychologiques ; "
                            "représentations et vécu de la dématérialisation.",
                            "Module « Diagnostiquer les besoins » : conduire un entretien "
                            "de positionnement, utiliser une grille d'évaluation du niveau "
                            "de connaissances.",
                            "Module « Concevoir un atelier » : objectifs, progression, "
                            "consignes, évaluation, adaptation au rythme du groupe.",
                            "Module « Accompagner les demandeurs d'emploi » : espace "
                            "personnel, candidature en ligne, identité numérique "
                            "professionnelle.",
                            "Module « Accompagner les seniors » : adapter le rythme, le "
                            "vocabulaire et le matériel ; prévenir les arnaques.",
                            "Module « Travailler en réseau » : connaître les partenaires, "
                            "orienter, utiliser une fiche de liaison.",
                        ],
                    }
                ],
                "competencies": ["CRCN-2.3", "CRCN-4.2"],
                "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
                "themes": ["comprendre-numerique"],
                "support_type": "methodologie",
                "licence": "cc-by-nc-sa-4-0",
                "tags": ["formation", "médiation numérique"],
            },
            {
                "type": "workshop",
                "slug": "reperer-difficultes-numeriques-accompagnement-social",
                "title": "Repérer les difficultés numériques dans l'accompagnement social",
                "summary": (
                    "Un module de formation pour travailleurs sociaux : repérer les "
                    "difficultés numériques en entretien et y répondre sans faire à la "
                    "place."
                ),
                "level": "intermediate",
                "duration_minutes": 180,
                "session_count": 2,
                "rhythm": "2 demi-journées à deux semaines d'intervalle",
                "participant_profiles": (
                    "Travailleurs sociaux, conseillers en insertion, agents d'accueil de "
                    "CCAS et de maisons des solidarités."
                ),
                "group_size": "8 à 12 personnes",
                "material_needed": (
                    "Salle avec vidéoprojecteur, études de cas imprimées, grille de "
                    "repérage, ordinateurs pour la découverte des outils."
                ),
                "body": [
                    ["heading", "Objectifs pédagogiques"],
                    [
                        "text",
                        "<ul><li>Identifier les signes de difficultés numériques chez "
                        "les personnes accompagnées.</li>"
                        "<li>Distinguer « faire avec », « faire pour » et « faire à la "
                        "place », et connaître le cadre d'Aidants Connect.</li>"
                        "<li>Orienter vers les bons partenaires avec une fiche de "
                        "liaison.</li></ul>",
                    ],
                    ["heading", "Déroulé"],
                    [
                        "text",
                        "<p><strong>Demi-journée 1</strong> : photolangage sur la "
                        "dématérialisation, apports sur les publics éloignés du numérique, "
                        "études de cas en sous-groupes avec la grille de repérage.</p>"
                        "<p><strong>Intersession</strong> : chaque participant utilise la "
                        "grille lors de deux entretiens.</p>"
                        "<p><strong>Demi-journée 2</strong> : retour d'expérience, "
                        "découverte des dispositifs (pass numérique, Aidants Connect, "
                        "cartographie régionale), construction d'un circuit d'orientation "
                        "local, évaluation.</p>",
                    ],
                    [
                        "file",
                        {
                            "title": "Études de cas pour la formation",
                            "format": "docx",
                            "description": "Quatre situations à analyser en sous-groupes.",
                            "paragraphs": [
                                "Cas 1 : Mme D. arrive avec un courrier de la CAF demandant "
                                "un justificatif en ligne ; elle a un smartphone mais "
                                "ne connaît pas son mot de passe de messagerie.",
                                "Cas 2 : M. L., 58 ans, doit s'actualiser chaque mois et "
                                "demande à son conseiller de le faire pour lui.",
                                "Cas 3 : une famille allophone reçoit des notifications "
                                "d'un espace numérique de travail scolaire qu'elle ne "
                                "comprend pas.",
                                "Cas 4 : M. R., sans domicile stable, a perdu ses papiers "
                                "et n'a plus accès à ses comptes en ligne.",
                                "Pour chaque cas : quels signaux ? quel besoin "
                                "(apprentissage, démarche urgente, équipement) ? vers qui "
                                "orienter ? quelle information transmettre ?",
                            ],
                        },
                    ],
                    [
                        "link",
                        {
                            "title": "Aidants Connect",
                            "url": "https://aidantsconnect.beta.gouv.fr/",
                            "description": (
                                "Le cadre sécurisé pour réaliser une démarche pour le compte "
                                "d'une personne."
                            ),
                        },
                    ],
                ],
                "competencies": ["CRCN-2.4", "CRCN-4.2"],
                "publics": ["travailleurs-sociaux"],
                "themes": ["demarches-administratives"],
                "support_type": "deroule-atelier",
                "licence": "cc-by-nc-sa-4-0",
                "tags": ["formation", "diagnostic", "accès aux droits"],
            },
            {
                "type": "workshop",
                "slug": "parcours-comptes-en-ligne-essentiels",
                "title": "Ouvrir ses comptes en ligne essentiels : parcours accès aux droits",
                "summary": (
                    "Un parcours de trois ateliers pour repartir avec une adresse courriel "
                    "maîtrisée et ses comptes ameli, CAF et impots.gouv.fr opérationnels."
                ),
                "level": "beginner",
                "duration_minutes": 150,
                "session_count": 3,
                "rhythm": "3 séances hebdomadaires",
                "participant_profiles": (
                    "Personnes accompagnées par des structures sociales, sans compte en "
                    "ligne ou ayant perdu leurs accès."
                ),
                "group_size": "4 à 6 personnes",
                "material_needed": (
                    "Un ordinateur par personne, smartphones, carte Vitale, numéro "
                    "d'allocataire et numéro fiscal des participants, carnet de suivi."
                ),
                "body": [
                    ["heading", "Un parcours pensé pour l'accès aux droits"],
                    [
                        "text",
                        "<p>Ce parcours, testé par les structures adhérentes de Coll.in, "
                        "vise l'autonomie sur les trois comptes les plus demandés dans "
                        "l'accompagnement social. Il peut être financé par des pass "
                        "numériques.</p>",
                    ],
                    ["heading", "Les trois séances"],
                    [
                        "text",
                        "<ol><li><strong>Séance 1</strong> : adresse courriel (création "
                        "ou récupération), mot de passe solide, carnet de suivi des "
                        "identifiants conservé par la personne.</li>"
                        "<li><strong>Séance 2</strong> : compte ameli et compte CAF, "
                        "téléchargement d'une attestation.</li>"
                        "<li><strong>Séance 3</strong> : espace impots.gouv.fr, "
                        "connexion avec FranceConnect aux autres services, bilan.</li></ol>",
                    ],
                    [
                        "link",
                        {
                            "title": "FranceConnect",
                            "url": "https://franceconnect.gouv.fr/",
                            "description": (
                                "Se connecter à de nombreux services publics avec un compte "
                                "existant."
                            ),
                        },
                    ],
                    [
                        "file",
                        {
                            "title": "Carnet de suivi de mes comptes en ligne",
                            "format": "odt",
                            "description": (
                                "Un carnet personnel pour noter ses identifiants et les "
                                "démarches réalisées."
                            ),
                            "paragraphs": [
                                "Ma messagerie : adresse, indice de mot de passe, numéro de "
                                "récupération.",
                                "Mon compte ameli : numéro de sécurité sociale, date de "
                                "création, prochaine démarche à faire.",
                                "Mon compte CAF : numéro d'allocataire, date de la "
                                "prochaine déclaration trimestrielle.",
                                "Mon espace impots.gouv.fr : numéro fiscal, date limite de "
                                "déclaration.",
                                "Ce carnet est personnel : je le garde chez moi et je ne le "
                                "confie à personne.",
                            ],
                        },
                    ],
                ],
                "competencies": ["CRCN-2.4", "CRCN-4.1"],
                "publics": ["eloignes-numerique", "tous-publics"],
                "themes": ["demarches-administratives"],
                "support_type": "deroule-atelier",
                "licence": "cc-by-sa-4-0",
                "tags": ["accès aux droits", "administration en ligne", "pass numérique"],
            },
        ],
    },
    {
        "slug": "mobil-it-mediation-numerique-itinerante",
        "title": "Mobil'IT — médiation numérique itinérante",
        "territory": "Haute-Garonne et Gers",
        "departments": ["31", "32"],
        "summary": (
            "Le dispositif de médiation numérique itinérant d'Envoi Insertion & Handicap, "
            "déployé avec Pôle Emploi en Haute-Garonne et dans le Gers."
        ),
        "description": (
            "<p>Mobil'IT est un dispositif de médiation numérique itinérant proposé par "
            "Envoi Insertion & Handicap, qui rayonne en Haute-Garonne et dans le Gers en "
            "partenariat avec Pôle Emploi. Il va au-devant des publics éloignés des lieux "
            "de médiation, notamment en milieu rural.</p>"
            "<p>RhinOcc a participé à sa création et à son développement : conseil, "
            "ingénierie de projet (partenariats, construction du projet, suivi, recherche "
            "de financements dont le pass numérique, appels à projets, qualification "
            "APTIC) et ingénierie pédagogique. Le projet poursuit deux objectifs : créer une "
            "offre de médiation numérique itinérante et recruter, former et insérer "
            "professionnellement des médiateurs numériques.</p>"
        ),
        "is_private": False,
        "contacts": [
            {
                "name": "Équipe Mobil'IT",
                "role": "Coordinateur du dispositif itinérant",
                "email": "mobilit@mobilit-envoi.fr",
                "phone": "05 36 49 31 32",
            }
        ],
        "members": [
            {"name": "Envoi Insertion et Handicap", "town": "Toulouse"},
            {"name": "Agence Pôle emploi", "town": "Muret"},
            {"name": "Agence Pôle emploi", "town": "Auch"},
            {"name": "Mairie", "town": "L'Isle-Jourdain"},
            {"name": "Centre social intercommunal", "town": "Carbonne"},
            {"name": "La Mêlée", "town": "Toulouse"},
        ],
        "themes": ["insertion-professionnelle", "demarches-administratives"],
        "contributions": [
            {
                "type": "workshop",
                "slug": "deroule-atelier-itinerant-mobilit",
                "title": "Déroulé d'atelier itinérant : mes démarches emploi en ligne",
                "summary": (
                    "Le déroulé type d'une demi-journée Mobil'IT dans une commune rurale : "
                    "accueil, atelier collectif emploi et accompagnements individuels."
                ),
                "level": "beginner",
                "duration_minutes": 180,
                "session_count": 1,
                "rhythm": "Une demi-journée par commune, tous les quinze jours",
                "participant_profiles": (
                    "Demandeurs d'emploi orientés par Pôle Emploi et habitants de la "
                    "commune éloignés du numérique."
                ),
                "group_size": "6 à 8 personnes en collectif, puis rendez-vous individuels",
                "material_needed": (
                    "Ordinateurs portables, routeur 4G, imprimante portable, "
                    "vidéoprojecteur ou grand écran, rallonges, kakémono d'accueil."
                ),
                "body": [
                    ["heading", "Organisation de la demi-journée"],
                    [
                        "text",
                        "<ol><li><strong>8 h 45</strong> : installation dans la salle "
                        "prêtée par la mairie, test de la connexion 4G.</li>"
                        "<li><strong>9 h 00 - 9 h 15</strong> : accueil café, signature de "
                        "la feuille de présence.</li>"
                        "<li><strong>9 h 15 - 10 h 45</strong> : atelier collectif « mon "
                        "espace Pôle emploi » : connexion, actualisation, messagerie avec "
                        "le conseiller, recherche d'offres.</li>"
                        "<li><strong>10 h 45 - 12 h 00</strong> : rendez-vous individuels "
                        "de 20 minutes (CV, candidature, démarche bloquée).</li>"
                        "<li><strong>12 h 00</strong> : rangement et bilan de la tournée.</li></ol>",
                    ],
                    ["image", "Le véhicule Mobil'IT installé devant une mairie rurale"],
                    ["heading", "Points de vigilance de l'itinérance"],
                    [
                        "text",
                        "<ul><li>Vérifier la couverture réseau de la commune avant la "
                        "première venue.</li>"
                        "<li>Communiquer via la mairie, le bulletin municipal et l'agence "
                        "Pôle emploi au moins deux semaines avant.</li>"
                        "<li>Prévoir une solution hors ligne (supports papier) en cas de "
                        "panne de connexion.</li>"
                        "<li>Assurer la continuité : proposer la date de la prochaine "
                        "venue à chaque participant.</li></ul>",
                    ],
                    [
                        "link",
                        {
                            "title": "France Travail (ex-Pôle emploi)",
                            "url": "https://www.francetravail.fr/",
                            "description": "L'espace candidat utilisé pendant l'atelier.",
                        },
                    ],
                    [
                        "file",
                        {
                            "title": "Check-list de départ en tournée",
                            "format": "pdf",
                            "description": "La liste à vérifier avant chaque départ.",
                            "paragraphs": [
                                "Matériel : ordinateurs chargés, souris, routeur 4G chargé et "
                                "crédit de données vérifié, imprimante et papier, "
                                "rallonges, multiprise.",
                                "Documents : feuilles de présence, fiches de liaison, "
                                "supports d'atelier imprimés, pass numériques et registre.",
                                "Logistique : clés de la salle, contact de la mairie, "
                                "planning des rendez-vous individuels.",
                                "Sécurité : sessions invitées sur les ordinateurs, "
                                "effacement des fichiers et déconnexion des comptes en fin "
                                "de séance.",
                            ],
                        },
                    ],
                ],
                "competencies": ["CRCN-2.4", "CRCN-1.1"],
                "publics": ["demandeurs-emploi", "eloignes-numerique"],
                "themes": ["insertion-professionnelle"],
                "support_type": "deroule-atelier",
                "licence": "cc-by-sa-4-0",
                "tags": ["emploi", "itinérance", "atelier"],
            },
            {
                "type": "resource",
                "slug": "guide-mediation-numerique-itinerante",
                "title": "Monter un dispositif de médiation numérique itinérant",
                "kind": "methodology",
                "summary": (
                    "Les étapes et les choix clés pour créer une offre de médiation "
                    "numérique itinérante, tirés de l'expérience Mobil'IT."
                ),
                "provider": "Envoi Insertion et Handicap, avec RhinOcc",
                "url": "",
                "coverage": "Haute-Garonne, Gers",
                "cost": "Gratuit",
                "how_to_access": (
                    "Télécharger la méthodologie ; l'équipe Mobil'IT peut être sollicitée "
                    "pour un échange de pratiques."
                ),
                "body": (
                    "<h3>À quoi ça sert ?</h3>"
                    "<p>Aller vers les personnes qui ne se déplacent pas jusqu'aux lieux de "
                    "médiation numérique, en milieu rural ou dans les quartiers, et "
                    "compléter le maillage du territoire.</p>"
                    "<h3>Pour qui ?</h3>"
                    "<p>Pour les structures d'insertion, associations et collectivités qui "
                    "envisagent une offre itinérante.</p>"
                    "<h3>Comment le mobiliser ?</h3>"
                    "<ol><li>Construire les partenariats : prescripteurs (Pôle Emploi, "
                    "services sociaux) et communes d'accueil.</li>"
                    "<li>Définir le circuit et la fréquence des tournées.</li>"
                    "<li>Chercher des financements mixtes : appels à projets, pass "
                    "numériques après qualification APTIC, prestations.</li>"
                    "<li>Recruter et former des médiateurs, dans une logique de parcours "
                    "d'insertion professionnelle.</li>"
                    "<li>Concevoir des ateliers adaptés aux contraintes de l'itinérance.</li>"
                    "</ol>"
                    "<h3>Points de vigilance</h3>"
                    "<p>Les coûts de déplacement et le temps d'installation sont souvent "
                    "sous-estimés ; la régularité des passages conditionne la confiance des "
                    "habitants.</p>"
                ),
                "attachments": [],
                "competencies": ["CRCN-2.3"],
                "publics": ["mediateurs-numeriques"],
                "themes": ["insertion-professionnelle", "acces-materiel"],
                "support_type": "methodologie",
                "licence": "cc-by-sa-4-0",
                "tags": ["itinérance", "emploi", "financement"],
            },
        ],
    },
    {
        "slug": "ateliers-seniors-itinerants-hautes-pyrenees",
        "title": "Ateliers seniors itinérants des Hautes-Pyrénées",
        "territory": "Hautes-Pyrénées (milieux ruraux et quartiers prioritaires)",
        "departments": ["65"],
        "summary": (
            "Le groupe de travail qui conçoit et anime des ateliers numériques itinérants "
            "pour les seniors, avec La Mêlée Adour, la Fondation Afnic et le Fourgon "
            "Connecté."
        ),
        "description": (
            "<p>Dans le cadre de RhinOcc, La Mêlée Adour et la Fondation Afnic ont travaillé "
            "ensemble au développement d'ateliers itinérants pour les seniors : des sessions "
            "d'initiation et de perfectionnement au numérique dans les milieux ruraux et "
            "les quartiers prioritaires desservis par le Fourgon Connecté, dans les "
            "Hautes-Pyrénées.</p>"
            "<p>Le Hub a apporté une aide à la prospection, un accompagnement dans la "
            "construction des partenariats et la recherche de financements (pass "
            "numérique). Cet espace réservé aux animateurs permet de partager les "
            "déroulés, les plannings de tournée et les retours d'expérience.</p>"
        ),
        "is_private": True,
        "contacts": [
            {
                "name": "Coordination des ateliers seniors",
                "role": "Chargée de projet inclusion numérique",
                "email": "seniors@seniors65-itinerants.fr",
                "phone": "05 36 49 65 10",
            }
        ],
        "members": [
            {"name": "La Mêlée Adour", "town": "Tarbes"},
            {"name": "Fondation Afnic", "town": "Montigny-le-Bretonneux"},
            {"name": "Le Fourgon Connecté", "town": "Tarbes"},
            {"name": "Club des aînés", "town": "Lannemezan"},
            {"name": "Centre communal d'action sociale", "town": "Lourdes"},
            {"name": "Maison de quartier", "town": "Tarbes"},
        ],
        "themes": ["outils-quotidien", "numerique-securise"],
        "contributions": [
            {
                "type": "workshop",
                "slug": "atelier-itinerant-seniors-tablette",
                "title": "Atelier itinérant seniors : premiers pas sur tablette",
                "summary": (
                    "Un atelier d'initiation à la tablette conçu pour être animé dans le "
                    "Fourgon Connecté ou une salle communale, avec du matériel prêté."
                ),
                "level": "beginner",
                "duration_minutes": 120,
                "session_count": 3,
                "rhythm": "3 séances, une à chaque passage mensuel du fourgon",
                "participant_profiles": (
                    "Seniors vivant en milieu rural ou en quartier prioritaire, souvent "
                    "sans équipement personnel."
                ),
                "group_size": "5 à 6 personnes",
                "material_needed": (
                    "Tablettes de prêt avec stylets, routeur 4G, écran de démonstration, "
                    "fiches en gros caractères, chaises confortables."
                ),
                "body": [
                    ["heading", "Objectifs"],
                    [
                        "text",
                        "<p>Lever l'appréhension face à l'outil, maîtriser les gestes de "
                        "base et réaliser une première action utile : consulter la météo, "
                        "regarder une photo envoyée par un proche, trouver les horaires du "
                        "marché.</p>",
                    ],
                    ["heading", "Déroulé d'une séance"],
                    [
                        "text",
                        "<ol><li><strong>15 min</strong> : accueil et discussion sur les "
                        "usages de l'entourage.</li>"
                        "<li><strong>30 min</strong> : manipulation guidée : allumer, "
                        "toucher, glisser, revenir à l'accueil.</li>"
                        "<li><strong>15 min</strong> : pause conviviale.</li>"
                        "<li><strong>45 min</strong> : activité du jour (météo, photos, "
                        "recherche simple) en binôme.</li>"
                        "<li><strong>15 min</strong> : bilan, rendez-vous au prochain "
                        "passage.</li></ol>",
                    ],
                    ["image", "Des seniors découvrent la tablette à bord du Fourgon Connecté"],
                    [
                        "text",
                        "<p><strong>Points de vigilance</strong> : entre deux passages, un "
                        "mois s'écoule ; remettez une fiche mémo et prévoyez un rappel "
                        "téléphonique. Désinfectez et réinitialisez les tablettes de prêt "
                        "après chaque séance.</p>",
                    ],
                    [
                        "link",
                        {
                            "title": "Les Bons Clics",
                            "url": "https://lesbonsclics.fr/",
                            "description": (
                                "Des modules pour continuer à s'entraîner entre deux passages."
                            ),
                        },
                    ],
                ],
                "competencies": ["CRCN-5.2", "CRCN-1.1"],
                "publics": ["seniors", "eloignes-numerique"],
                "themes": ["outils-quotidien"],
                "support_type": "deroule-atelier",
                "licence": "cc-by-sa-4-0",
                "tags": ["seniors", "itinérance", "atelier"],
            },
            {
                "type": "workshop",
                "slug": "atelier-seniors-arnaques-telephone",
                "title": "Atelier seniors : déjouer les arnaques par téléphone et SMS",
                "summary": (
                    "Un atelier de sensibilisation aux arnaques courantes visant les seniors, "
                    "sous forme de jeu de rôle et de quiz."
                ),
                "level": "beginner",
                "duration_minutes": 90,
                "session_count": 1,
                "rhythm": "Une séance",
                "participant_profiles": (
                    "Seniors équipés d'un téléphone portable, y compris non-utilisateurs "
                    "d'internet."
                ),
                "group_size": "8 à 12 personnes",
                "material_needed": (
                    "Cartes de quiz, scénarios de jeux de rôle imprimés, un téléphone de "
                    "démonstration, affichettes des numéros utiles."
                ),
                "body": [
                    ["heading", "Objectifs"],
                    [
                        "text",
                        "<ul><li>Reconnaître les arnaques les plus fréquentes : faux "
                        "conseiller bancaire, faux petit-fils en difficulté, faux colis, "
                        "faux dépannage informatique.</li>"
                        "<li>Adopter trois réflexes : raccrocher, vérifier, en parler.</li>"
                        "<li>Connaître les numéros utiles : 33700 pour signaler un SMS, "
                        "opposition bancaire.</li></ul>",
                    ],
                    ["heading", "Déroulé"],
                    [
                        "text",
                        "<ol><li><strong>15 min</strong> : quiz « vrai ou arnaque ? » avec "
                        "cartons de couleur.</li>"
                        "<li><strong>35 min</strong> : jeux de rôle en binôme à partir de "
                        "scénarios : l'un joue l'escroc, l'autre s'entraîne à "
                        "raccrocher.</li>"
                        "<li><strong>25 min</strong> : démonstration : signaler un SMS au "
                        "33700, bloquer un numéro.</li>"
                        "<li><strong>15 min</strong> : remise de l'affichette des numéros "
                        "utiles à poser près du téléphone.</li></ol>",
                    ],
                    [
                        "file",
                        {
                            "title": "Affichette : les réflexes anti-arnaque",
                            "format": "pdf",
                            "description": "Une affichette à poser près du téléphone.",
                            "paragraphs": [
                                "Ma banque, la police ou l'Assurance Maladie ne me "
                                "demandent jamais mon code de carte ou mes codes reçus par "
                                "SMS.",
                                "Si on me presse ou on me fait peur : je raccroche et je "
                                "rappelle moi-même le numéro officiel.",
                                "Un SMS suspect : je ne clique pas et je le transfère au 33700.",
                                "J'en parle à un proche ou à l'animateur de l'atelier "
                                "avant de faire quoi que ce soit.",
                                "Numéro d'opposition bancaire : ____________________ "
                                "(à compléter avec le numéro de ma banque).",
                            ],
                        },
                    ],
                    [
                        "link",
                        {
                            "title": "Cybermalveillance.gouv.fr",
                            "url": "https://www.cybermalveillance.gouv.fr/",
                            "description": "Assistance et conseils en cas d'arnaque.",
                        },
                    ],
                ],
                "competencies": ["CRCN-4.1", "CRCN-4.2"],
                "publics": ["seniors"],
                "themes": ["numerique-securise"],
                "support_type": "deroule-atelier",
                "licence": "cc-by-sa-4-0",
                "tags": ["seniors", "arnaque", "sécurité"],
            },
        ],
    },
]
