"""The hub's four practical kits (« kits pratiques »), as listed in its activity report."""

KITS = [
    {
        "slug": "devenir-structure-qualifiee-aptic",
        "title": "Devenir structure qualifiée APTIC",
        "summary": (
            "Un kit pas à pas pour préparer la qualification APTIC de votre lieu de médiation "
            "numérique et accueillir des bénéficiaires munis de pass numériques."
        ),
        "purpose": (
            "<p>Ce kit accompagne les structures qui souhaitent se faire qualifier APTIC afin "
            "d'accepter les pass numériques en paiement de leurs services de médiation. Il "
            "aide à vérifier que l'offre répond au référentiel, à constituer un dossier "
            "solide et à organiser l'accueil des porteurs de pass.</p>"
            "<p>Conçu dans le cadre de l'accompagnement du Conseil départemental de la "
            "Haute-Garonne, il a permis de passer de 3 lieux qualifiés en juillet 2020 à 21 "
            "dans le département.</p>"
        ),
        "audience": (
            "Associations, centres sociaux, médiathèques, tiers-lieux, espaces France Services "
            "et structures nomades proposant déjà des ateliers ou un accompagnement au "
            "numérique et souhaitant se qualifier."
        ),
        "steps": [
            {
                "title": "Faire le point sur son offre",
                "description": (
                    "Listez les ateliers et accompagnements que vous proposez déjà, leur durée, "
                    "leur public et leur fréquence. Comparez-les aux compétences du socle "
                    "APTIC pour repérer ce qui est qualifiable et ce qu'il faut formaliser."
                ),
            },
            {
                "title": "Vérifier les critères de qualification",
                "description": (
                    "Contrôlez les prérequis : lieu d'accueil identifié ou itinérance organisée, "
                    "équipement disponible, personnes formées à l'animation, capacité à "
                    "assurer un suivi des bénéficiaires. Notez les points à consolider avant "
                    "de candidater."
                ),
            },
            {
                "title": "Rédiger la présentation de la structure",
                "description": (
                    "Complétez la fiche de présentation de structure fournie dans ce kit : "
                    "identité, publics, horaires, services, modalités d'accès. Elle sert à la "
                    "fois pour le dossier et pour informer les prescripteurs du territoire."
                ),
            },
            {
                "title": "Constituer et déposer le dossier",
                "description": (
                    "Décrivez chaque service en précisant objectifs, durée, nombre de pass "
                    "demandés et modalités d'évaluation. Déposez votre candidature auprès "
                    "d'APTIC et conservez une copie des pièces transmises."
                ),
            },
            {
                "title": "Préparer l'accueil des porteurs de pass",
                "description": (
                    "Organisez le circuit interne : qui reçoit les pass, comment ils sont "
                    "enregistrés, comment le parcours est suivi. Formez l'équipe d'accueil et "
                    "mettez à jour votre fiche sur la cartographie régionale."
                ),
            },
        ],
        "tools": [
            {
                "title": "Fiche de présentation de structure",
                "format": "odt",
                "description": (
                    "Modèle modifiable pour présenter votre lieu aux partenaires et dans votre "
                    "dossier de qualification."
                ),
                "paragraphs": [
                    "Identité de la structure : nom, statut juridique, adresse, commune, "
                    "département, téléphone, courriel de contact et nom du référent "
                    "médiation numérique.",
                    "Publics accueillis : cochez les publics concernés (tous publics, seniors, "
                    "demandeurs d'emploi, jeunes, familles, personnes en situation de handicap, "
                    "allophones) et précisez les conditions d'accès éventuelles.",
                    "Horaires et modalités : jours et heures d'ouverture, accueil avec ou sans "
                    "rendez-vous, interventions hors les murs ou itinérantes, accessibilité "
                    "des locaux aux personnes à mobilité réduite.",
                    "Services proposés : ateliers collectifs (thème, durée, nombre de "
                    "séances), accompagnement individuel, accès libre au matériel, aide aux "
                    "démarches administratives en ligne.",
                    "Équipement : nombre de postes, tablettes et smartphones de prêt, "
                    "imprimante et scanner, connexion internet, vidéoprojecteur.",
                    "Partenariats et orientation : structures vers lesquelles vous orientez et "
                    "structures qui vous orientent des personnes, dispositifs mobilisés (pass "
                    "numérique, Aidants Connect, conseillers numériques).",
                ],
            },
            {
                "title": "Grille d'autodiagnostic avant qualification APTIC",
                "format": "docx",
                "description": (
                    "Une grille à remplir en équipe pour vérifier que votre offre est prête "
                    "à être qualifiée."
                ),
                "paragraphs": [
                    "Partie 1, l'offre : chaque atelier dispose-t-il d'objectifs écrits, d'une "
                    "durée définie et d'un nombre de séances ? Les compétences visées sont-elles "
                    "rattachées au socle APTIC ou au référentiel Pix ?",
                    "Partie 2, l'équipe : combien de personnes animent les ateliers ? Ont-elles "
                    "suivi une formation à la médiation numérique ou à la posture "
                    "d'accompagnement ? Qui est le référent du dispositif ?",
                    "Partie 3, l'accueil : les bénéficiaires sont-ils reçus dans un lieu "
                    "identifié, avec un équipement suffisant ? Existe-t-il un entretien "
                    "d'accueil ou un positionnement initial ?",
                    "Partie 4, le suivi : comment sont tracés les présences, les progrès et la "
                    "fin de parcours ? Les données personnelles sont-elles conservées de "
                    "manière sécurisée et pour une durée limitée ?",
                    "Synthèse : pour chaque partie, indiquez « prêt », « à consolider » ou "
                    "« à construire » et fixez une échéance pour les actions à mener.",
                ],
            },
            {
                "title": "Guide pratique : comprendre le pass numérique",
                "format": "pdf",
                "description": (
                    "Un guide imprimable qui explique le fonctionnement du pass numérique "
                    "aux équipes d'accueil."
                ),
                "paragraphs": [
                    "Le pass numérique est un titre de paiement, sur le modèle du titre-"
                    "restaurant, qui permet à une personne de bénéficier gratuitement d'un "
                    "accompagnement au numérique dans un lieu qualifié. Il est généralement "
                    "remis sous forme de carnet par un organisme commanditaire.",
                    "Les commanditaires (collectivités, organismes sociaux, entreprises) "
                    "achètent des pass et les confient à des structures distributrices qui les "
                    "remettent aux personnes ayant besoin d'accompagnement.",
                    "Le lieu qualifié accepte les pass en échange de ses services, enregistre "
                    "leur utilisation puis en demande le remboursement. Chaque commanditaire "
                    "peut fixer ses propres modalités d'utilisation : il faut les connaître "
                    "avant d'accueillir la personne.",
                    "À l'accueil, vérifiez la validité du pass, expliquez le parcours proposé, "
                    "réalisez un positionnement et convenez des séances. Ne conservez jamais "
                    "de pass sans enregistrer le service rendu.",
                    "En cas de doute, contactez le référent APTIC de votre territoire ou "
                    "l'équipe du Hub RhinOcc.",
                ],
            },
        ],
        "competencies": ["CRCN-2.4", "CRCN-5.2"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "themes": ["demarches-administratives", "outils-quotidien"],
        "support_type": "boite-a-outils",
        "licence": "cc-by-sa-4-0",
        "tags": ["aptic", "pass numérique", "médiation numérique"],
    },
    {
        "slug": "penser-dispositif-aptic-territoire",
        "title": "Penser le dispositif APTIC sur son territoire",
        "summary": (
            "Un kit pour organiser, avec les partenaires d'un territoire, la distribution et "
            "l'utilisation des pass numériques, de l'orientation à l'évaluation."
        ),
        "purpose": (
            "<p>Une fois qualifiée, une structure ne peut faire vivre les pass numériques "
            "seule : il faut des prescripteurs qui repèrent les besoins, des distributeurs qui "
            "remettent les pass et des lieux qui accompagnent. Ce kit aide à construire ce "
            "circuit à l'échelle d'un territoire et à outiller chaque maillon.</p>"
        ),
        "audience": (
            "Structures déjà qualifiées APTIC, collectivités commanditaires de pass et "
            "structures de premier niveau chargées de les distribuer (CCAS, maisons des "
            "solidarités, agences France Services, associations d'accueil)."
        ),
        "steps": [
            {
                "title": "Cartographier l'offre du territoire",
                "description": (
                    "Recensez les lieux qualifiés, leurs services et leurs horaires en vous "
                    "appuyant sur la cartographie régionale. Identifiez les zones blanches et "
                    "les publics qui ne trouvent pas de réponse."
                ),
            },
            {
                "title": "Définir le circuit du pass",
                "description": (
                    "Décidez qui repère les besoins, qui distribue les pass, qui accompagne et "
                    "comment l'information circule entre eux. Formalisez ce circuit dans un "
                    "schéma simple partagé avec tous les partenaires."
                ),
            },
            {
                "title": "Former les structures distributrices",
                "description": (
                    "Organisez une session pour les structures de premier niveau : repérage "
                    "des difficultés numériques, remise du pass, orientation vers le bon lieu. "
                    "Remettez-leur la fiche de liaison et la liste des lieux qualifiés."
                ),
            },
            {
                "title": "Outiller le suivi des parcours",
                "description": (
                    "Mettez en place la fiche de liaison entre distributeur et lieu qualifié, "
                    "ainsi qu'une fiche de suivi individuel. Convenez des informations "
                    "partagées, dans le respect du consentement de la personne."
                ),
            },
            {
                "title": "Évaluer et ajuster",
                "description": (
                    "Réunissez les partenaires tous les trimestres autour de quelques "
                    "indicateurs : pass distribués, pass utilisés, parcours terminés, délais "
                    "d'orientation. Ajustez le circuit en fonction des difficultés constatées."
                ),
            },
        ],
        "tools": [
            {
                "title": "Fiche de liaison pass numérique",
                "format": "odt",
                "description": (
                    "Le document qui accompagne la personne de la structure qui l'oriente "
                    "jusqu'au lieu qualifié qui l'accueille."
                ),
                "paragraphs": [
                    "Structure orientatrice : nom, commune, nom et coordonnées du "
                    "professionnel qui oriente, date de l'orientation.",
                    "Personne orientée : prénom, initiale du nom, moyen de contact préféré, "
                    "accord de la personne pour le partage de ces informations (case à "
                    "cocher obligatoire).",
                    "Besoins repérés : démarche à réaliser (CAF, impôts, santé, emploi, "
                    "retraite), compétences à acquérir (utiliser un smartphone, créer une "
                    "adresse courriel, naviguer sur internet), urgence éventuelle.",
                    "Pass remis : nombre de pass, numéro du carnet, commanditaire.",
                    "Lieu qualifié vers lequel la personne est orientée : nom, adresse, "
                    "horaires, rendez-vous pris ou non.",
                    "Retour du lieu qualifié : date du premier accueil, accompagnement "
                    "proposé, fin de parcours ou réorientation, à renvoyer à la structure "
                    "orientatrice.",
                ],
            },
            {
                "title": "Fiche de suivi individuel",
                "format": "docx",
                "description": (
                    "Un tableau de suivi du parcours d'une personne accompagnée avec des pass "
                    "numériques."
                ),
                "paragraphs": [
                    "En-tête : prénom et initiale du nom, date d'entrée, structure "
                    "orientatrice, nombre de pass reçus, nom du médiateur référent.",
                    "Positionnement initial : résultat du questionnaire d'évaluation du "
                    "niveau de connaissances et objectifs fixés avec la personne.",
                    "Tableau des séances : date, durée, thème travaillé, pass utilisés, "
                    "observations du médiateur et ressenti de la personne.",
                    "Bilan de fin de parcours : objectifs atteints, compétences acquises, "
                    "autonomie constatée pour les démarches visées, suites proposées "
                    "(atelier collectif, autre structure, Aidants Connect).",
                    "Rappel de confidentialité : ce document est conservé dans un espace "
                    "sécurisé et détruit au plus tard un an après la fin du parcours.",
                ],
            },
            {
                "title": "Méthodologie : mettre en place les pass numériques sur un territoire",
                "format": "pdf",
                "description": (
                    "La méthode élaborée par le Hub pour déployer les pass à l'échelle d'un "
                    "département ou d'une intercommunalité."
                ),
                "paragraphs": [
                    "Phase 1, cadrage : définir les publics cibles, le volume de pass, le "
                    "budget, les modalités d'utilisation propres au commanditaire et le "
                    "calendrier de distribution.",
                    "Phase 2, mobilisation : identifier les structures volontaires pour "
                    "distribuer, accompagner les lieux à la qualification, organiser une "
                    "journée de lancement et des ateliers d'interconnaissance.",
                    "Phase 3, formation : former les structures de premier niveau à la "
                    "distribution et les équipes des collectivités lors de webinaires.",
                    "Phase 4, pilotage : collecter et partager les données entre les acteurs, "
                    "produire des cartographies dédiées au projet, réunir un comité technique "
                    "régulier.",
                    "Phase 5, bilan : mesurer l'usage des pass, recueillir la parole des "
                    "bénéficiaires et des structures, décider de la reconduction.",
                ],
            },
            {
                "title": "Schéma du circuit du pass à compléter",
                "format": "odt",
                "description": (
                    "Un support d'atelier pour dessiner avec les partenaires le circuit "
                    "local du pass numérique."
                ),
                "paragraphs": [
                    "Case 1, repérer : quels professionnels rencontrent les personnes en "
                    "difficulté avec le numérique (accueil de mairie, travailleurs sociaux, "
                    "conseillers emploi) ?",
                    "Case 2, distribuer : quelles structures remettent les pass et avec "
                    "quelle consigne de remise ?",
                    "Case 3, accompagner : quels lieux qualifiés accueillent, sur quels "
                    "services, avec quels délais ?",
                    "Case 4, revenir : comment la structure orientatrice est-elle informée de "
                    "la suite du parcours ? Qui relance si la personne ne se présente pas ?",
                ],
            },
        ],
        "competencies": ["CRCN-2.3", "CRCN-1.2"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "themes": ["demarches-administratives"],
        "support_type": "boite-a-outils",
        "licence": "cc-by-sa-4-0",
        "tags": ["aptic", "pass numérique", "réseau", "accès aux droits"],
    },
    {
        "slug": "inclusion-numerique-partenaires-territoire",
        "title": (
            "Travailler la question de l'inclusion numérique avec les partenaires de son "
            "territoire"
        ),
        "summary": (
            "Un kit d'accompagnement pour les acteurs qui rencontrent du public en difficultés "
            "sociales et numériques et veulent mieux repérer, évaluer et orienter."
        ),
        "purpose": (
            "<p>Travailleurs sociaux, agents d'accueil, conseillers emploi : vous rencontrez "
            "chaque jour des personnes pour qui la dématérialisation est un obstacle à "
            "l'accès aux droits. Ce kit vous aide à repérer ces difficultés sans stigmatiser, "
            "à évaluer le niveau de la personne et à l'orienter vers le partenaire le plus "
            "adapté de votre territoire, en gardant le lien.</p>"
        ),
        "audience": (
            "Professionnels de l'accompagnement social, de l'emploi et de l'accueil du public "
            "qui ne sont pas médiateurs numériques mais rencontrent des personnes éloignées du "
            "numérique."
        ),
        "steps": [
            {
                "title": "Repérer les difficultés numériques",
                "description": (
                    "Intégrez quelques questions simples à vos entretiens : la personne "
                    "a-t-elle un équipement, une connexion, une adresse courriel dont elle "
                    "connaît le mot de passe ? Observez sans juger et nommez la difficulté "
                    "comme un besoin d'accompagnement, pas comme un manque."
                ),
            },
            {
                "title": "Évaluer le niveau de connaissances",
                "description": (
                    "Proposez le questionnaire d'évaluation du niveau de connaissances, à "
                    "remplir ensemble en dix minutes. Il permet de distinguer un besoin "
                    "d'apprentissage d'un besoin de faire à la place, qui relève d'autres "
                    "dispositifs."
                ),
            },
            {
                "title": "Identifier les partenaires",
                "description": (
                    "Repérez sur la cartographie régionale les lieux de médiation numérique "
                    "proches, leurs horaires et leurs spécialités. Prenez contact avec eux "
                    "pour vous présenter mutuellement avant d'orienter."
                ),
            },
            {
                "title": "Orienter avec une fiche de liaison",
                "description": (
                    "Remplissez la fiche de liaison avec la personne et recueillez son "
                    "accord pour transmettre les informations. Si possible, prenez le "
                    "rendez-vous avec elle pour éviter les ruptures de parcours."
                ),
            },
            {
                "title": "Formaliser le partenariat",
                "description": (
                    "Lorsque les orientations deviennent régulières, formalisez la "
                    "coopération : interlocuteurs, délais, retours attendus. Une convention "
                    "simple évite que le partenariat repose sur une seule personne."
                ),
            },
            {
                "title": "Faire le point régulièrement",
                "description": (
                    "Planifiez un point semestriel avec vos partenaires pour partager les "
                    "situations difficiles, ajuster les circuits et faire connaître les "
                    "nouveaux services du territoire."
                ),
            },
        ],
        "tools": [
            {
                "title": "Questionnaire d'évaluation du niveau de connaissances",
                "format": "odt",
                "description": (
                    "Un questionnaire de positionnement à remplir avec la personne pour "
                    "évaluer son autonomie numérique."
                ),
                "paragraphs": [
                    "Équipement et connexion : disposez-vous d'un ordinateur, d'une tablette, "
                    "d'un smartphone ? D'une connexion internet à domicile ou d'un forfait "
                    "avec des données mobiles ?",
                    "Usages de base : savez-vous allumer l'appareil, utiliser la souris ou "
                    "l'écran tactile, écrire un texte, ouvrir une application ? Répondez par "
                    "« seul », « avec de l'aide » ou « pas du tout ».",
                    "Communication : avez-vous une adresse courriel ? Connaissez-vous son mot "
                    "de passe ? Savez-vous envoyer un message avec une pièce jointe ?",
                    "Démarches en ligne : avez-vous déjà créé un compte sur un site "
                    "administratif (CAF, ameli, impots.gouv.fr, Pôle emploi) ? Utilisez-vous "
                    "FranceConnect ?",
                    "Sécurité : savez-vous reconnaître un message frauduleux ? Utilisez-vous "
                    "le même mot de passe partout ?",
                    "Attentes : qu'aimeriez-vous être capable de faire seul dans trois mois ? "
                    "Préférez-vous un atelier collectif ou un accompagnement individuel ?",
                ],
            },
            {
                "title": "Grille de repérage des difficultés numériques en entretien",
                "format": "docx",
                "description": (
                    "Une grille discrète à utiliser pendant un entretien social pour repérer "
                    "les besoins d'accompagnement numérique."
                ),
                "paragraphs": [
                    "Signaux d'alerte : la personne apporte des courriers imprimés au lieu "
                    "de consulter son espace en ligne, demande qu'on fasse la démarche à sa "
                    "place, ne connaît plus ses identifiants, dit ne pas recevoir les "
                    "messages de l'administration.",
                    "Questions d'ouverture : « Comment faites-vous habituellement pour cette "
                    "démarche ? », « Qui vous aide quand vous êtes bloqué ? », « Qu'est-ce "
                    "qui vous pose le plus de difficultés ? ».",
                    "Freins à identifier : absence d'équipement, coût de la connexion, "
                    "difficultés de lecture ou de langue, handicap, peur de se tromper, "
                    "méfiance envers internet.",
                    "Suites possibles : accompagnement immédiat, orientation vers un atelier "
                    "collectif, remise de pass numérique, mandat Aidants Connect pour une "
                    "démarche urgente.",
                ],
            },
            {
                "title": "Guide d'orientation vers les partenaires",
                "format": "pdf",
                "description": (
                    "Un guide imprimable qui présente les types de structures et dispositifs "
                    "vers lesquels orienter une personne selon son besoin."
                ),
                "paragraphs": [
                    "Besoin d'apprendre à utiliser un outil : orientez vers un lieu de "
                    "médiation numérique proposant des ateliers (médiathèque, centre social, "
                    "espace public numérique, conseiller numérique).",
                    "Besoin de réaliser une démarche urgente : orientez vers une agence "
                    "France Services ou un aidant habilité Aidants Connect, qui peut agir "
                    "pour le compte de la personne de manière sécurisée.",
                    "Besoin d'équipement : orientez vers les structures de réemploi et "
                    "d'équipement solidaire qui proposent du matériel reconditionné à prix "
                    "réduit et des recharges de forfait.",
                    "Besoin d'aide ponctuelle à distance : communiquez le numéro de "
                    "Solidarité Numérique et les ressources en ligne comme Les Bons Clics.",
                    "Dans tous les cas : expliquez à la personne pourquoi vous l'orientez, "
                    "remettez-lui les coordonnées écrites et proposez de faire le point après "
                    "son premier rendez-vous.",
                ],
            },
            {
                "title": "Modèle de convention de partenariat",
                "format": "docx",
                "description": (
                    "Une convention simple à adapter pour formaliser l'orientation entre une "
                    "structure sociale et un lieu de médiation numérique."
                ),
                "paragraphs": [
                    "Article 1, objet : organiser l'orientation des personnes rencontrant des "
                    "difficultés numériques de la structure A vers la structure B et le "
                    "retour d'information entre elles.",
                    "Article 2, engagements de la structure orientatrice : repérer les "
                    "besoins, remplir la fiche de liaison avec l'accord de la personne, "
                    "informer des changements de situation.",
                    "Article 3, engagements du lieu de médiation : proposer un premier "
                    "rendez-vous sous quinze jours, adapter l'accompagnement, informer de la "
                    "fin de parcours.",
                    "Article 4, données personnelles : seules les informations nécessaires "
                    "sont échangées, par un canal sécurisé, et conservées pendant la durée "
                    "de l'accompagnement.",
                    "Article 5, suivi : un bilan est réalisé chaque semestre ; la convention "
                    "est conclue pour un an, renouvelable par tacite reconduction.",
                ],
            },
        ],
        "competencies": ["CRCN-2.3", "CRCN-4.2"],
        "publics": ["travailleurs-sociaux", "mediateurs-numeriques"],
        "themes": ["demarches-administratives", "comprendre-numerique"],
        "support_type": "boite-a-outils",
        "licence": "cc-by-sa-4-0",
        "tags": ["diagnostic", "réseau", "accès aux droits"],
    },
    {
        "slug": "methodologie-dynamique-reseau-territoire",
        "title": "Exposer la méthodologie d'une dynamique de réseau sur son territoire",
        "summary": (
            "Un kit issu de l'accompagnement du Sicoval et de Concertation 31400 pour lancer "
            "et animer un réseau local d'acteurs de la médiation numérique."
        ),
        "purpose": (
            "<p>Sur chaque territoire, beaucoup d'acteurs agissent déjà pour l'inclusion "
            "numérique sans toujours se connaître. Ce kit décrit la méthode testée avec la "
            "Communauté d'agglomération du Sicoval (45 participants sur 7 mois) et avec "
            "Concertation 31400 (25 structures) : recenser, collecter les besoins, animer des "
            "séances de design et structurer les piliers du réseau.</p>"
            "<p>Il part d'un principe simple, formulé par un participant : avant d'innover, "
            "soutenir et rendre visible l'existant.</p>"
        ),
        "audience": (
            "Collectivités, intercommunalités, centres sociaux et têtes de réseau souhaitant "
            "fédérer les acteurs de la médiation numérique et sociale d'un bassin de vie."
        ),
        "steps": [
            {
                "title": "Recenser les structures et leurs actions",
                "description": (
                    "Diffusez un questionnaire de recensement auprès des structures du "
                    "territoire : activités numériques, publics, moyens, partenaires. "
                    "Croisez les réponses avec la cartographie régionale pour obtenir un "
                    "premier diagnostic."
                ),
            },
            {
                "title": "Collecter les besoins",
                "description": (
                    "Menez des entretiens courts ou un atelier collectif pour faire émerger "
                    "les besoins des structures : formation, visibilité, outils, "
                    "financements, orientation des publics. Hiérarchisez-les avec la grille "
                    "de priorisation."
                ),
            },
            {
                "title": "Organiser une rencontre de lancement",
                "description": (
                    "Réunissez les structures pour restituer le diagnostic et favoriser "
                    "l'interconnaissance. Utilisez des formats actifs : speed-meeting, "
                    "parcours de l'usager, carte du territoire à compléter."
                ),
            },
            {
                "title": "Animer des séances de design",
                "description": (
                    "Sur plusieurs mois, proposez des séances de co-conception pour "
                    "construire les piliers du réseau : une charte, un outil de "
                    "communication, un plan de formation. Chaque séance produit un livrable "
                    "concret."
                ),
            },
            {
                "title": "Créer des groupes de travail",
                "description": (
                    "Confiez chaque chantier à un petit groupe de volontaires avec un "
                    "pilote, un calendrier et un point de restitution. Les groupes font "
                    "vivre le réseau entre les rencontres plénières."
                ),
            },
            {
                "title": "Pérenniser la dynamique",
                "description": (
                    "Identifiez qui porte l'animation à long terme, avec quels moyens. "
                    "Prévoyez un rythme de rencontres, une liste de diffusion et une mise à "
                    "jour annuelle du recensement."
                ),
            },
        ],
        "tools": [
            {
                "title": "Questionnaire de recensement des structures",
                "format": "odt",
                "description": (
                    "Le questionnaire à adapter pour recenser les acteurs de la médiation "
                    "numérique d'un territoire."
                ),
                "paragraphs": [
                    "Votre structure : nom, type (association, collectivité, CCAS, "
                    "médiathèque, entreprise), commune, contact du référent numérique.",
                    "Vos activités : ateliers informatiques, accompagnement aux démarches "
                    "en ligne, accès libre au matériel, formations professionnalisantes, "
                    "prêt ou vente de matériel.",
                    "Vos publics : qui accueillez-vous principalement et combien de "
                    "personnes par mois environ ?",
                    "Vos moyens : nombre de salariés et de bénévoles impliqués, "
                    "équipements disponibles, financements mobilisés.",
                    "Vos besoins : quels sont vos trois besoins prioritaires pour mieux "
                    "accompagner vos publics ?",
                    "Acceptez-vous que vos informations figurent sur la cartographie des "
                    "lieux d'inclusion numérique en Occitanie ?",
                ],
            },
            {
                "title": "Trame d'animation d'une rencontre de réseau",
                "format": "pdf",
                "description": (
                    "Le déroulé minute par minute d'une première rencontre d'acteurs de 3 heures."
                ),
                "paragraphs": [
                    "0 h 00 à 0 h 20 : accueil café et tour de table express (nom, "
                    "structure, une action dont on est fier).",
                    "0 h 20 à 0 h 50 : restitution du recensement et des besoins collectés, "
                    "avec une carte du territoire affichée au mur.",
                    "0 h 50 à 1 h 40 : atelier « parcours de l'usager » en sous-groupes : "
                    "suivre une personne fictive qui doit faire une démarche en ligne et "
                    "noter où elle peut trouver de l'aide.",
                    "1 h 40 à 2 h 30 : choix de trois chantiers prioritaires par vote "
                    "pondéré et constitution des groupes de travail.",
                    "2 h 30 à 3 h 00 : calendrier des prochaines rencontres, désignation "
                    "des pilotes et évaluation à chaud de la séance.",
                ],
            },
            {
                "title": "Modèle de charte de réseau",
                "format": "docx",
                "description": (
                    "Une charte type à amender collectivement pour poser les valeurs et les "
                    "engagements des membres."
                ),
                "paragraphs": [
                    "Préambule : les membres partagent la conviction que l'accès au "
                    "numérique est une condition de l'accès aux droits et de la citoyenneté.",
                    "Valeurs : accueil inconditionnel, respect du rythme et de l'autonomie "
                    "des personnes, non-jugement, confidentialité.",
                    "Engagements des membres : participer aux rencontres, partager les "
                    "ressources et les informations utiles, orienter vers les autres "
                    "membres lorsque c'est pertinent.",
                    "Fonctionnement : une rencontre plénière par trimestre, des groupes de "
                    "travail thématiques, une animation assurée par une structure référente.",
                    "Adhésion : toute structure du territoire agissant pour l'inclusion "
                    "numérique peut signer la charte ; elle peut s'en retirer à tout moment.",
                ],
            },
            {
                "title": "Grille de priorisation des besoins",
                "format": "odt",
                "description": (
                    "Un tableau pour classer les besoins exprimés selon leur importance et "
                    "leur faisabilité."
                ),
                "paragraphs": [
                    "Colonne 1 : besoin exprimé, tel que formulé par les structures.",
                    "Colonne 2 : nombre de structures concernées.",
                    "Colonne 3 : impact attendu pour les publics (faible, moyen, fort).",
                    "Colonne 4 : faisabilité avec les moyens du réseau (facile, possible, "
                    "nécessite des financements).",
                    "Colonne 5 : décision (chantier prioritaire, à étudier, hors périmètre) "
                    "et groupe de travail chargé du suivi.",
                ],
            },
        ],
        "competencies": ["CRCN-2.3", "CRCN-2.2"],
        "publics": ["mediateurs-numeriques", "travailleurs-sociaux"],
        "themes": ["comprendre-numerique"],
        "support_type": "boite-a-outils",
        "licence": "cc-by-sa-4-0",
        "tags": ["réseau", "diagnostic", "animation"],
    },
]
