## Sondage jeunes : safer-online
## poll-<id> is the question; poll-<id>-<option> each button (at most 60 characters).

poll-safer-online = Qu'est-ce qui rendrait Internet plus sûr pour les jeunes de ton âge ?
poll-safer-online-easy-report = Pouvoir signaler facilement, et que ça marche
poll-safer-online-private = Des comptes privés par défaut
poll-safer-online-adults-listen = Des adultes qui écoutent sans juger
poll-safer-online-school = En apprendre plus à l'école
poll-safer-online-kinder = Plus de gentillesse entre les gens en ligne
