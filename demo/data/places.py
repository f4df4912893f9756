"""The demo's 474 places of digital mediation over Occitanie's thirteen départements
(the hub's report counts 474 places on its map; 30 APTIC-qualified places: the report's
detail, 21 + 1 + 11 + 3, adds up to 36, so the demo keeps its total with 15 in
Haute-Garonne, 1 in the Gers, 11 in the Aude and 3 in the Hautes-Pyrénées).

Communes are real (name, INSEE code, postcode, approximate coordinates of the centre),
written down here so that loading needs no network. Everything else is fictitious:
names built from the usual kinds of places, addresses, role e-mail addresses on
example.org, phone numbers in ARCEP's range for fiction (05 36 49 xx xx) and SIRETs in
the range 00000… (SIREN numbers INSEE does not allocate) with a valid Luhn key.
"""

# (département, places, communes: (name, INSEE code, postcode, latitude, longitude))
DEPARTMENTS = [
    (
        "09",
        16,
        [
            ("Foix", "09122", "09000", 42.9653, 1.6070),
            ("Pamiers", "09225", "09100", 43.1164, 1.6108),
            ("Saint-Girons", "09261", "09200", 42.9850, 1.1460),
            ("Lavelanet", "09160", "09300", 42.9310, 1.8480),
        ],
    ),
    (
        "11",
        45,
        [
            ("Carcassonne", "11069", "11000", 43.2130, 2.3491),
            ("Narbonne", "11262", "11100", 43.1843, 3.0038),
            ("Lézignan-Corbières", "11203", "11200", 43.2006, 2.7573),
            ("Castelnaudary", "11076", "11400", 43.3180, 1.9540),
            ("Limoux", "11206", "11300", 43.0544, 2.2186),
        ],
    ),
    (
        "12",
        20,
        [
            ("Rodez", "12202", "12000", 44.3506, 2.5750),
            ("Millau", "12145", "12100", 44.0983, 3.0779),
            ("Villefranche-de-Rouergue", "12300", "12200", 44.3519, 2.0347),
            ("Decazeville", "12089", "12300", 44.5597, 2.2508),
        ],
    ),
    (
        "30",
        30,
        [
            ("Nîmes", "30189", "30000", 43.8367, 4.3601),
            ("Alès", "30007", "30100", 44.1250, 4.0811),
            ("Bagnols-sur-Cèze", "30028", "30200", 44.1623, 4.6195),
            ("Beaucaire", "30032", "30300", 43.8083, 4.6436),
        ],
    ),
    (
        "31",
        150,
        [
            ("Toulouse", "31555", "31000", 43.6045, 1.4440),
            ("Colomiers", "31149", "31770", 43.6113, 1.3351),
            ("Tournefeuille", "31557", "31170", 43.5853, 1.3449),
            ("Muret", "31395", "31600", 43.4620, 1.3270),
            ("Blagnac", "31069", "31700", 43.6370, 1.3930),
            ("Saint-Gaudens", "31483", "31800", 43.1080, 0.7230),
            ("Balma", "31044", "31130", 43.6111, 1.4994),
            ("Ramonville-Saint-Agne", "31446", "31520", 43.5460, 1.4780),
            ("Castanet-Tolosan", "31113", "31320", 43.5160, 1.4980),
            ("Labège", "31254", "31670", 43.5330, 1.5120),
        ],
    ),
    (
        "32",
        30,
        [
            ("Auch", "32013", "32000", 43.6465, 0.5855),
            ("Condom", "32107", "32100", 43.9580, 0.3720),
            ("Fleurance", "32132", "32500", 43.8480, 0.6630),
            ("L'Isle-Jourdain", "32160", "32600", 43.6130, 1.0820),
        ],
    ),
    (
        "34",
        55,
        [
            ("Montpellier", "34172", "34000", 43.6108, 3.8767),
            ("Béziers", "34032", "34500", 43.3442, 3.2158),
            ("Sète", "34301", "34200", 43.4028, 3.6966),
            ("Lunel", "34145", "34400", 43.6750, 4.1350),
            ("Agde", "34003", "34300", 43.3100, 3.4760),
        ],
    ),
    (
        "46",
        15,
        [
            ("Cahors", "46042", "46000", 44.4475, 1.4419),
            ("Figeac", "46102", "46100", 44.6086, 2.0317),
            ("Gourdon", "46127", "46300", 44.7370, 1.3830),
            ("Souillac", "46309", "46200", 44.8970, 1.4760),
        ],
    ),
    (
        "48",
        10,
        [
            ("Mende", "48095", "48000", 44.5181, 3.5006),
            ("Marvejols", "48092", "48100", 44.5540, 3.2910),
            ("Langogne", "48080", "48300", 44.7270, 3.8550),
        ],
    ),
    (
        "65",
        35,
        [
            ("Tarbes", "65440", "65000", 43.2328, 0.0781),
            ("Lourdes", "65286", "65100", 43.0947, -0.0458),
            ("Bagnères-de-Bigorre", "65059", "65200", 43.0650, 0.1490),
            ("Lannemezan", "65258", "65300", 43.1250, 0.3840),
            ("Vic-en-Bigorre", "65460", "65500", 43.3860, 0.0540),
        ],
    ),
    (
        "66",
        25,
        [
            ("Perpignan", "66136", "66000", 42.6986, 2.8956),
            ("Canet-en-Roussillon", "66037", "66140", 42.7060, 3.0080),
            ("Prades", "66149", "66500", 42.6170, 2.4220),
            ("Céret", "66049", "66400", 42.4850, 2.7480),
        ],
    ),
    (
        "81",
        25,
        [
            ("Albi", "81004", "81000", 43.9289, 2.1464),
            ("Castres", "81065", "81100", 43.6060, 2.2410),
            ("Gaillac", "81099", "81600", 43.9010, 1.8970),
            ("Graulhet", "81105", "81300", 43.7610, 1.9890),
            ("Mazamet", "81163", "81200", 43.4920, 2.3740),
        ],
    ),
    (
        "82",
        18,
        [
            ("Montauban", "82121", "82000", 44.0176, 1.3550),
            ("Castelsarrasin", "82033", "82100", 44.0400, 1.1070),
            ("Moissac", "82112", "82200", 44.1050, 1.0850),
            ("Caussade", "82037", "82300", 44.1610, 1.5370),
        ],
    ),
]

APTIC_BY_DEPARTMENT = {"31": 15, "32": 1, "11": 11, "65": 3}
# The report's Pass Numérique départements.
PASS_NUMERIQUE_DEPARTMENTS = {"31", "11", "65", "32", "30", "09"}

# (name pattern, typologie, parent structure)
KINDS = [
    ("Médiathèque {place}", ["BIB"], "Commune de {commune}"),
    ("Espace France Services {place}", ["FRANCE_SERVICE"], ""),
    ("CCAS de {commune} — point numérique", ["CCAS"], "Commune de {commune}"),
    ("Centre social {place}", ["CS"], ""),
    ("Association {association}", ["ASSO"], ""),
    ("Tiers-lieu {tiers_lieu}", ["TIERS_LIEUX", "ASSO"], ""),
    ("Maison de quartier {place}", ["MQ"], "Commune de {commune}"),
    ("Mairie de {commune} — accueil numérique", ["MUNI"], "Commune de {commune}"),
    ("MJC {place}", ["ASSO"], "Fédération régionale des MJC"),
    ("Maison des solidarités {place}", ["MDS"], "Conseil départemental"),
]
PLACE_NAMES = [
    "Jean-Jaurès",
    "Louise-Michel",
    "Simone-Veil",
    "des Remparts",
    "du Centre",
    "des Arènes",
    "Olympe-de-Gouges",
    "Victor-Hugo",
    "Jean-Moulin",
    "des Carmes",
    "de la Gare",
    "Pierre-et-Marie-Curie",
    "des Tilleuls",
    "du Parc",
    "Émile-Zola",
    "George-Sand",
    "des Capucins",
    "du Pont-Vieux",
    "Paul-Éluard",
    "Lucie-Aubrac",
]
TOULOUSE_QUARTERS = [
    "Empalot",
    "Rangueil",
    "Saouzelong",
    "Bagatelle",
    "Bellefontaine",
    "Reynerie",
    "Mirail",
    "Izards",
    "Borderouge",
    "Minimes",
    "Saint-Cyprien",
    "Croix-Daurade",
    "Bonnefoy",
    "Lalande",
    "Saint-Agne",
    "Arnaud-Bernard",
    "Purpan",
    "Lardenne",
]
ASSOCIATIONS = [
    "Clic & Lien",
    "Les Octets solidaires",
    "Numérique pour tous",
    "Connect'Emploi",
    "Les Souris vertes",
    "Pixels et Papilles",
    "Le Fil numérique",
    "Trait d'Union",
    "Écrans Partagés",
    "La Clé USB",
    "Espace Cyber Solidaire",
    "Passerelles numériques",
]
TIERS_LIEUX = [
    "La Fabrique",
    "L'Atelier partagé",
    "Le Hangar",
    "La Grange numérique",
    "Le Quai",
    "La Ruche",
    "L'Établi",
    "Le Moulin",
]
STREETS = [
    "rue de la République",
    "avenue Jean-Jaurès",
    "place de la Mairie",
    "rue Victor-Hugo",
    "boulevard Gambetta",
    "rue des Écoles",
    "allée des Tilleuls",
    "rue du Général-de-Gaulle",
    "avenue de la Gare",
    "rue Pasteur",
    "place du Marché",
    "rue Jules-Ferry",
]
HOURS = [
    "Mo-Fr 09:00-12:00,14:00-17:30",
    "Tu-Sa 10:00-12:30,14:00-18:00; PH off",
    "Mo,We,Fr 14:00-17:00",
    "Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00",
    "Tu 14:00-18:00; We 10:00-12:00,14:00-18:00; Sa 10:00-12:00",
    "Mo-Fr 08:30-12:30; PH off",
    "We 14:00-17:00; Sa 09:30-12:00",
]
ITINERANT_HOURS = "Tu[1,3] 09:30-12:00; Th 14:00-17:00"

# Itinerant services: (département, name, commune index, communities)
ITINERANT = [
    (
        "65",
        "Fourgon connecté des Hautes-Pyrénées",
        0,
        ["ateliers-seniors-itinerants-hautes-pyrenees"],
    ),
    (
        "65",
        "Bus numérique de la vallée des Gaves",
        1,
        ["ateliers-seniors-itinerants-hautes-pyrenees"],
    ),
    (
        "31",
        "Mobil'IT — camion numérique du Comminges",
        5,
        ["mobil-it-mediation-numerique-itinerante"],
    ),
    ("32", "Mobil'IT — bus numérique du Gers", 0, ["mobil-it-mediation-numerique-itinerante"]),
    ("11", "Cyber-caravane des Corbières", 2, ["coll-in-collectif-inclusion-numerique"]),
    ("48", "Bus France Services de Lozère", 0, []),
    ("12", "Camion connecté de l'Aveyron", 0, []),
]

# Communities by commune (the Sicoval network, Concertation 31400's quarters).
COMMUNITIES_BY_COMMUNE = {
    "Labège": ["reseau-mediation-numerique-sicoval"],
    "Castanet-Tolosan": ["reseau-mediation-numerique-sicoval"],
    "Ramonville-Saint-Agne": ["reseau-mediation-numerique-sicoval"],
}
COMMUNITIES_BY_QUARTER = {
    "Empalot": ["concertation-31400"],
    "Rangueil": ["concertation-31400"],
    "Saouzelong": ["concertation-31400"],
}
# Coll.in's territory: the associations of its four départements belong to it.
COLL_IN = "coll-in-collectif-inclusion-numerique"
COLL_IN_DEPARTMENTS = {"11", "32", "31", "65"}

SUMMARIES = [
    "Accompagnement individuel aux démarches en ligne et ateliers pour prendre en main "
    "ordinateur, tablette et smartphone.",
    "Ordinateurs en accès libre, aide à la création d'une adresse électronique et d'un "
    "espace France Travail, ateliers hebdomadaires.",
    "Ateliers collectifs pour les seniors : tablette, visioconférence avec la famille, "
    "sécurité en ligne et arnaques au téléphone.",
    "Permanences d'un conseiller numérique, sur rendez-vous ou sans, pour les démarches "
    "administratives (CAF, impôts, ANTS, Ameli).",
    "Un lieu ouvert à tous pour apprendre le numérique à son rythme, avec des bénévoles "
    "et du matériel reconditionné à prix solidaire.",
]
