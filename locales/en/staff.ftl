## Staff: invite links for professionals, and rounds typed by their code (bot/features/staff.py, bot/features/checkins.py)

staff-invite-usage = Usage: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D], for example /invite police KE kenya-2026 uses=20 days=14. Unless you say otherwise, a link verifies one person and works for 30 days (at most { $uses } uses and { $days } days). Sectors: { $list }
staff-invite-created = Invite link for { $sector } in { $country }:
    { $link }
    It verifies { $uses ->
        [one] one person
       *[other] up to { $uses } people
    } as professionals of that sector and country, until { $expires }. Send it only to them. See your links with /invites; withdraw this one with /revokeinvite { $code }
staff-invites-title = <b>Invite links</b> (newest first)
staff-invite-line = • <code>{ $code }</code> · { $sector } · { $country } · { $programme } · used { $uses }/{ $limit } · until { $expires } · { $state ->
        [active] active
        [used] used up
        [expired] expired
       *[revoked] withdrawn
    }
staff-invites-none = No invite links yet.
staff-invites-help = New link: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D] · Withdraw one: /revokeinvite CODE
staff-revokeinvite-usage = Usage: /revokeinvite CODE (the code is in /invites).
staff-invite-unknown = There is no invite link { $code }. See your links with /invites.
staff-invite-revoked = Invite link { $code } is withdrawn: it verifies nobody from now on. The { $uses } people it already verified stay verified.
staff-round-ambiguous = Several questionnaires have a round { $round }: { $list }. Add the questionnaire, for example /export { $round } { $example }
invite-not-usable = { $reason ->
        [used] This invite link has already been used
        [expired] This invite link has expired
       *[revoked] This invite link was withdrawn
    }, so it cannot mark you as a verified professional. If you need that, ask the person who sent it for a new link.
invite-not-usable-new = You can still take part: your answers will count as self-declared. First, choose your language.
