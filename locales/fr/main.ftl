## Interface du bot : accueil, menus, aide, confidentialité, paramètres, erreurs.
## Le texte utilise le HTML de Telegram (<b>, <i>, <a href>). Garder les variables ({ $name }) identiques dans toutes les langues.

language-name = Français

## Commandes (le menu à côté de la zone de message ; descriptions de 256 caractères au maximum)
cmd-start = Commencer ou revenir au menu principal
cmd-lessons = Leçons pour être en sécurité en ligne
cmd-help = Trouver de l'aide tout de suite : lignes d'écoute et signalement
cmd-settings = Changer la langue, le profil ou le pays
cmd-language = Changer de langue
cmd-privacy = Ce que nous gardons et pourquoi
cmd-mydata = Voir tout ce qui est enregistré
cmd-forget = Supprimer les données enregistrées
cmd-stop = Ne plus recevoir de messages de ce bot

## Boutons utilisés à plusieurs endroits
btn-help = 🆘 Obtenir de l'aide
btn-menu = ⬅️ Menu principal
btn-back = ⬅️ Retour

## Accueil et inscription
welcome = 
    👋 Bonjour ! Ce bot propose de courtes leçons pour rester en sécurité en ligne, et montre où trouver de l'aide à tout moment.

    Pour commencer, choisir la langue :
choose-language = Choisir la langue :
ask-audience = Quel profil correspond ?
btn-aud-youth = 🧑 J'ai entre 13 et 17 ans
btn-aud-caregiver = 👪 Je suis parent ou adulte responsable
btn-aud-professional = 💼 Je travaille à protéger les enfants
ask-age = Quel âge as-tu ? (Nous gardons seulement ta tranche d'âge, jamais ton âge exact.)
btn-age-under13 = Moins de 13 ans
btn-age-13-15 = 13 à 15 ans
btn-age-16-17 = 16 ou 17 ans
btn-age-adult = 18 ans ou plus
age-adult-redirect = Cette partie est pour les personnes de 13 à 17 ans. En tant qu'adulte, vous pouvez vous inscrire comme parent ou adulte responsable, ou comme personne qui travaille à protéger les enfants.
under-13 =
    Merci de me l'avoir dit. Ce bot est fait pour les personnes de 13 ans et plus, alors je ne peux pas continuer avec toi, et je n'ai rien enregistré sur toi.

    Un parent, un adulte qui s'occupe de toi ou un autre adulte de confiance peut t'aider à apprendre à rester en sécurité en ligne. Si quelque chose sur Internet t'inquiète, parles-en avec lui, ou contacte l'un de ces services :
age-gate-16 =
    Merci de me l'avoir dit. Dans ton pays ({ $country }), Telegram est réservé aux personnes de 16 ans et plus, alors je ne peux pas continuer avec toi, et je n'ai rien enregistré sur toi.

    Si quelque chose sur Internet t'inquiète, parles-en à un adulte de confiance, ou contacte l'un de ces services :
ask-sector = Dans quel domaine travaillez-vous ?
sector-gov = Gouvernement
sector-police = Police et forces de l'ordre
sector-justice = Justice ou parquet
sector-social = Services sociaux
sector-health = Santé
sector-edu = Éducation
sector-ngo = ONG ou société civile
sector-tech = Secteur du numérique
sector-other = Autre
ask-country = Dans quel pays ? Cela permet de montrer l'aide disponible sur place. Il est aussi possible d'écrire le nom du pays.
btn-country-other = 🌍 Un autre pays
btn-country-skip = Je préfère ne pas le dire
ask-country-letter = Appuyer sur la première lettre du nom du pays.
country-not-found = Je n'ai pas trouvé ce pays. Appuyer sur un bouton, ou écrire son nom comme sur une carte.
country-not-said = Non précisé
consent-youth =
    <b>Avant de commencer : ce que je garde et pourquoi</b>

    • Ta langue, ta tranche d'âge (13-15 ou 16-17 ans) et ton pays, pour te montrer les bonnes leçons et la bonne aide.
    • Les leçons que tu ouvres et tes réponses aux quiz, pour que tu puisses reprendre là où tu en étais.
    • Des chiffres anonymes sur ce que les gens apprennent, pour que le programme sache s'il est utile. Ils ne contiennent jamais ton nom.

    Je ne garde jamais ton nom, ton nom d'utilisateur, ton numéro de téléphone ni ce que tu m'écris. Tu peux voir tes données avec /mydata et les supprimer avec /forget quand tu veux.
consent-caregiver = 
    <b>Avant de commencer : ce que je garde et pourquoi</b>

    • Votre langue, le fait que vous êtes parent ou adulte responsable, et votre pays, pour vous montrer les bonnes leçons et la bonne aide.
    • Les leçons que vous ouvrez et vos réponses aux quiz, pour que vous puissiez reprendre là où vous en étiez.
    • Des chiffres anonymes sur ce que les gens apprennent, pour que le programme sache s'il est utile.

    Je ne garde jamais votre nom, votre nom d'utilisateur, votre numéro de téléphone ni ce que vous m'écrivez. Consultez vos données avec /mydata ; supprimez-les avec /forget à tout moment.
consent-professional =
    <b>Avant de commencer : ce que je conserve et pourquoi</b>

    • Votre langue, votre secteur et votre pays, afin de vous proposer les questionnaires et les ressources d'aide adaptés.
    • Vos réponses aux questionnaires : elles ne sont présentées que sous forme agrégée, jamais une par une, et jamais pour classer les pays.
    • Des statistiques d'activité anonymes, pour que le programme puisse mesurer sa portée.

    Je ne conserve jamais votre nom, votre nom d'utilisateur, votre numéro de téléphone ni ce que vous m'écrivez. Consultez vos données avec /mydata ; supprimez-les avec /forget à tout moment.
btn-consent-yes = ✅ J'accepte
btn-consent-no = Non merci
btn-privacy-full = 🔒 Confidentialité : tout lire
consent-declined = Pas de souci. Je n'ai rien enregistré. L'aide est toujours là : /help ou le mot « aide », à tout moment, et /start en cas de changement d'avis.
onboarding-done = C'est prêt ! Voici le menu.
## Menu principal
menu-youth = Que veux-tu faire ? Appuie sur <b>Obtenir de l'aide</b> dès que tu en as besoin.
menu-caregiver = Que souhaitez-vous faire ? Appuyez sur <b>Obtenir de l'aide</b> dès que vous en avez besoin.
menu-professional = Que souhaitez-vous faire ? Appuyez sur <b>Obtenir de l'aide</b> dès que vous en avez besoin.
btn-lessons = 📚 Leçons
btn-settings = ⚙️ Paramètres
btn-privacy = 🔒 Vie privée et données
welcome-back = Bon retour ! Mes messages sont de nouveau activés.
## Aide
help-title = <b>🆘 Voici de l'aide</b>
help-intro-country = Où trouver de l'aide ({ $country }) et partout ailleurs :
help-intro-global = Où trouver de l'aide, partout dans le monde :
help-no-country = Choisir le pays avec le bouton 🌍 pour voir les lignes d'écoute les plus proches.
help-footer-emergency = Je suis un bot : je ne peux ni enquêter ni prévenir quelqu'un moi-même. <b>En cas de danger immédiat, appeler le { $number }.</b>
help-footer-local = Je suis un bot : je ne peux ni enquêter ni prévenir quelqu'un moi-même. <b>En cas de danger immédiat, appeler le numéro d'urgence local.</b>
disclosure =
    💛 Merci de me l'avoir dit. Ce qui se passe <b>n'est pas de ta faute</b>, et tu n'as pas à affronter ça sans aide.

    Je suis un bot, donc je ne peux pas enquêter ni intervenir moi-même, mais les personnes ci-dessous peuvent t'aider, et tu peux leur parler en toute confidentialité. Si tu peux, parles-en aussi à un adulte en qui tu as confiance.

## Arrêt des messages
stopped = 🔕 C'est fait : plus de leçons ni de rappels de ma part. /start pour les réactiver. L'aide marche toujours, à tout moment : /help.
## Confidentialité
privacy-notice = 
    <b>🔒 Politique de confidentialité</b>

    <b>Ce que je garde :</b> la langue choisie ; le profil (jeune, avec la tranche d'âge, 13-15 ou 16-17 ans, jamais l'âge exact ; parent ou adulte responsable ; ou professionnel(le) de la protection de l'enfance, avec le secteur) ; le pays s'il a été choisi ; les leçons ouvertes, les réponses aux quiz et aux questionnaires ; les boutons touchés pour noter une leçon ou répondre à un sondage ; le code de partage et le nombre d'amis venus grâce à lui (jamais qui) ; si les messages sont désactivés.

    <b>Ce que je ne garde jamais :</b> les noms, noms d'utilisateur, numéros de téléphone, photos, ni rien de ce qui m'est écrit.

    <b>Pourquoi :</b> pour montrer les bonnes leçons et la bonne aide dans la bonne langue, pour pouvoir reprendre là où on en était, et pour compter, de façon anonyme, combien de personnes le programme touche. Les statistiques ne montrent jamais de groupes de moins de 5 personnes.

    <b>Qui les voit :</b> l'équipe qui gère ce programme ne voit que des totaux anonymes. Personne ne voit les réponses une par une. Les données ne sont jamais vendues et ne servent jamais à entraîner une IA.

    <b>Les choix possibles :</b> /mydata montre tout ce que je garde. /forget le supprime. /stop coupe tous les messages. Après suppression, il ne reste que des chiffres anonymes, qui ne peuvent plus être reliés à personne.
btn-mydata = 📄 Ce que tu gardes sur moi
btn-forget = 🗑 Supprimer mes données
mydata-title = <b>📄 Tout ce que je garde</b>
mydata-locale = Langue : { $value }
mydata-audience = Profil : { $value }
mydata-age = Tranche d'âge : { $value }
mydata-sector = Secteur : { $value }
mydata-country = Pays : { $value }
mydata-joined = Date d'inscription : { $value }
mydata-consent = Politique de confidentialité acceptée le : { $value }
mydata-messages = Leçons et rappels : { $value }
mydata-messages-on = activés
mydata-messages-off = désactivés (/stop)
mydata-roles = Rôles : { $value }
role-trainer = formateur ou formatrice
role-staff = équipe du programme
mydata-checkins = Sessions de questionnaires remplies : { $count }
mydata-events = Traces d'activité (chiffres anonymes liés à ce profil) : { $count }
mydata-progress = Séries de leçons commencées : { $count }
mydata-footer = C'est tout. Rien d'autre : ni nom, ni nom d'utilisateur, ni numéro de téléphone, ni messages. Tout supprimer : /forget.
mydata-none = Je n'ai aucune donnée enregistrée.
audience-youth = jeune
audience-caregiver = parent ou adulte responsable
audience-professional = professionnel(le) de la protection de l'enfance
forget-confirm = Supprimer tout ce que je garde ? Les paramètres, la progression et les réponses seront effacés, définitivement. Les chiffres anonymes restent, mais ne pourront plus être reliés à personne.
btn-forget-yes = 🗑 Oui, tout supprimer
btn-forget-no = Non, tout garder
forget-done = C'est fait. Tout ce qui permettait une identification est supprimé. Il ne reste que des traces d'activité anonymes ({ $count }), qui ne peuvent plus être reliées à personne. /start pour revenir un jour.
forget-cancelled = Rien n'a été supprimé.

## Paramètres
settings-title = <b>⚙️ Paramètres</b>
settings-current = Langue : { $locale }
    Profil : { $audience }
    Pays : { $country }
btn-set-language = 🌐 Langue
btn-set-audience = 🧑 Mon profil
btn-set-country = 📍 Pays
settings-saved = C'est enregistré.

## Leçons
lessons-title = <b>📚 Leçons</b>
lessons-pick = Choisir une série. On peut s'arrêter à tout moment et reprendre plus tard au même endroit.
lessons-none = Il n'y a pas encore de leçons pour ce profil ici.
btn-series = { $title } · { $done }/{ $total }
btn-series-done = ✅ { $title }
series-intro =
    <b>{ $title }</b>
    { $about }

    { $lessons } leçons · environ { $minutes } minutes · { $done }/{ $lessons } terminées
btn-series-start = ▶️ Commencer
btn-series-continue = ▶️ Continuer
btn-series-restart = 🔁 Recommencer
btn-all-lessons = 📚 Toutes les leçons
lesson-progress = <b>{ $lesson }</b>
    { $bar } { $step }/{ $steps }
btn-next = Suivant ➡️
quiz-right = ✅ <b>Bonne réponse !</b>
quiz-repeat = (Question déjà répondue : seule la première réponse compte.)
btn-continue = Continuer ➡️
lesson-done = 🎉 <b>Leçon terminée : { $lesson }</b>
    { $bar } { $done }/{ $total } leçons de cette série.
btn-next-lesson = ▶️ Suivante : { $lesson }
series-done = 
    🏆 <b>Série « { $title } » terminée !</b>

    Bravo ! Ce qui a été appris ici protège, soi-même comme les autres. La série peut être refaite à tout moment, ou une autre choisie.
lessons-not-for-you = Les leçons sont pour les jeunes et pour les parents ou adultes responsables. Le profil peut être modifié dans /settings.
## Questionnaires (professionnels)
btn-checkin = 📋 Questionnaire rapide
checkin-not-for-you = Les questionnaires sont réservés aux professionnels. Le profil peut être modifié dans /settings.
checkin-none = Aucun questionnaire n'est ouvert pour votre secteur en ce moment. Il apparaîtra ici à l'ouverture de la prochaine session.
checkin-pick = <b>📋 Questionnaires rapides</b>
    Quelques questions courtes sur l'avancement de votre pays au regard du Modèle de réponse nationale. Choisissez-en un :
btn-checkin-round = { $title } · { $round }
checkin-intro =
    <b>{ $title }</b> · { $round }
    { $about }

    Environ { $minutes } minutes · ouvert jusqu'au { $closes }.
    Vos réponses restent confidentielles : seuls des totaux portant sur au moins 5 personnes sont affichés, et les pays ne sont jamais classés.
btn-checkin-start = ▶️ Commencer
btn-checkin-continue = ▶️ Continuer
btn-checkin-revise = ✏️ Revoir mes réponses
checkin-item-head = <b>{ $title }</b> · { $step }/{ $steps }
    { $bar }
checkin-capability = <i>MNR { $number } · { $capability }</i>
checkin-current = Votre réponse : <b>{ $answer }</b>
ci-dk = Je ne sais pas
ci-yes = Oui
ci-no = Non
ci-agree-1 = 1 · Pas du tout d'accord
ci-agree-2 = 2 · Pas d'accord
ci-agree-3 = 3 · Ni d'accord ni pas d'accord
ci-agree-4 = 4 · D'accord
ci-agree-5 = 5 · Tout à fait d'accord
btn-checkin-back = ⬅️ Retour
btn-checkin-skip = Passer ➡️
checkin-done = ✅ <b>Merci !</b> Vos réponses pour { $round } sont enregistrées. Vous pouvez les modifier jusqu'au { $closes }.
checkin-summary-title = <b>Vos réponses</b>
checkin-summary-line = • { $question } : <b>{ $answer }</b>
checkin-skipped = sans réponse
checkin-country-title = <b>Les réponses de vos collègues dans votre pays ({ $country })</b> (affichées uniquement lorsqu'au moins 5 personnes ont répondu) :
checkin-country-line = • { $capability } ({ $total } réponses) : { $shares }
checkin-country-none = Il n'y a pas encore assez de réponses dans votre pays ({ $country }) pour afficher des totaux : il en faut au moins 5. Revenez plus tard avec /checkin.
cmd-checkin = Questionnaire rapide pour les professionnels
invite-welcome = Bienvenue ! Vous avez été invité(e) en tant que professionnel(le) ({ $sector }, { $country }). Pour commencer, choisissez votre langue.
invite-applied = Votre profil est maintenant vérifié : { $sector }, { $country }.
invite-invalid = Ce lien d'invitation n'est plus valide. Vous pouvez tout de même utiliser le bot : envoyez /start.

## Commandes de l'équipe
staff-rounds-title = <b>Sessions de questionnaires</b>
staff-round-line = #{ $id } · { $round } · { $questionnaire } · { $respondents } répondants · { $status }
staff-round-open = ouverte jusqu'au { $closes }
staff-round-closed = clôturée
staff-rounds-none = Aucune session pour l'instant.
staff-rounds-help = Ouvrir une session : /openround QUESTIONNAIRE CODE YYYY-MM-DD · En exporter une : /export ROUND_ID · Inviter un professionnel : /invite SECTOR COUNTRY [PROGRAMME]
staff-openround-usage = Utilisation : /openround QUESTIONNAIRE CODE YYYY-MM-DD, par exemple /openround general-pulse 2026-Q4 2026-12-31. Questionnaires : { $list }
staff-round-opened = La session { $round } du questionnaire { $questionnaire } est ouverte jusqu'au { $closes }.
staff-export-usage = Utilisation : /export ROUND_ID (le numéro affiché par /rounds).
staff-export-caption = Session { $round } : une ligne par répondant et par question, sous pseudonyme.
staff-invite-usage = Utilisation : /invite SECTOR COUNTRY [PROGRAMME], par exemple /invite police KE kenya-2026. Secteurs : { $list }
staff-invite-created = Lien d'invitation pour { $sector } ({ $country }) :
    { $link }
    Toute personne qui l'ouvre est enregistrée comme professionnel(le) vérifié(e) de ce secteur et de ce pays.
staff-failed = Cela n'a pas fonctionné : { $reason }

## Cas imprévus et erreurs
not-started = Bonjour ! /start pour commencer. Besoin d'aide tout de suite : /help.
unknown-text = Je n'ai pas compris. Utiliser les boutons.
unsupported-media = Je ne peux lire que du texte et des boutons, donc je n'ai pas ouvert ça. Merci de ne pas m'envoyer de photos de soi ou d'autres personnes. /help pour trouver de l'aide.
group-only-private = Je fonctionne seulement en discussion privée. Ouvrir une discussion avec moi pour commencer.
stale-button = Ce bouton ne fonctionne plus.
finish-onboarding = Finissons d'abord de tout configurer.
try-later = Désolé, quelque chose n'a pas marché de mon côté. Merci de réessayer dans un instant. Besoin d'aide maintenant : les lignes d'écoute sont toujours dans /help.
unknown-command = Je ne connais pas cette commande. /start pour le menu, /help pour trouver de l'aide.
