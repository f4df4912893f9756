"""Home page and standard pages of the RhinOcc demo site."""

HOME = {
    "title": "Accueil",
    "hero_title": "Le numérique pour toutes et tous en Occitanie",
    "intro": (
        "<p><strong>RhinOcc</strong>, Réseau et Hub pour l'inclusion numérique en Occitanie, "
        "fait partie des <strong>11 premiers Hubs pour un numérique inclusif</strong> lancés en "
        "France en 2019 dans le cadre de la <strong>Stratégie nationale pour un numérique "
        "inclusif</strong>, avec le soutien de la <strong>Banque des Territoires</strong> et en "
        "partenariat avec le Programme Société Numérique de l'<strong>ANCT</strong>.</p>"
        "<p>Véritable dispositif d'appui territorial, le Hub fédère et accompagne les acteurs "
        "de la médiation et de l'inclusion numérique sur <strong>4 départements pilotes</strong> "
        ": la Haute-Garonne, le Gers, l'Aude et les Hautes-Pyrénées. Il est copiloté par "
        "l'association La Mêlée et le collectif Coll.in, avec leurs partenaires fondateurs.</p>"
        "<p>Vous trouverez ici des contenus d'ateliers prêts à l'emploi, des kits pratiques, une "
        "banque de ressources et les communautés d'acteurs qui font vivre la médiation "
        "numérique sur nos territoires.</p>"
    ),
    "aims": [
        "Favoriser les processus d'inclusion et de médiation numérique et/ou sociale auprès "
        "des publics, en touchant particulièrement les personnes en difficultés sociales.",
        "Promouvoir le numérique comme vecteur d'opportunités : emplois des métiers du "
        "numérique, formation, accès aux ressources.",
    ],
    "missions": [
        {
            "title": "Promouvoir l'inclusion numérique",
            "summary": (
                "Sensibiliser les acteurs et diffuser l'information, intégrer les enjeux de "
                "l'inclusion numérique à la stratégie des acteurs publics et privés, diffuser "
                "et valoriser les actions concluantes sur les territoires et au niveau national."
            ),
        },
        {
            "title": "Mettre en réseau et fédérer les acteurs",
            "summary": (
                "Recenser les acteurs, les lieux, les actions et leurs besoins, animer "
                "l'écosystème régional en mobilisant les acteurs, et participer à la cohérence "
                "des actions sur le territoire."
            ),
        },
        {
            "title": "Accompagner les acteurs et les projets",
            "summary": (
                "Guider les acteurs, les lieux et les actions par un apport d'ingénierie "
                "(diagnostic, ingénierie financière, conseil en organisation, communication, "
                "stratégie, RH, gestion) et expérimenter de nouvelles offres de médiation "
                "numérique."
            ),
        },
        {
            "title": "Former à la médiation numérique et sociale",
            "summary": (
                "Proposer des catalogues de formation pour les entreprises et les "
                "professionnels, les futurs médiateurs numériques et les travailleurs sociaux, "
                "et former les professionnels au contact des publics."
            ),
        },
        {
            "title": "Mutualiser et partager des ressources",
            "summary": (
                "Valoriser et partager les actions concluantes, produire des livrables "
                "accessibles à l'ensemble des acteurs et mettre à disposition les ressources "
                "et les données recueillies pour les acteurs publics et privés."
            ),
        },
        {
            "title": "Développer les dispositifs nationaux en région",
            "summary": (
                "Faciliter les démarches en région en faisant le lien entre les politiques "
                "publiques nationales et territoriales, et accompagner les acteurs dans la "
                "mise en place d'actions concrètes et l'appropriation des outils nationaux."
            ),
        },
    ],
    "key_figures": [
        {"value": "474", "label": "lieux recensés sur la cartographie interactive"},
        {"value": "550", "label": "pass numériques distribués sur 5 départements"},
        {"value": "17", "label": "événements associant RhinOcc depuis son lancement"},
        {"value": "85", "label": "professionnels formés à la médiation numérique et sociale"},
        {"value": "30", "label": "lieux qualifiés APTIC, dont 21 en Haute-Garonne"},
        {"value": "45", "label": "participants accompagnés dans le réseau du Sicoval"},
        {"value": "190", "label": "personnes formées au dispositif APTIC sur le secteur du Hub"},
        {"value": "1000", "label": "chéquiers Pass rentrée ANCT distribués"},
    ],
}

STANDARD_PAGES = [
    {
        "slug": "a-propos",
        "title": "À propos du Hub RhinOcc",
        "intro": (
            "RhinOcc est le Réseau et Hub pour l'inclusion numérique en Occitanie, copiloté "
            "depuis 2019 par La Mêlée et le collectif Coll.in."
        ),
        "body": (
            "<h2>Le Hub</h2>"
            "<p>Lancé en février 2019, RhinOcc fait partie du réseau des 11 premiers Hubs pour "
            "un numérique inclusif, créés dans le cadre de la Stratégie nationale pour un "
            "numérique inclusif avec le soutien de la Banque des Territoires et en partenariat "
            "avec le Programme Société Numérique de l'ANCT. Il structure, anime et développe la "
            "filière de l'inclusion numérique sur quatre départements pilotes : Haute-Garonne, "
            "Gers, Aude et Hautes-Pyrénées.</p>"
            "<p>Un Comité d'orientation stratégique réunit les acteurs qui soutiennent le Hub "
            "afin de suivre et d'orienter ses actions.</p>"
            "<h2>La Mêlée</h2>"
            "<p>Depuis plus de 20 ans, l'association La Mêlée joue le rôle de hub de l'économie "
            "numérique en Occitanie. Avec des équipes à Toulouse et à Montpellier, elle anime "
            "un réseau de plus de 600 adhérents et 20 000 professionnels, et organise chaque "
            "année plus de 600 événements et rencontres, dont La Mêlée Numérique et plusieurs "
            "éditions de Numérique en Commun[s]. La Mêlée porte, coordonne et copilote RhinOcc "
            "depuis 2019.</p>"
            "<h2>Coll.in, Collectif pour l'inclusion numérique</h2>"
            "<p>Créée en mars 2019 par des structures de terrain de la médiation sociale et "
            "numérique, l'association Coll.in facilite les processus d'e-inclusion et favorise "
            "l'accès aux droits pour toutes et tous. Ses membres fondateurs sont "
            "Combustible-Numérique, Avenir, la Nouvelle Maison des Chômeurs, la Fédération des "
            "Femmes pour l'Europe, la MJC de Lézignan-Corbières et la Fédération "
            "Interdépartementale Garonne Occitanie (FIGO) des centres sociaux. Le collectif "
            "compte aujourd'hui plus de 15 structures adhérentes dans l'Aude, le Gers, la "
            "Haute-Garonne et les Hautes-Pyrénées, qui abordent la médiation numérique comme "
            "un facteur d'insertion sociale.</p>"
            "<h2>Les partenaires fondateurs</h2>"
            "<ul>"
            "<li><strong>La Mêlée Adour</strong>, portée par le BIC Crescendo, anime et fédère "
            "depuis 2014 l'économie numérique du bassin de l'Adour, avec un réseau de plus de "
            "100 membres.</li>"
            "<li><strong>Envoi Insertion et Handicap</strong>, premier groupe d'inclusion "
            "sociale d'Occitanie, réunit l'insertion par l'activité économique et le secteur "
            "adapté pour favoriser l'accès à l'emploi durable.</li>"
            "<li><strong>La Compagnie du Code</strong>, coopérative d'éducation et de formation "
            "à l'informatique créative, accompagne jeunes, adultes, éducateurs, médiateurs et "
            "collectivités sur la transition et l'inclusion numériques.</li>"
            "</ul>"
        ),
    },
    {
        "slug": "mentions-legales",
        "title": "Mentions légales",
        "intro": "Informations légales relatives au site du Hub RhinOcc.",
        "body": (
            "<h2>Éditeur du site</h2>"
            "<p>Le site est édité par l'association La Mêlée, association régie par la loi du "
            "1er juillet 1901, dont le siège est à Toulouse, en copilotage avec l'association "
            "Coll.in, Collectif pour l'inclusion numérique, pour le compte du Hub RhinOcc.</p>"
            "<p>Directeur de la publication : le président de l'association La Mêlée. Les "
            "contenus pédagogiques publiés par les structures membres restent sous la "
            "responsabilité éditoriale de leurs auteurs.</p>"
            "<h2>Hébergement</h2>"
            "<p>Le site est hébergé en France par l'opérateur du Hub.</p>"
            "<h2>Propriété intellectuelle et licences</h2>"
            "<p>Sauf mention contraire, les contenus publiés sur ce site sont diffusés sous la "
            "licence indiquée sur chaque page (Licence Ouverte Etalab 2.0 ou licences Creative "
            "Commons). Vous pouvez les réutiliser dans le respect de ces licences, en citant "
            "la source. Les logos des partenaires restent la propriété de leurs titulaires.</p>"
            "<h2>Données personnelles</h2>"
            "<p>Les données collectées via les formulaires du site (contact, inscription à une "
            "session, recensement des lieux) sont utilisées uniquement pour répondre à votre "
            "demande et pour l'animation du réseau. Elles ne sont ni vendues ni cédées. "
            "Conformément au Règlement général sur la protection des données (RGPD) et à la "
            "loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, "
            "d'effacement et d'opposition, que vous pouvez exercer via le formulaire de "
            "contact du site. Vous pouvez également adresser une réclamation à la CNIL.</p>"
            "<h2>Cookies</h2>"
            "<p>Le site n'utilise que des cookies strictement nécessaires à son fonctionnement "
            "et une mesure d'audience anonymisée, qui ne nécessitent pas de consentement "
            "préalable.</p>"
        ),
    },
    {
        "slug": "accessibilite",
        "title": "Déclaration d'accessibilité",
        "intro": (
            "Le Hub RhinOcc s'engage à rendre son site accessible conformément à l'article 47 "
            "de la loi n° 2005-102 du 11 février 2005."
        ),
        "body": (
            "<h2>État de conformité</h2>"
            "<p>Le site du Hub RhinOcc est <strong>en cours d'évaluation</strong> au regard du "
            "Référentiel général d'amélioration de l'accessibilité (RGAA). Un audit est "
            "programmé ; ses résultats et le taux de conformité seront publiés sur cette "
            "page.</p>"
            "<h2>Contenus non accessibles</h2>"
            "<p>Dans l'attente de l'audit, certains documents téléchargeables (fiches "
            "pratiques, outils au format bureautique) peuvent ne pas être entièrement "
            "accessibles aux technologies d'assistance. Une version accessible peut être "
            "fournie sur demande.</p>"
            "<h2>Retour d'information et contact</h2>"
            "<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez "
            "nous contacter via le formulaire de contact du site pour être orienté vers une "
            "alternative accessible ou obtenir le contenu sous une autre forme.</p>"
            "<h2>Voies de recours</h2>"
            "<p>Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un "
            "contenu ou à une fonctionnalité du site, que vous nous le signalez et que vous ne "
            "parvenez pas à obtenir de réponse satisfaisante, vous êtes en droit de saisir le "
            "Défenseur des droits :</p>"
            "<ul>"
            "<li>par le formulaire en ligne du Défenseur des droits ;</li>"
            "<li>en contactant le délégué du Défenseur des droits de votre région ;</li>"
            "<li>par courrier gratuit, sans affranchissement : Défenseur des droits, Libre "
            "réponse 71120, 75342 Paris CEDEX 07.</li>"
            "</ul>"
        ),
    },
]

SELECTION_INDEX = {
    "slug": "selections",
    "title": "Sélections",
    "intro": "<p>Des parcours composés par les éditeurs du Hub parmi les contenus, kits, "
    "formations et ressources de la plateforme.</p>",
}

SELECTION = {
    "slug": "securite-numerique-premiers-ateliers",
    "title": "Sécurité numérique : vos premiers ateliers",
    "intro": "<p>De quoi animer un premier cycle d'ateliers sur la sécurité en ligne, de "
    "l'adresse courriel au repérage des arnaques, avec les ressources pour aller plus loin.</p>",
    # (slug of the page, editors' note), in the order of the selection
    "items": [
        (
            "creer-securiser-adresse-courriel",
            "Le point de départ : sans adresse courriel sécurisée, pas de démarches en ligne.",
        ),
        (
            "choisir-mot-de-passe-solide",
            "Une séance courte, facile à enchaîner avec la précédente.",
        ),
        (
            "reconnaitre-hameconnage",
            "Les exemples de faux messages font toujours réagir le groupe.",
        ),
        (
            "reperer-fausses-informations",
            "Pour prolonger vers l'esprit critique, avec un public plus à l'aise.",
        ),
        (
            "cybermalveillance-gouv",
            "La ressource à donner aux participants en fin de cycle.",
        ),
    ],
}
