## Le tableau de bord web de l'équipe (bot/web/dashboard/) et la commande /dashboard qui y connecte (bot/features/dashboard.py).
## Registre professionnel (vous). Texte brut : les pages l'échappent ; « <5 » s'affiche tel quel.

## /dashboard dans la conversation
dashboard-link =
    🔐 <b>Votre lien de connexion au tableau de bord</b>

    { $link }

    Il fonctionne une seule fois, pendant { $minutes } minutes, dans le navigateur où vous l'ouvrez. La session dure { $hours } heures, ou jusqu'à ce que vous vous déconnectiez. Ne le transférez pas : il ouvre le tableau de bord à la première personne qui l'utilise.
dashboard-not-set =
    Le tableau de bord web n'est pas encore configuré. Un administrateur doit indiquer dans <code>DASHBOARD_URL</code> l'adresse publique du serveur HTTP du bot (par exemple <code>https://stats.example.org</code>, derrière un proxy TLS), puis redémarrer le bot. Envoyez ensuite /dashboard à nouveau.

## Cadre de chaque page
dash-name = Programme de sécurité en ligne · Tableau de bord
dash-skip = Aller au contenu
dash-menu = Pages du tableau de bord
dash-nav-overview = Vue d'ensemble
dash-nav-reach = Portée
dash-nav-lessons = Leçons
dash-nav-voice = Voix des jeunes
dash-nav-checkins = Bilans MNR
dash-nav-cohorts = Groupes et envois
dash-language = Langue du tableau de bord
dash-change-language = Changer
dash-sign-out = Se déconnecter
dash-footer = Les effectifs inférieurs à 5 personnes ne sont jamais affichés. Les chiffres sont pseudonymes ; aucune page ne nomme une personne.
dash-print = Imprimer ou enregistrer en PDF

## Connexion et déconnexion
dash-sign-in-title = Connexion au tableau de bord
dash-sign-in-text = Ce lien ouvre le tableau de bord dans ce navigateur. Il ne fonctionne qu'une fois.
dash-sign-in-button = Ouvrir le tableau de bord
dash-link-expired-title = Ce lien ne fonctionne plus
dash-link-expired = Les liens de connexion ne fonctionnent qu'une fois et pendant quelques minutes. Envoyez /dashboard au bot pour en obtenir un nouveau.
dash-signed-out-title = Vous êtes déconnecté·e
dash-signed-out = Pour ouvrir le tableau de bord, envoyez /dashboard au bot dans Telegram et ouvrez le lien qu'il vous envoie. Seule l'équipe du programme peut se connecter.
dash-form-expired = Ce formulaire a expiré. Rechargez la page et réessayez.

## Erreurs
dash-error-title = Un problème est survenu
dash-error = La page n'a pas pu être affichée. Veuillez réessayer dans un instant.
dash-unavailable = La base de données est momentanément inaccessible. Veuillez réessayer dans un instant.
dash-not-found-title = Page introuvable
dash-not-found = Il n'y a rien à cette adresse. Utilisez le menu pour trouver la page voulue.
dash-bad-filter-title = Ce filtre ne peut pas être utilisé
dash-bad-filter = Veuillez vérifier les filtres : { $detail }

## Filtres
dash-filters = Filtres
dash-period = Période
dash-days = { $days } derniers jours
dash-period-custom = Dates ci-dessous
dash-from = Du
dash-to = Au
dash-apply = Appliquer
dash-all = Tous
dash-none = Aucun
dash-filter-country = Pays
dash-filter-audience = Public
dash-filter-age_band = Tranche d'âge
dash-filter-locale = Langue
dash-filter-series = Série
dash-filter-cohort = Groupe
dash-filter-capability = Capacité MNR
dash-breakdown = Répartir par
dash-every = Pas de temps
dash-week = Semaine
dash-month = Mois
dash-chart-metric = Indicateur du graphique
dash-period-range = { $start } – { $end } (UTC)

## Indicateurs
dash-metric-active = Actives
dash-metric-reached = Atteintes
dash-metric-engaged = Engagées
dash-metric-completed = Série terminée
dash-metric-quiz-people = Ont répondu à un quiz
dash-metric-quiz-accuracy = Réussite aux quiz
dash-define-active = Personnes ayant une activité comptée sous une capacité MNR (leçons sous 13, participation des jeunes sous 14).
dash-define-reached = Personnes ayant vu au moins une fiche de leçon.
dash-define-engaged = Personnes ayant terminé au moins une leçon.
dash-define-completed = Personnes ayant terminé une série entière.
dash-define-quiz-people = Personnes ayant répondu à au moins une question de quiz.
dash-define-quiz-accuracy = La part des premières tentatives aux questions de quiz qui étaient justes.
dash-suppressed = <5
dash-hidden-part = Masqué (petits effectifs)
dash-everyone = Tout le monde
dash-people = Personnes
dash-share = Part
dash-figure = Indicateur
dash-this-period = Cette période
dash-previous-period = Période précédente
dash-change = Évolution
dash-change-none = pas de comparaison
dash-change-points = { $points } points
dash-before = avant : { $value }
dash-nothing = Rien à afficher pour ces filtres pour l'instant.
dash-chart-desc = Le tableau à côté de ce graphique donne les mêmes chiffres.
dash-capability-name = { $number }. { $name }
dash-about = Comment lire ces chiffres
dash-suppression-note = Tout effectif de 1 à 4 personnes est masqué (affiché <5). Lorsqu'une ligne ou une colonne ne masquerait qu'un seul effectif, le plus petit suivant est masqué aussi, pour que les totaux ne le révèlent pas. Les jours sont en UTC. Chaque tableau se télécharge en CSV avec les mêmes chiffres que l'API de statistiques ; un chiffre masqué y est une cellule vide.
dash-download-csv = Télécharger le CSV

## Vue d'ensemble
dash-overview-title = Vue d'ensemble
dash-headline = La période en bref
dash-comparison-caption = Cette période comparée à la précédente ({ $previous })
dash-trend = Tendance
dash-weekly-caption = Personnes par semaine
dash-weekly-chart = Personnes atteintes, engagées et ayant terminé une série, par semaine
dash-weeks-note = Les semaines commencent le lundi ; la première et la dernière peuvent déborder de la période.
dash-where = Où
dash-by-country-caption = Personnes par pays
dash-by-country-chart = Personnes atteintes, par pays

## Portée
dash-reach-title = Portée dans le temps
dash-over-time = Dans le temps
dash-over-time-caption = { $metric } dans le temps
dash-over-time-chart = { $metric } dans le temps
dash-top-lines-note = Le graphique et ce tableau montrent les { $count } groupes les plus grands ; le CSV contient tous les groupes et tous les indicateurs.
dash-totals = Totaux de la période
dash-totals-caption = Chiffres pour toute la période
dash-totals-chart = { $metric } sur toute la période

## Leçons
dash-lessons-title = Leçons
dash-step = Étape
dash-step-started = Ont commencé la série
dash-step-lesson = Ont terminé « { $lesson } »
dash-step-completed = Ont terminé la série
dash-share-of-starters = Part de celles et ceux qui ont commencé
dash-funnel-caption = { $series } : de la première leçon à la fin
dash-funnel-chart = Personnes à chaque étape de { $series }
dash-quiz-caption = { $series } : questions des quiz
dash-quiz-chart = Justes du premier coup, par question, dans { $series }
dash-quiz-note = Une part faible, ou une mauvaise réponse souvent choisie, signale une idée fausse à traiter dans la leçon. Le CSV contient chaque option de réponse.
dash-question-header = Question
dash-question = { $lesson } : { $question }
dash-answered = Ont répondu
dash-right-first-time = Justes du premier coup
dash-common-wrong = Mauvaise réponse la plus choisie
dash-wrong-answer = { $answer } ({ $share })
dash-lesson = Leçon
dash-ratings-caption = { $series } : utilité perçue de chaque leçon
dash-ratings-chart = Avis sur les leçons de { $series }
dash-rating-helpful = Utile
dash-rating-unsure = Pas sûr
dash-rating-not-helpful = Pas utile

## Voix des jeunes
dash-voice-title = Voix des jeunes
dash-voice-lead = Ce que les jeunes et les parents nous ont dit d'un seul geste : sondages et question de fin de série. Les résultats reflètent leurs réponses actuelles.
dash-polls = Sondages
dash-poll-caption = { $question } ({ $start } – { $end })
dash-series-questions = Questions de fin de série
dash-series-question-caption = { $series } : { $question }
dash-option = Réponse
dash-voice-note = Les filtres s'appliquent au profil actuel de chaque personne (pays, public, langue). Les personnes qui ont demandé l'effacement de leurs données ne sont plus comptées ici.

## Bilans MNR
dash-checkins-title = Bilans MNR
dash-checkins-lead = Bilans éclair des professionnels sur les 21 capacités de la Réponse nationale modèle. Ouvrez un cycle pour voir la grille de maturité de chaque pays.
dash-rounds = Cycles
dash-rounds-caption = Cycles de bilan, du plus récent au plus ancien
dash-no-rounds = Aucun cycle n'a encore été ouvert. L'équipe en ouvre un avec /openround dans la conversation.
dash-round = Cycle
dash-questionnaire = Questionnaire
dash-opens = Ouverture
dash-closes = Clôture
dash-respondents = Répondants
dash-round-title = { $round } · { $questionnaire }
dash-round-lead = Ouvert du { $opens } au { $closes }. Pays affiché : { $country }.
dash-compare-with = Comparer avec le cycle
dash-open-profile = Profil pays imprimable
dash-no-countries = Personne n'a encore répondu à ce cycle.
dash-verified-respondents = Répondants vérifiés
dash-verified-explained = Professionnels arrivés par une invitation de l'équipe du programme, qui enregistre leur secteur et leur pays.
dash-self-declared-respondents = Répondants auto-déclarés
dash-self-declared-explained = Professionnels qui ont indiqué eux-mêmes leur secteur et leur pays. Lisez leurs réponses à part de celles des répondants vérifiés.
dash-grid-caption-verified = Phase de maturité par capacité, répondants vérifiés, { $country }, cycle { $round }
dash-grid-caption-self = Phase de maturité par capacité, répondants auto-déclarés, { $country }, cycle { $round }
dash-grid-chart-verified = Phases de maturité, répondants vérifiés, { $country }
dash-grid-chart-self = Phases de maturité, répondants auto-déclarés, { $country }
dash-capability = Capacité MNR
dash-no-answers = Aucune réponse de ces répondants dans ce pays pour l'instant.
dash-change-between-rounds = Évolution depuis un cycle précédent
dash-change-caption = Part des répondants dans chaque phase, cycle { $earlier } → cycle { $round }, { $country }
dash-no-earlier-round = Il n'y a pas de cycle précédent de ce questionnaire avec lequel comparer.
dash-respondent-kind = Répondants
dash-verified = Vérifiés
dash-self-declared = Auto-déclarés
dash-other-items = Autres questions
dash-other-items-caption = Réponses aux autres questions, { $country }
dash-answers = Réponses
dash-phases = Les phases de maturité
dash-checkin-suppression = Les chiffres proviennent d'au moins 5 répondants : un effectif plus petit est masqué (affiché <5), de même que le plus petit suivant lorsqu'un seul le serait. Les pays ne sont jamais classés.
dash-profile-title = Profil pays : { $country }
dash-profile-lead = Bilan éclair MNR { $round } ({ $questionnaire }), ouvert du { $opens } au { $closes }. Établi le { $today }.
dash-back-to-round = Retour au cycle

## Groupes et envois
dash-cohorts-title = Groupes et envois
dash-cohorts = Groupes
dash-cohorts-caption = Les groupes et leurs membres
dash-cohort = Groupe
dash-joining = Inscriptions
dash-open = Ouvertes
dash-closed = Fermées
dash-created = Créé le
dash-members = Membres
dash-outcomes = Résultats sur la période
dash-outcomes-caption = Ce que les membres des groupes ont fait pendant la période
dash-outcomes-chart = Membres ayant terminé une série, par groupe
dash-pushes = Envois
dash-pushes-caption = Séries envoyées aux groupes, de la plus récente à la plus ancienne (messages)
dash-pushes-chart = Avancement des derniers envois
dash-pushes-note = Chaque chiffre compte des messages, un par membre et par leçon. En attente : programmé ou en cours d'envoi. Inactif : le membre a bloqué le bot. Arrêté : le membre a envoyé /stop. Incertain : l'envoi s'est interrompu pendant l'expédition ; le message est peut-être arrivé.
dash-push = Envoi
dash-push-label = { $series } → { $cohort }
dash-push-mode = Mode
dash-push-status = Statut
dash-push-mode-now = Tout de suite
dash-push-mode-drip = Une leçon par jour
dash-push-status-active = En cours
dash-push-status-paused = En pause
dash-push-status-cancelled = Annulé
dash-delivery-total = Messages
dash-delivery-sent = Envoyés
dash-delivery-waiting = En attente
dash-delivery-failed = Échecs
dash-delivery-inactive = Inactifs
dash-delivery-stopped = Arrêtés
dash-delivery-uncertain = Incertains
dash-delivery-cancelled = Annulés
