"""Seed values of the shared vocabularies.

Kept apart from the models so that the data migration, the demo loader and
the tests read one source. Labels are French content (what hub editors see and
may later correct in the admin), identifiers are stable slugs and codes.
"""

# Cadre de référence des compétences numériques (CRCN), the framework behind
# Pix: five domains, sixteen competences, levels 1 to 8.
CRCN_VERSION = "2021"
CRCN_DOMAINS = [
    (
        "1",
        "Informations et données",
        [
            ("1.1", "Mener une recherche et une veille d'information"),
            ("1.2", "Gérer des données"),
            ("1.3", "Traiter des données"),
        ],
    ),
    (
        "2",
        "Communication et collaboration",
        [
            ("2.1", "Interagir"),
            ("2.2", "Partager et publier"),
            ("2.3", "Collaborer"),
            ("2.4", "S'insérer dans le monde numérique"),
        ],
    ),
    (
        "3",
        "Création de contenus",
        [
            ("3.1", "Développer des documents textuels"),
            ("3.2", "Développer des documents multimédia"),
            ("3.3", "Adapter les documents à leur finalité"),
            ("3.4", "Programmer"),
        ],
    ),
    (
        "4",
        "Protection et sécurité",
        [
            ("4.1", "Sécuriser l'environnement numérique"),
            ("4.2", "Protéger les données personnelles et la vie privée"),
            ("4.3", "Protéger la santé, le bien-être et l'environnement"),
        ],
    ),
    (
        "5",
        "Environnement numérique",
        [
            ("5.1", "Résoudre des problèmes techniques"),
            ("5.2", "Évoluer dans un environnement numérique"),
        ],
    ),
]

# From the national "lieux de médiation numérique" standard and data·inclusion.
PUBLICS = [
    ("jeunes", "Jeunes", "beneficiary"),
    ("etudiants", "Étudiants", "beneficiary"),
    ("familles-enfants", "Familles et enfants", "beneficiary"),
    ("seniors", "Seniors", "beneficiary"),
    ("femmes", "Femmes", "beneficiary"),
    ("demandeurs-emploi", "Demandeurs d'emploi", "beneficiary"),
    ("personnes-handicap", "Personnes en situation de handicap", "beneficiary"),
    ("eloignes-numerique", "Personnes très éloignées du numérique", "beneficiary"),
    ("allophones", "Allophones", "beneficiary"),
    ("tous-publics", "Tous publics", "beneficiary"),
    ("travailleurs-sociaux", "Travailleurs sociaux", "professional"),
    ("mediateurs-numeriques", "Médiateurs numériques", "professional"),
]

# Services of the same standard.
THEMES = [
    ("demarches-administratives", "Aide aux démarches administratives"),
    ("outils-quotidien", "Maîtrise des outils numériques du quotidien"),
    ("insertion-professionnelle", "Insertion professionnelle via le numérique"),
    ("numerique-securise", "Utilisation sécurisée du numérique"),
    ("parentalite-education", "Parentalité et éducation avec le numérique"),
    ("loisirs-creations", "Loisirs et créations numériques"),
    ("comprendre-numerique", "Compréhension du monde numérique"),
    ("acces-materiel", "Accès internet et matériel informatique"),
]

SUPPORT_TYPES = [
    ("ressource-pedagogique", "Ressource pédagogique"),
    ("fiche-pratique", "Fiche pratique"),
    ("exercice", "Exercice"),
    ("outil-evaluation", "Outil d'évaluation"),
    ("deroule-atelier", "Déroulé d'atelier"),
    ("methodologie", "Méthodologie"),
    ("boite-a-outils", "Boîte à outils"),
    ("questionnaire", "Questionnaire"),
    ("video-webinaire", "Vidéo / webinaire"),
    ("infographie", "Infographie"),
    ("article", "Article"),
]

LICENCES = [
    (
        "etalab-2-0",
        "Licence Ouverte / Etalab 2.0",
        "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    ),
    ("cc-by-sa-4-0", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.fr"),
    (
        "cc-by-nc-sa-4-0",
        "CC BY-NC-SA 4.0",
        "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr",
    ),
    ("tous-droits-reserves", "Tous droits réservés", ""),
]

# The thirteen départements of Occitanie, the hub's territory.
DEPARTMENTS = [
    ("09", "Ariège"),
    ("11", "Aude"),
    ("12", "Aveyron"),
    ("30", "Gard"),
    ("31", "Haute-Garonne"),
    ("32", "Gers"),
    ("34", "Hérault"),
    ("46", "Lot"),
    ("48", "Lozère"),
    ("65", "Hautes-Pyrénées"),
    ("66", "Pyrénées-Orientales"),
    ("81", "Tarn"),
    ("82", "Tarn-et-Garonne"),
]
