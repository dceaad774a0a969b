## La voix des jeunes (capacité 14 du MNR) : note des leçons, question de fin de série, sondages express, partage.
## Chaque réponse se fait d'un simple appui sur un bouton ; personne n'a rien à écrire.

## Noter une leçon (écran de fin de leçon)
btn-rate-h = 👍 Utile
btn-rate-u = 🤔 Je ne sais pas
btn-rate-n = 👎 Pas utile
rate-ask = Cette leçon a-t-elle été utile ? Un seul appui suffit pour nous le dire.
rate-thanks = 💛 Merci ! Cet avis nous aide à améliorer ces leçons. Changement d'avis ? Il suffit d'appuyer sur un autre bouton.

## La question en un appui après une série
voice-ask = 🗣 <b>Une petite question</b> : chaque réponse aide l'équipe du programme à savoir ce qui compte vraiment. Un seul appui suffit.
voice-thanks = 💛 <b>Merci !</b> Cette réponse compte. Elle peut encore être changée : il suffit d'appuyer sur une autre.

## Sondages express
btn-polls = 🗳 Sondage express : donne ton avis
poll-head =
    🗳 <b>Sondage express</b>
    { $question }

    <i>Choisis une réponse. Tu peux la changer jusqu'au { $closes }. Les résultats ne montrent que des totaux d'au moins 5 personnes, jamais qui a répondu quoi.</i>
poll-new = 📣 Un nouveau sondage express est ouvert, et on aimerait beaucoup savoir ce que tu en penses !
polls-none = Aucun sondage n'est ouvert pour toi en ce moment. Les prochains apparaîtront dans ton menu.
polls-pick = 🗳 <b>Sondages express</b> : choisis-en un et donne ton avis.
btn-poll-results = 📊 Voir les résultats
btn-poll-change = ✏️ Changer ma réponse
poll-answered = ✅ <b>Merci, ta voix compte !</b> Tu as choisi : <i>{ $answer }</i>
poll-change-until = Tu peux changer ta réponse jusqu'au { $closes }.
poll-results-country = 📊 <b>Résultats pour l'instant : { $country }</b> ({ $total } réponses)
poll-results-all = 📊 <b>Résultats pour l'instant : tous pays confondus</b> ({ $total } réponses)
poll-results-country-hidden = 📊 Pas encore assez de réponses pour afficher les résultats ({ $country }). On attend qu'au moins 5 personnes aient répondu, pour que personne ne puisse deviner la réponse de quelqu'un. Repasse bientôt !
poll-results-all-hidden = 📊 Pas encore assez de réponses pour afficher les résultats. On attend qu'au moins 5 personnes aient répondu, pour que personne ne puisse deviner la réponse de quelqu'un. Repasse bientôt !

## Partager avec un ami
btn-share = 💌 Partager avec un ami
btn-share-send = 📤 Envoyer à un ami
share-intro =
    💌 <b>Partager avec un ami</b>
    Quelqu'un à qui ça pourrait servir ? Il suffit de lui transférer le message suivant, ou d'appuyer sur <b>Envoyer à un ami</b>.
share-count =
    { $count ->
        [one] 🎉 { $count } ami a rejoint grâce à ce lien !
       *[other] 🎉 { $count } amis ont rejoint grâce à ce lien !
    } On compte seulement le nombre, jamais qui.
share-count-none = Aucun ami n'a encore rejoint grâce à ce lien de partage. On compte seulement le nombre, jamais qui.
share-text = De courtes leçons pour rester en sécurité en ligne, et de l'aide dès que tu en as besoin.
share-message = 👋 Salut ! J'utilise ce bot : de courtes leçons pour rester en sécurité en ligne, et de l'aide dès que tu en as besoin. Essaie-le : { $link }
friend-welcome =
    👋 Bonjour ! Ce bot a été partagé par un ami. Je propose de courtes leçons pour rester en sécurité en ligne, et je peux montrer où trouver de l'aide à tout moment.

    Pour commencer, choisir la langue.

## /mydata
mydata-ratings = Leçons notées : { $count }
mydata-voice-answers = Réponses aux petites questions et aux sondages : { $count }
mydata-share =
    Lien de partage : { $count ->
        [one] { $count } ami a rejoint grâce à lui
       *[other] { $count } amis ont rejoint grâce à lui
    } (seul le nombre est gardé, jamais qui)
