## Modèle MNR : noms et descriptions d'une ligne des 6 domaines, des 21 capacités et des 4 phases de maturité.
## Structure : content/mnr/model.yaml. Reformulé d'après le Modèle de réponse nationale de la WeProtect Global Alliance et son modèle de maturité.

## Domaines
mnr-domain-policy = Politiques et gouvernance
mnr-domain-justice = Justice pénale
mnr-domain-victim = Victimes
mnr-domain-societal = Société
mnr-domain-industry = Industrie
mnr-domain-media = Médias et communication

## Capacités : nom, puis ce à quoi ressemble une bonne pratique
mnr-cap-1 = Leadership
mnr-cap-1-desc = Un organe national responsable, idéalement piloté par le gouvernement, réunit tous les secteurs pour diriger et superviser la réponse.
mnr-cap-2 = Recherche, analyse et suivi
mnr-cap-2-desc = Une analyse nationale de la situation, des risques et de la réponse, avec des indicateurs mesurables pour suivre les progrès.
mnr-cap-3 = Législation
mnr-cap-3-desc = Un cadre juridique complet permet d'enquêter sur les auteurs et de protéger les victimes.
mnr-cap-4 = Forces de l'ordre spécialisées
mnr-cap-4-desc = Des agents formés, à compétence nationale, mènent des enquêtes proactives et réactives centrées sur la victime, en coopération internationale.
mnr-cap-5 = Magistrats et procureurs
mnr-cap-5-desc = Les juges et les procureurs sont formés et placent la victime au centre de chaque affaire.
mnr-cap-6 = Gestion des auteurs d'infractions
mnr-cap-6-desc = Les auteurs font l'objet d'un suivi qui prévient la récidive, dans le pays comme à l'international.
mnr-cap-7 = Accès aux bases de données d'images
mnr-cap-7-desc = Une base nationale de matériel d'abus sexuels sur enfants existe et est reliée à la base ICSE d'INTERPOL.
mnr-cap-8 = Accompagnement de bout en bout
mnr-cap-8-desc = Les victimes bénéficient d'un soutien intégré pendant l'enquête et les poursuites, puis dans la durée.
mnr-cap-9 = Personnel de la protection de l'enfance
mnr-cap-9-desc = Des professionnels de la protection de l'enfance formés et coordonnés sont disponibles pour soutenir les victimes.
mnr-cap-10 = Indemnisation, recours et plaintes
mnr-cap-10-desc = Les victimes et leurs familles disposent de procédures accessibles pour obtenir réparation, exercer un recours et porter plainte.
mnr-cap-11 = Ligne d'écoute pour enfants
mnr-cap-11-desc = Les enfants peuvent signaler des abus et trouver du soutien auprès d'une ligne d'écoute qui les oriente vers un suivi.
mnr-cap-12 = Ligne de signalement
mnr-cap-12-desc = Le public peut signaler du matériel d'abus sexuels sur enfants en ligne à un service relié aux forces de l'ordre et aux fournisseurs Internet.
mnr-cap-13 = Programme éducatif
mnr-cap-13-desc = Enfants et jeunes, parents, enseignants, professionnels et responsables religieux connaissent les risques et savent protéger les enfants.
mnr-cap-14 = Participation des enfants
mnr-cap-14-desc = Les enfants sont encouragés et aidés à donner leurs idées et à influencer les politiques et les pratiques qui les concernent.
mnr-cap-15 = Dispositifs d'aide aux auteurs
mnr-cap-15-desc = Les personnes à risque de passer à l'acte ont accès à une aide médicale, psychologique et d'auto-assistance, et savent qu'elle existe.
mnr-cap-16 = Procédures de retrait
mnr-cap-16-desc = Le matériel d'abus sexuels sur enfants hébergé ou consulté dans le pays est rapidement retiré ou bloqué.
mnr-cap-17 = Signalement par l'industrie
mnr-cap-17-desc = La loi protège les entreprises pour qu'elles puissent signaler l'exploitation et les abus sexuels d'enfants aux forces de l'ordre.
mnr-cap-18 = Développement de solutions innovantes
mnr-cap-18-desc = L'industrie contribue à trouver des solutions aux problèmes locaux d'exploitation et d'abus sexuels d'enfants.
mnr-cap-19 = Responsabilité sociale des entreprises
mnr-cap-19-desc = Les entreprises mènent des programmes efficaces qui placent la sécurité et le bien-être des enfants au premier plan.
mnr-cap-20 = Traitement médiatique éthique et éclairé
mnr-cap-20-desc = Les médias traitent le sujet de façon éthique et exacte, et aident à mieux faire connaître et comprendre le problème.
mnr-cap-21 = Terminologie universelle
mnr-cap-21-desc = Une terminologie commune, comme celle des Lignes directrices de Luxembourg, est appliquée dans tous les secteurs.

## Phases de maturité, dans l'ordre
mnr-phase-building = Mise en place
mnr-phase-building-desc = Premiers pas : peu de choses existent encore, ou seulement sur le papier.
mnr-phase-enhancement = Renforcement
mnr-phase-enhancement-desc = Les bases existent et se renforcent, mais la couverture et la qualité restent inégales.
mnr-phase-integration = Intégration
mnr-phase-integration-desc = Fonctionne dans la pratique et s'articule avec les autres services et secteurs dans tout le pays.
mnr-phase-maturity = Maturité
mnr-phase-maturity-desc = Durable, doté de moyens suffisants, régulièrement évalué et amélioré ; d'autres peuvent s'en inspirer.
