## Equipo: enlaces de invitación para profesionales y rondas indicadas por su código

staff-invite-usage = Uso: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D], por ejemplo /invite police KE kenya-2026 uses=20 days=14. Salvo que indique otra cosa, un enlace verifica a una sola persona y vale 30 días (como máximo { $uses } usos y { $days } días). Sectores: { $list }
staff-invite-created = Enlace de invitación para { $sector } en { $country }:
    { $link }
    Verifica a { $uses ->
        [one] una sola persona
       *[other] un máximo de { $uses } personas
    } como profesionales de ese sector y país, hasta el { $expires }. Envíelo solo a esas personas. Sus enlaces: /invites; para retirar este: /revokeinvite { $code }
staff-invites-title = <b>Enlaces de invitación</b> (los más recientes primero)
staff-invite-line = • <code>{ $code }</code> · { $sector } · { $country } · { $programme } · usado { $uses }/{ $limit } · hasta el { $expires } · { $state ->
        [active] activo
        [used] agotado
        [expired] vencido
       *[revoked] retirado
    }
staff-invites-none = Todavía no hay enlaces de invitación.
staff-invites-help = Nuevo enlace: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D] · Retirar uno: /revokeinvite CODE
staff-revokeinvite-usage = Uso: /revokeinvite CODE (el código aparece en /invites).
staff-invite-unknown = No existe el enlace de invitación { $code }. Sus enlaces: /invites.
staff-invite-revoked = El enlace de invitación { $code } está retirado: ya no verifica a nadie. Las { $uses } personas que ya verificó siguen verificadas.
staff-round-ambiguous = Varios cuestionarios tienen una ronda { $round }: { $list }. Añada el cuestionario, por ejemplo /export { $round } { $example }
invite-not-usable = { $reason ->
        [used] Este enlace de invitación ya se usó
        [expired] Este enlace de invitación venció
       *[revoked] Este enlace de invitación fue retirado
    }, así que no puede registrarle como profesional verificado. Si lo necesita, pida un enlace nuevo a la persona que se lo envió.
invite-not-usable-new = Aun así puede participar: sus respuestas contarán como autodeclaradas. Primero, elija su idioma.
