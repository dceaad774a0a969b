## Enquete jovem: safer-online
## poll-<id> is the question; poll-<id>-<option> each button (at most 60 characters).

poll-safer-online = O que deixaria a internet mais segura para quem tem sua idade?
poll-safer-online-easy-report = Denunciar ser fácil e funcionar de verdade
poll-safer-online-private = Contas privadas desde o início
poll-safer-online-adults-listen = Adultos que escutam sem julgar
poll-safer-online-school = Aprender sobre isso na escola
poll-safer-online-kinder = As pessoas serem mais gentis online
