## Formate completate de cod și nota de deasupra alegerii limbii. Păstrează fiecare { $variabilă }.

# O fază de maturitate, explicată sub o întrebare din chestionar.
checkin-phase-line = • <b>{ $phase }</b>: { $description }
# Deasupra alegerii limbii, când aplicația Telegram este într-o limbă pe care botul nu o vorbește încă.
language-unavailable = Aplicația ta Telegram este în { $language }, o limbă pe care încă nu o vorbesc. Alege o limbă din listă.
