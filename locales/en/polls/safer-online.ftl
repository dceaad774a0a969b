## Youth poll: safer-online (content/polls/safer-online.yaml)
## poll-<id> is the question; poll-<id>-<option> each button (at most 60 characters).

poll-safer-online = What would make being online safer for people your age?
poll-safer-online-easy-report = Reporting that's easy and actually works
poll-safer-online-private = Accounts that are private by default
poll-safer-online-adults-listen = Adults who listen without judging
poll-safer-online-school = Learning about it at school
poll-safer-online-kinder = People being kinder to each other online
