## Trainers: cohorts, pushes and what members receive
## Trainer-facing messages use "dumneavoastră"; messages members receive (delivery-lesson, cohort-joined...) use "tu".

cmd-cohorts = Grupele dumneavoastră (formatori)
cohorts-title = <b>👥 Grupele dumneavoastră</b>
cohorts-none = Nu aveți încă nicio grupă. Creați una cu /newcohort și numele ei, de exemplu: /newcohort Clasa a IX-a B
cohorts-line-btn = { $name } · { $members }
cohort-usage-new = Grupă nouă: /newcohort NAME, de exemplu /newcohort Clasa a IX-a B
cohort-usage-rename = Utilizare: /renamecohort NUMBER NEW NAME (numărul este pe fișa grupei)
cohort-card =
    <b>👥 { $name }</b> (#{ $number })
    Pentru: { $audience } · Limba: { $language }
    Țara: { $country } · Fusul orar: { $timezone }
    Membri: { $members } · { $status }

    Linkul de înscriere, de trimis grupei:
    { $link }
cohort-open = deschisă pentru membri noi
cohort-closed = închisă pentru membri noi
cohort-audience-youth_13_15 = tineri de 13-15 ani
cohort-audience-youth_16_17 = tineri de 16-17 ani
cohort-audience-caregiver = părinți și alte persoane care au grijă de copii
btn-cohort-push = 📤 Trimite o serie
btn-cohort-audience = 🎯 Public
btn-cohort-language = 🌐 Limba
btn-cohort-country = 📍 Țara
btn-cohort-timezone = 🕒 Fusul orar
btn-cohort-close = 🔒 Închide pentru membri noi
btn-cohort-reopen = 🔓 Redeschide
btn-cohort-leave = 🚪 Părăsește această grupă
btn-cohorts = ⬅️ Grupele mele
cohort-pick-audience = Pentru cine este această grupă?
cohort-pick-language = În ce limbă încep membrii noi?
cohort-pick-country = În ce țară se află grupa?
cohort-pick-timezone = Ce fus orar? Lecțiile zilnice sosesc la o oră locală.
cohort-left = Ați părăsit grupa { $name }. Membrii ei își păstrează progresul.
cohort-renamed = Numele a fost schimbat în { $name }.
push-pick-series = Ce serie să primească { $name }?
push-pick-mode = Cum să fie trimisă seria „{ $series }”?
btn-push-now = ⚡ Acum: lecția următoare pentru toți
btn-push-daily = 📅 O lecție pe zi
btn-push-weekdays = 📅 O lecție în fiecare zi lucrătoare
push-pick-hour = La ce oră locală ({ $timezone })? Orele de liniște ({ $quiet }) nu sunt folosite niciodată.
push-progress =
    <b>📤 { $series }</b> → grupa #{ $cohort } · { $mode }
    { $bar } { $sent }/{ $total }
    Trimise: { $sent } · de trimis acum: { $due } · programate: { $scheduled }
    Eșuate: { $failed } · membri inactivi: { $inactive } · au oprit mesajele: { $skipped } · incerte: { $uncertain }
    { $eta }
push-mode-now = acum
push-mode-drip = o lecție pe zi, la ora { $hour }:00
push-eta = Mai durează aproximativ { $seconds } s.
push-done = ✅ Gata.
push-paused = ⏸ În pauză.
push-cancelled = ✖️ Anulată.
btn-push-pause = ⏸ Pauză
btn-push-resume = ▶️ Reia
btn-push-cancel = ✖️ Anulează
btn-push-refresh = 🔄 Actualizează
delivery-lesson =
    📬 <b>{ $cohort }</b>: o lecție nouă pentru tine
    <b>{ $series }</b> · lecția { $number }/{ $total }: { $lesson }
btn-delivery-open = ▶️ Începe lecția
cohort-joined-new = 👋 Intri în grupa <b>{ $name }</b>. Mai întâi, alege limba.
cohort-joined = Ai intrat în grupa <b>{ $name }</b>. Lecțiile de la formatorul tău vor sosi aici.
cohort-invalid = Acest link de înscriere nu mai funcționează. Cere-i formatorului tău unul nou sau trimite /start.
staff-granted = Rolul de formator a fost acordat utilizatorului { $id }.
staff-revoked = Rolul de formator a fost retras utilizatorului { $id }.
staff-grant-usage = Utilizare: /granttrainer TELEGRAM_ID sau /revoketrainer TELEGRAM_ID
