## Youth poll: safer-online (content/polls/safer-online.yaml)
## poll-<id> is the question; poll-<id>-<option> each button (at most 60 characters).

poll-safer-online = Nini kingefanya mtandao kuwa salama zaidi kwa watu wa rika lako?
poll-safer-online-easy-report = Kuripoti kuwe rahisi na kulete matokeo kweli
poll-safer-online-private = Akaunti ziwe za faragha tangu mwanzo
poll-safer-online-adults-listen = Watu wazima wasikilize bila kuhukumu
poll-safer-online-school = Kujifunza kuhusu hili shuleni
poll-safer-online-kinder = Watu wawe wema zaidi kwa wenzao mtandaoni
