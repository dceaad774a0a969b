## Aviso de privacidade: por quanto tempo os dados são guardados (ver locales/en/retention.ftl).
privacy-keep-title = <b>Por quanto tempo eu guardo:</b>
privacy-keep-profile = se você não me usar por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }, eu apago tudo o que guardo sobre você, como o /forget faz.
privacy-keep-profile-always = até você apagar com /forget.
privacy-keep-deliveries = Guardo a lista das lições enviadas a você em um grupo por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }; depois disso, ficam só os totais.
privacy-keep-checkins = As respostas aos questionários são desligadas de você para sempre { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } depois que a rodada fecha.
