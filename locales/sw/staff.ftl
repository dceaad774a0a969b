## Wafanyakazi: viungo vya mwaliko kwa wataalamu, na awamu kwa msimbo wake (bot/features/staff.py)

staff-invite-usage = Matumizi: /invite SEKTA NCHI [MPANGO] [uses=N] [days=D], kwa mfano /invite police KE kenya-2026 uses=20 days=14. Usipoeleza vinginevyo, kiungo kinamthibitisha mtu mmoja na kinafanya kazi kwa siku 30 (matumizi { $uses } na siku { $days } kwa kiwango cha juu). Sekta: { $list }
staff-invite-created = Kiungo cha mwaliko kwa { $sector } nchini { $country }:
    { $link }
    Kinathibitisha { $uses ->
        [one] mtu mmoja
       *[other] hadi watu { $uses }
    } kama wataalamu wa sekta na nchi hiyo, hadi { $expires }. Kitume kwao tu. Angalia viungo vyako kwa /invites; kufuta kiungo hiki: /revokeinvite { $code }
staff-invites-title = <b>Viungo vya mwaliko</b> (vipya kwanza)
staff-invite-line = • <code>{ $code }</code> · { $sector } · { $country } · { $programme } · kimetumika { $uses }/{ $limit } · hadi { $expires } · { $state ->
        [active] kinatumika
        [used] kimekwisha
        [expired] muda umeisha
       *[revoked] kimefutwa
    }
staff-invites-none = Bado hakuna viungo vya mwaliko.
staff-invites-help = Kiungo kipya: /invite SEKTA NCHI [MPANGO] [uses=N] [days=D] · Kufuta kiungo: /revokeinvite MSIMBO
staff-revokeinvite-usage = Matumizi: /revokeinvite MSIMBO (msimbo uko kwenye /invites).
staff-invite-unknown = Hakuna kiungo cha mwaliko { $code }. Angalia viungo vyako kwa /invites.
staff-invite-revoked = Kiungo cha mwaliko { $code } kimefutwa: kuanzia sasa hakimthibitishi mtu yeyote. Watu { $uses } ambao tayari kimewathibitisha wanabaki wamethibitishwa.
staff-round-ambiguous = Madodoso kadhaa yana awamu { $round }: { $list }. Ongeza jina la dodoso, kwa mfano /export { $round } { $example }
invite-not-usable = { $reason ->
        [used] Kiungo hiki cha mwaliko kimeshatumika
        [expired] Muda wa kiungo hiki cha mwaliko umeisha
       *[revoked] Kiungo hiki cha mwaliko kimefutwa
    }, kwa hiyo hakiwezi kukusajili kama mtaalamu aliyethibitishwa. Ukihitaji hilo, muombe aliyekutumia kiungo hiki akupe kipya.
invite-not-usable-new = Bado unaweza kushiriki: majibu yako yatahesabiwa kama ya kujitambulisha mwenyewe. Kwanza, chagua lugha yako.
