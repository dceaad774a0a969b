## Youth poll: safer-online (content/polls/safer-online.yaml)
## poll-<id> is the question; poll-<id>-<option> each button (at most 60 characters).

poll-safer-online = Ce ar face internetul mai sigur pentru cei de vârsta ta?
poll-safer-online-easy-report = Raportare ușoară, care chiar funcționează
poll-safer-online-private = Conturi private de la bun început
poll-safer-online-adults-listen = Adulți care ascultă fără să judece
poll-safer-online-school = Să învățăm despre asta la școală
poll-safer-online-kinder = Oameni mai buni unii cu alții online
