## Equipe: links de convite para profissionais e rodadas indicadas pelo código

staff-invite-usage = Uso: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D], por exemplo /invite police KE kenya-2026 uses=20 days=14. Se você não indicar outra coisa, um link verifica uma só pessoa e vale por 30 dias (no máximo { $uses } usos e { $days } dias). Setores: { $list }
staff-invite-created = Link de convite para { $sector } ({ $country }):
    { $link }
    Ele verifica { $uses ->
        [one] uma só pessoa
       *[other] até { $uses } pessoas
    } como profissionais desse setor e desse país, até { $expires }. Envie-o só para essas pessoas. Seus links: /invites; para retirar este: /revokeinvite { $code }
staff-invites-title = <b>Links de convite</b> (os mais recentes primeiro)
staff-invite-line = • <code>{ $code }</code> · { $sector } · { $country } · { $programme } · usado { $uses }/{ $limit } · até { $expires } · { $state ->
        [active] ativo
        [used] esgotado
        [expired] expirado
       *[revoked] retirado
    }
staff-invites-none = Ainda não há links de convite.
staff-invites-help = Novo link: /invite SECTOR COUNTRY [PROGRAMME] [uses=N] [days=D] · Retirar um: /revokeinvite CODE
staff-revokeinvite-usage = Uso: /revokeinvite CODE (o código aparece em /invites).
staff-invite-unknown = Não existe o link de convite { $code }. Seus links: /invites.
staff-invite-revoked = O link de convite { $code } foi retirado: não verifica mais ninguém. As { $uses } pessoas que ele já verificou continuam verificadas.
staff-round-ambiguous = Vários questionários têm uma rodada { $round }: { $list }. Acrescente o questionário, por exemplo /export { $round } { $example }
invite-not-usable = { $reason ->
        [used] Este link de convite já foi usado
        [expired] Este link de convite expirou
       *[revoked] Este link de convite foi retirado
    }, por isso não pode registrar você como profissional verificado. Se precisar disso, peça um novo link a quem enviou este.
invite-not-usable-new = Você ainda pode participar: suas respostas vão contar como autodeclaradas. Primeiro, escolha o seu idioma.
