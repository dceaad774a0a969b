## Echipa: linkuri de invitație pentru profesioniști și runde indicate prin cod

staff-invite-usage = Utilizare: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D], de exemplu /invite police RO romania-2026 uses=20 days=14. Dacă nu precizați altfel, un link verifică o singură persoană și este valabil 30 de zile (cel mult { $uses } utilizări și { $days } de zile). Sectoare: { $list }
staff-invite-created = Link de invitație pentru { $sector } în { $country }:
    { $link }
    Verifică { $uses ->
        [one] o singură persoană
       *[other] cel mult { $uses } persoane
    } ca profesioniști din acest sector și din această țară, până la { $expires }. Trimiteți-l doar acestor persoane. Linkurile dumneavoastră: /invites; pentru a-l retrage pe acesta: /revokeinvite { $code }
staff-invites-title = <b>Linkuri de invitație</b> (cele mai noi mai întâi)
staff-invite-line = • <code>{ $code }</code> · { $sector } · { $country } · { $programme } · folosit { $uses }/{ $limit } · până la { $expires } · { $state ->
        [active] activ
        [used] epuizat
        [expired] expirat
       *[revoked] retras
    }
staff-invites-none = Nu există încă linkuri de invitație.
staff-invites-help = Link nou: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D] · Retrageți unul: /revokeinvite CODE
staff-revokeinvite-usage = Utilizare: /revokeinvite CODE (codul apare în /invites).
staff-invite-unknown = Nu există linkul de invitație { $code }. Linkurile dumneavoastră: /invites.
staff-invite-revoked = Linkul de invitație { $code } a fost retras: de acum nu mai verifică pe nimeni. Cele { $uses } persoane verificate deja rămân verificate.
staff-round-ambiguous = Mai multe chestionare au o rundă { $round }: { $list }. Adăugați chestionarul, de exemplu /export { $round } { $example }
invite-not-usable = { $reason ->
        [used] Acest link de invitație a fost deja folosit
        [expired] Acest link de invitație a expirat
       *[revoked] Acest link de invitație a fost retras
    }, așa că nu vă poate înregistra ca profesionist verificat. Dacă aveți nevoie de asta, cereți un link nou persoanei care vi l-a trimis.
invite-not-usable-new = Puteți participa în continuare: răspunsurile dumneavoastră vor conta ca autodeclarate. Mai întâi, alegeți limba.
