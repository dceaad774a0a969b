## Politique de confidentialité : combien de temps les données sont gardées (voir locales/en/retention.ftl).
privacy-keep-title = <b>Combien de temps je garde tout ça :</b>
privacy-keep-profile = si tu ne m'utilises pas pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, je supprime tout ce que je garde sur toi, comme le fait /forget.
privacy-keep-profile-always = jusqu'à ce que tu le supprimes avec /forget.
privacy-keep-deliveries = Je garde la liste des leçons qu'on t'a envoyées dans un groupe pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; ensuite, il ne reste que des totaux.
privacy-keep-checkins = Les réponses aux questionnaires sont détachées de toi pour toujours { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après la fin de leur session.
