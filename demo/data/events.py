"""The hub's agenda: the events and webinars of its activity report, dated as the report
dates them (« Quelques exemples d'événements auxquels RhinOcc a pris part », and the
Haute-Garonne département's launch day and webinars for its executives), plus a few
upcoming ones dated from the day the demo is loaded, so that the agenda is never empty.

The report gives no date for the Gers pass numériques webinar: it is dated here
15 April 2021, between the CD31 launch (4 March) and the WIP round table (1 July).
Times are plausible, not the report's (it gives days only). Replays and supports are
given where a recording or slides are usual for such an event; their addresses are
fictitious (example.org). `place` names a commune: the event is then held at the first
published place of that commune on the map (the demo's places are fictitious).
"""

# Each event: slug, title, summary, start/end ("YYYY-MM-DD HH:MM", Paris time) or
# starts_in_days/hour/hours for upcoming ones, where (place: a commune, location, online),
# organiser, department, themes, publics, competencies, tags, body paragraphs,
# registration/online/replay links, supports (titles of PDF slides).
PAST_EVENTS = [
    {
        "slug": "numerique-en-communs-occitanie-2019",
        "title": "Numérique en Commun(s) Occitanie 2019",
        "summary": (
            "La déclinaison régionale de Numérique en Commun(s), dans le cadre de La Mêlée "
            "Numérique : une journée pour les acteurs de l'inclusion numérique d'Occitanie."
        ),
        "start": "2019-10-07 09:00",
        "end": "2019-10-07 17:30",
        "place": "Toulouse",
        "organiser": "La Mêlée Numérique, avec le Hub RhinOcc",
        "department": "31",
        "themes": ["comprendre-numerique"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "tags": ["Numérique en Commun(s)", "réseau"],
        "body": [
            "Ateliers, tables rondes et retours d'expérience sur la médiation numérique en "
            "Occitanie. Le Hub RhinOcc y a présenté sa démarche et ses premières actions.",
        ],
        "supports": ["Présentation du Hub RhinOcc à NEC Occitanie 2019"],
    },
    {
        "slug": "numerique-en-communs-occitanie-2020",
        "title": "Numérique en Commun(s) Occitanie 2020",
        "summary": (
            "Deuxième édition régionale de Numérique en Commun(s) dans le cadre de La Mêlée "
            "Numérique, adaptée à la crise sanitaire."
        ),
        "start": "2020-09-28 09:00",
        "end": "2020-09-28 17:00",
        "place": "Toulouse",
        "is_online": True,
        "organiser": "La Mêlée Numérique, avec le Hub RhinOcc",
        "department": "31",
        "themes": ["comprendre-numerique"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "tags": ["Numérique en Commun(s)", "réseau"],
        "body": [
            "Une édition en présentiel et à distance : la crise sanitaire a obligé à "
            "réinventer les formats pour maintenir les rencontres du réseau.",
        ],
        "replay_url": "https://replay.example.org/nec-occitanie-2020",
    },
    {
        "slug": "webinaire-leplusimportant-territoires-fragilises",
        "title": (
            "Webinaire #LePlusImportant : territoires fragilisés, travailler autrement demain "
            "avec le numérique ?"
        ),
        "summary": (
            "Un webinaire du collectif #LePlusImportant sur les territoires fragilisés et ce "
            "que le numérique peut changer au travail."
        ),
        "start": "2020-10-09 10:00",
        "end": "2020-10-09 11:30",
        "is_online": True,
        "online_url": "https://visio.example.org/leplusimportant",
        "organiser": "Collectif #LePlusImportant",
        "themes": ["insertion-professionnelle"],
        "publics": ["mediateurs-numeriques"],
        "competencies": ["CRCN-2.4"],
        "tags": ["webinaire", "territoires"],
        "body": [
            "Le Hub RhinOcc y est intervenu sur la médiation numérique comme levier pour les "
            "habitants des territoires fragilisés.",
        ],
        "replay_url": "https://replay.example.org/leplusimportant-territoires-fragilises",
    },
    {
        "slug": "jobstic-montpellier-2020",
        "title": "JobsTIC de Montpellier",
        "summary": (
            "Intervention du Hub sur « Le numérique : une opportunité de rebond pour tou·te·s »."
        ),
        "start": "2020-11-18 09:30",
        "end": "2020-11-18 12:30",
        "place": "Montpellier",
        "organiser": "JobsTIC",
        "department": "34",
        "themes": ["insertion-professionnelle"],
        "publics": ["demandeurs-emploi", "mediateurs-numeriques"],
        "tags": ["emploi"],
        "body": [
            "Le Hub a valorisé son rôle dans l'insertion professionnelle par le numérique.",
        ],
        "supports": ["Le numérique, une opportunité de rebond pour tou·te·s"],
    },
    {
        "slug": "webinaire-aude-dispositif-aptic",
        "title": "Webinaire d'inclusion numérique dans l'Aude : le dispositif APTIC",
        "summary": (
            "Premier webinaire d'inclusion numérique sur l'Aude, avec la MJC de "
            "Lézignan-Corbières : le dispositif APTIC et les pass numériques."
        ),
        "start": "2020-12-24 10:00",
        "end": "2020-12-24 11:30",
        "is_online": True,
        "online_url": "https://visio.example.org/aude-aptic",
        "organiser": "Hub RhinOcc et MJC de Lézignan-Corbières",
        "department": "11",
        "themes": ["demarches-administratives"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "tags": ["APTIC", "pass numérique", "webinaire"],
        "body": [
            "Comment devenir structure qualifiée APTIC, accepter et distribuer les pass "
            "numériques sur son territoire.",
        ],
        "replay_url": "https://replay.example.org/aude-aptic",
        "supports": ["Le dispositif APTIC dans l'Aude"],
    },
    {
        "slug": "webinaire-aude-mise-en-reseau",
        "title": "Webinaire d'inclusion numérique dans l'Aude : la mise en réseau des acteurs",
        "summary": (
            "Deuxième webinaire audois avec la MJC de Lézignan-Corbières : se connaître et "
            "travailler en réseau entre acteurs de l'inclusion numérique."
        ),
        "start": "2021-01-12 10:00",
        "end": "2021-01-12 11:30",
        "is_online": True,
        "online_url": "https://visio.example.org/aude-reseau",
        "organiser": "Hub RhinOcc et MJC de Lézignan-Corbières",
        "department": "11",
        "themes": ["comprendre-numerique"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "tags": ["réseau", "webinaire"],
        "body": ["La mise en réseau des acteurs et actrices de l'inclusion numérique de l'Aude."],
        "replay_url": "https://replay.example.org/aude-reseau",
    },
    {
        "slug": "webinaire-aude-entreprises-inclusion-numerique",
        "title": "Webinaire : les entreprises et l'inclusion numérique (Aude)",
        "summary": (
            "Avec la MJC de Lézignan-Corbières : ce que les entreprises peuvent faire pour "
            "l'inclusion numérique de leurs salariés et de leur territoire."
        ),
        "start": "2021-01-12 14:00",
        "end": "2021-01-12 15:30",
        "is_online": True,
        "online_url": "https://visio.example.org/aude-entreprises",
        "organiser": "Hub RhinOcc et MJC de Lézignan-Corbières",
        "department": "11",
        "themes": ["insertion-professionnelle"],
        "publics": ["mediateurs-numeriques"],
        "tags": ["entreprises", "webinaire"],
        "body": ["Les entreprises, actrices de l'inclusion numérique."],
        "replay_url": "https://replay.example.org/aude-entreprises",
        "supports": ["Les entreprises et l'inclusion numérique"],
    },
    {
        "slug": "lancement-pass-numeriques-cd31",
        "title": "Lancement des pass numériques du Conseil départemental de la Haute-Garonne",
        "summary": (
            "Le lancement du dispositif des pass numériques du CD31, avec les structures "
            "qualifiées et les distributeurs du département."
        ),
        "start": "2021-03-04 14:00",
        "end": "2021-03-04 16:30",
        "is_online": True,
        "online_url": "https://visio.example.org/cd31-pass",
        "organiser": "Conseil départemental de la Haute-Garonne et Hub RhinOcc",
        "department": "31",
        "themes": ["demarches-administratives"],
        "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
        "tags": ["pass numérique", "CD31"],
        "body": [
            "Présentation du dispositif, des structures qualifiées et du circuit des pass.",
        ],
        "supports": ["Les pass numériques en Haute-Garonne"],
    },
    {
        "slug": "information-collective-empalot",
        "title": "Temps d'information collective sur la médiation numérique à Empalot",
        "summary": (
            "Une intervention mensuelle auprès des acteurs de proximité du quartier d'Empalot "
            "(Toulouse) : qui fait quoi en médiation numérique ?"
        ),
        "start": "2021-03-26 14:00",
        "end": "2021-03-26 16:00",
        "place": "Toulouse",
        "organiser": "Hub RhinOcc",
        "department": "31",
        "themes": ["demarches-administratives", "outils-quotidien"],
        "publics": ["travailleurs-sociaux"],
        "tags": ["quartier", "Empalot"],
        "body": ["Un exemple d'intervention mensuelle auprès d'acteurs de proximité."],
    },
    {
        "slug": "numerique-en-communs-montpellier-2021",
        "title": "Numérique en Commun(s) Montpellier",
        "summary": "L'étape montpelliéraine de Numérique en Commun(s), en 2021.",
        "start": "2021-04-01 09:00",
        "end": "2021-04-01 17:00",
        "place": "Montpellier",
        "is_online": True,
        "organiser": "Numérique en Commun(s)",
        "department": "34",
        "themes": ["comprendre-numerique"],
        "publics": ["mediateurs-numeriques"],
        "tags": ["Numérique en Commun(s)"],
        "body": ["Rencontres et ateliers des acteurs de l'inclusion numérique."],
        "replay_url": "https://replay.example.org/nec-montpellier-2021",
    },
    {
        "slug": "webinaire-pass-numeriques-gers",
        "title": "Webinaire de présentation des pass numériques dans le Gers",
        "summary": (
            "Les pass numériques dans le Gers : pour qui, comment les distribuer, où les utiliser."
        ),
        "start": "2021-04-15 10:00",
        "end": "2021-04-15 11:30",
        "is_online": True,
        "online_url": "https://visio.example.org/gers-pass",
        "organiser": "Hub RhinOcc",
        "department": "32",
        "themes": ["demarches-administratives"],
        "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
        "tags": ["pass numérique", "webinaire"],
        "body": ["Présentation du dispositif aux structures du Gers."],
        "replay_url": "https://replay.example.org/gers-pass",
        "supports": ["Les pass numériques dans le Gers"],
    },
    {
        "slug": "journee-lancement-cd31",
        "title": "Journée de lancement et ateliers d'interconnaissance (Haute-Garonne)",
        "summary": (
            "Le volet accompagnement du CD31 : une journée de lancement et des ateliers "
            "d'interconnaissance entre structures de médiation numérique."
        ),
        "start": "2021-05-20 09:30",
        "end": "2021-05-20 16:30",
        "place": "Toulouse",
        "organiser": "Conseil départemental de la Haute-Garonne et Hub RhinOcc",
        "department": "31",
        "themes": ["comprendre-numerique"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "tags": ["CD31", "réseau"],
        "body": [
            "Identification des structures, qualification, montée en compétences : la "
            "journée lance l'accompagnement des structures du département.",
        ],
    },
    {
        "slug": "webinaire-cadres-cd31",
        "title": "Webinaire pour les cadres du Conseil départemental de la Haute-Garonne",
        "summary": (
            "L'inclusion numérique expliquée aux cadres du CD31 : enjeux, acteurs, dispositifs."
        ),
        "start": "2021-06-10 14:00",
        "end": "2021-06-10 15:30",
        "is_online": True,
        "online_url": "https://visio.example.org/cd31-cadres",
        "organiser": "Hub RhinOcc",
        "department": "31",
        "themes": ["comprendre-numerique"],
        "publics": ["travailleurs-sociaux"],
        "tags": ["CD31", "webinaire"],
        "body": ["Un webinaire à destination des cadres du CD 31."],
        "replay_url": "https://replay.example.org/cd31-cadres",
    },
    {
        "slug": "work-in-progress-fabriquer-produire-localement",
        "title": "WORK'IN PROGRESS (WIP) : fabriquer et produire localement",
        "summary": (
            "Table ronde des Imaginations Fertiles : l'articulation entre les tiers-lieux et "
            "la médiation numérique."
        ),
        "start": "2021-07-01 14:00",
        "end": "2021-07-01 17:00",
        "place": "Toulouse",
        "organiser": "Les Imaginations Fertiles",
        "department": "31",
        "themes": ["loisirs-creations"],
        "publics": ["mediateurs-numeriques"],
        "tags": ["tiers-lieux"],
        "body": ["Le Hub y a valorisé l'articulation entre tiers-lieux et médiation numérique."],
    },
]

UPCOMING_EVENTS = [
    {
        "slug": "webinaire-pass-numerique-mode-emploi",
        "title": "Webinaire : le pass numérique, mode d'emploi",
        "summary": (
            "Une heure pour comprendre le pass numérique, le distribuer et l'accepter dans "
            "sa structure. Questions-réponses en fin de séance."
        ),
        "starts_in_days": 9,
        "hour": 10,
        "hours": 1,
        "is_online": True,
        "online_url": "https://visio.example.org/pass-mode-emploi",
        "registration_url": "https://inscription.example.org/pass-mode-emploi",
        "organiser": "Hub RhinOcc",
        "themes": ["demarches-administratives"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "tags": ["pass numérique", "webinaire"],
        "body": ["Le dispositif, les structures qualifiées, le circuit des pass."],
    },
    {
        "slug": "information-collective-empalot-prochaine",
        "title": "Temps d'information collective à Empalot",
        "summary": (
            "Le rendez-vous mensuel des acteurs de proximité du quartier d'Empalot autour de "
            "la médiation numérique."
        ),
        "starts_in_days": 16,
        "hour": 14,
        "hours": 2,
        "place": "Toulouse",
        "organiser": "Hub RhinOcc",
        "department": "31",
        "themes": ["demarches-administratives", "outils-quotidien"],
        "publics": ["travailleurs-sociaux"],
        "tags": ["quartier", "Empalot"],
        "body": ["Ouvert aux professionnels du quartier, sans inscription."],
    },
    {
        "slug": "rencontre-reseau-aude",
        "title": "Rencontre des acteurs de l'inclusion numérique de l'Aude",
        "summary": (
            "Une demi-journée pour faire le point sur le réseau audois, les pass numériques et "
            "les besoins des structures."
        ),
        "starts_in_days": 33,
        "hour": 9,
        "hours": 3.5,
        "place": "Lézignan-Corbières",
        "organiser": "Hub RhinOcc et MJC de Lézignan-Corbières",
        "department": "11",
        "themes": ["comprendre-numerique"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "tags": ["réseau", "APTIC"],
        "registration_url": "https://inscription.example.org/reseau-aude",
        "body": ["Accueil café à 9 h, échanges en ateliers, synthèse collective."],
    },
    {
        "slug": "numerique-en-communs-occitanie-prochaine",
        "title": "Numérique en Commun(s) Occitanie",
        "summary": (
            "La journée régionale des acteurs de l'inclusion numérique d'Occitanie, sur place "
            "et en ligne."
        ),
        "starts_in_days": 58,
        "hour": 9,
        "hours": 8,
        "place": "Montpellier",
        "is_online": True,
        "online_url": "https://visio.example.org/nec-occitanie",
        "registration_url": "https://inscription.example.org/nec-occitanie",
        "organiser": "Numérique en Commun(s), avec le Hub RhinOcc",
        "department": "34",
        "themes": ["comprendre-numerique"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "tags": ["Numérique en Commun(s)", "réseau"],
        "body": ["Tables rondes, ateliers et retours d'expérience."],
    },
]
