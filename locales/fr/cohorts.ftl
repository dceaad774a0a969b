## Formateurs : groupes, envois de séries et ce que reçoivent les membres

cmd-cohorts = Vos groupes (formateurs)
cohorts-title = <b>👥 Vos groupes</b>
cohorts-none = Vous n'avez pas encore de groupe. Créez-en un avec /newcohort suivi de son nom, par exemple : /newcohort 3e B
cohorts-line-btn = { $name } · { $members }
cohort-usage-new = Nouveau groupe : /newcohort NAME, par exemple /newcohort 3e B
cohort-usage-rename = Utilisation : /renamecohort NUMBER NEW NAME (le numéro figure sur la fiche du groupe)
cohort-card =
    <b>👥 { $name }</b> (#{ $number })
    Public : { $audience } · Langue : { $language }
    Pays : { $country } · Fuseau horaire : { $timezone }
    Membres : { $members } · { $status }

    Lien d'inscription, à partager avec le groupe :
    { $link }
cohort-open = ouvert aux nouveaux membres
cohort-closed = fermé aux nouveaux membres
cohort-audience-youth_13_15 = jeunes de 13 à 15 ans
cohort-audience-youth_16_17 = jeunes de 16 à 17 ans
cohort-audience-caregiver = parents et adultes responsables
btn-cohort-push = 📤 Envoyer une série
btn-cohort-audience = 🎯 Public
btn-cohort-language = 🌐 Langue
btn-cohort-country = 📍 Pays
btn-cohort-timezone = 🕒 Fuseau horaire
btn-cohort-close = 🔒 Fermer aux nouveaux membres
btn-cohort-reopen = 🔓 Rouvrir
btn-cohort-leave = 🚪 Quitter ce groupe
btn-cohorts = ⬅️ Mes groupes
cohort-pick-audience = À qui ce groupe s'adresse-t-il ?
cohort-pick-language = Dans quelle langue les nouveaux membres doivent-ils commencer ?
cohort-pick-country = Dans quel pays se trouve le groupe ?
cohort-pick-timezone = Quel fuseau horaire ? Les leçons quotidiennes arrivent à une heure locale précise.
cohort-left = Vous avez quitté { $name }. Ses membres conservent leur progression.
cohort-renamed = Nouveau nom : { $name }.
push-pick-series = Quelle série envoyer à { $name } ?
push-pick-mode = Comment envoyer « { $series } » ?
btn-push-now = ⚡ Leçon suivante, maintenant
btn-push-daily = 📅 Une leçon par jour
btn-push-weekdays = 📅 Une leçon par jour ouvré
push-pick-hour = À quelle heure locale ({ $timezone }) ? Rien n'est jamais envoyé pendant les heures calmes ({ $quiet }).
push-progress =
    <b>📤 { $series }</b> → groupe #{ $cohort } · { $mode }
    { $bar } { $sent }/{ $total }
    Envoyés : { $sent } · à envoyer maintenant : { $due } · programmés : { $scheduled }
    Échecs : { $failed } · inactifs : { $inactive } · désabonnés : { $skipped } · incertains : { $uncertain }
    { $eta }
push-mode-now = maintenant
push-mode-drip = une leçon par jour à { $hour } h 00
push-eta = Encore environ { $seconds } s.
push-done = ✅ Terminé.
push-paused = ⏸ En pause.
push-cancelled = ✖️ Annulé.
btn-push-pause = ⏸ Pause
btn-push-resume = ▶️ Reprendre
btn-push-cancel = ✖️ Annuler
btn-push-refresh = 🔄 Actualiser
delivery-lesson =
    📬 <b>{ $cohort }</b> : une nouvelle leçon pour toi
    <b>{ $series }</b> · leçon { $number }/{ $total } : { $lesson }
btn-delivery-open = ▶️ Commencer la leçon
cohort-joined-new = 👋 Tu rejoins <b>{ $name }</b>. D'abord, choisis ta langue.
cohort-joined = Tu as rejoint <b>{ $name }</b>. Les leçons envoyées par ton formateur ou ta formatrice arriveront ici.
cohort-invalid = Ce lien d'inscription ne fonctionne plus. Demandes-en un nouveau à ton formateur ou ta formatrice, ou envoie /start.
staff-granted = Rôle de formateur attribué à { $id }.
staff-revoked = Rôle de formateur retiré à { $id }.
staff-grant-usage = Utilisation : /granttrainer TELEGRAM_ID ou /revoketrainer TELEGRAM_ID
