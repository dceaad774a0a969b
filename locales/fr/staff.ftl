## Équipe : liens d'invitation des professionnels, sessions désignées par leur code

staff-invite-usage = Utilisation : /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D], par exemple /invite police KE kenya-2026 uses=20 days=14. Sauf indication contraire, un lien vérifie une seule personne et reste valable 30 jours (au plus { $uses } utilisations et { $days } jours). Secteurs : { $list }
staff-invite-created = Lien d'invitation pour { $sector } ({ $country }) :
    { $link }
    Il vérifie { $uses ->
        [one] une seule personne
       *[other] jusqu'à { $uses } personnes
    } comme professionnel(le)s de ce secteur et de ce pays, jusqu'au { $expires }. Envoyez-le uniquement à ces personnes. Vos liens : /invites ; pour retirer celui-ci : /revokeinvite { $code }
staff-invites-title = <b>Liens d'invitation</b> (les plus récents d'abord)
staff-invite-line = • <code>{ $code }</code> · { $sector } · { $country } · { $programme } · utilisé { $uses }/{ $limit } · jusqu'au { $expires } · { $state ->
        [active] actif
        [used] épuisé
        [expired] expiré
       *[revoked] retiré
    }
staff-invites-none = Aucun lien d'invitation pour l'instant.
staff-invites-help = Nouveau lien : /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D] · En retirer un : /revokeinvite CODE
staff-revokeinvite-usage = Utilisation : /revokeinvite CODE (le code figure dans /invites).
staff-invite-unknown = Il n'existe pas de lien d'invitation { $code }. Vos liens : /invites.
staff-invite-revoked = Le lien d'invitation { $code } est retiré : il ne vérifie plus personne. Les { $uses } personnes déjà vérifiées le restent.
staff-round-ambiguous = Plusieurs questionnaires ont une session { $round } : { $list }. Ajoutez le questionnaire, par exemple /export { $round } { $example }
invite-not-usable = { $reason ->
        [used] Ce lien d'invitation a déjà été utilisé
        [expired] Ce lien d'invitation a expiré
       *[revoked] Ce lien d'invitation a été retiré
    } : il ne peut donc pas vous enregistrer comme professionnel(le) vérifié(e). Si vous en avez besoin, demandez un nouveau lien à la personne qui vous l'a envoyé.
invite-not-usable-new = Vous pouvez tout de même participer : vos réponses compteront comme déclaratives. Pour commencer, choisissez votre langue.
