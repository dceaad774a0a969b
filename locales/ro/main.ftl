## Bot interface: onboarding, menus, help, privacy, settings, errors.
## Text uses Telegram HTML (<b>, <i>, <a href>). Keep placeables ({ $name }) identical in every locale.
## Register (see STYLE.md): messages every audience sees use "tu"; messages only caregivers or professionals
## see use "dumneavoastră"; buttons use the short imperative or a noun, as Romanian interfaces do.

language-name = Română

## Commands (the menu next to the message box; descriptions at most 256 characters)
cmd-start = Pornește botul sau revino la meniul principal
cmd-lessons = Lecții despre siguranța online
cmd-help = Ajutor imediat: linii de asistență și raportare
cmd-settings = Schimbă limba, profilul sau țara
cmd-language = Schimbă limba
cmd-privacy = Ce date păstrăm și de ce
cmd-mydata = Vezi tot ce este păstrat despre tine
cmd-forget = Șterge-ți datele
cmd-stop = Oprește toate mesajele de la acest bot

## Buttons used in many places
btn-help = 🆘 Cere ajutor
btn-menu = ⬅️ Meniul principal
btn-back = ⬅️ Înapoi

## Onboarding
welcome =
    👋 Salut! Îți trimit lecții scurte despre cum să fii în siguranță online și îți pot arăta oricând unde găsești ajutor.

    Mai întâi, alege limba.
choose-language = Alege limba.
ask-audience = Cine ești?
btn-aud-youth = 🧑 Am între 13 și 17 ani
btn-aud-caregiver = 👪 Sunt părinte sau am grijă de un copil
btn-aud-professional = 💼 Lucrez pentru protecția copiilor
ask-age = Câți ani ai? (Păstrăm doar grupa de vârstă, niciodată vârsta ta exactă.)
btn-age-under13 = Sub 13 ani
btn-age-13-15 = Între 13 și 15 ani
btn-age-16-17 = 16 sau 17 ani
btn-age-adult = 18 ani sau mai mult
age-adult-redirect = Această parte este pentru persoanele de 13-17 ani. Adulții se pot înscrie ca părinte sau persoană care are grijă de un copil, ori ca persoană care lucrează pentru protecția copiilor.
under-13 =
    Îți mulțumesc că mi-ai spus. Botul acesta este făcut pentru persoane de la 13 ani în sus, așa că nu pot continua cu tine și nu am salvat nimic despre tine.

    Un părinte, o persoană care are grijă de tine sau alt adult în care ai încredere te poate ajuta să înveți cum să fii în siguranță online. Dacă ceva de pe internet te îngrijorează, spune-i, sau apelează la unul dintre aceste servicii:
age-gate-16 =
    Îți mulțumesc că mi-ai spus. În { $country }, Telegram este pentru persoane de la 16 ani în sus, așa că nu pot continua cu tine și nu am salvat nimic despre tine.

    Dacă ceva de pe internet te îngrijorează, vorbește cu un adult în care ai încredere sau apelează la unul dintre aceste servicii:
ask-sector = În ce domeniu lucrați?
sector-gov = Guvern și administrație publică
sector-police = Poliție și alte organe de aplicare a legii
sector-justice = Instanțe sau parchet
sector-social = Servicii sociale
sector-health = Sănătate
sector-edu = Educație
sector-ngo = ONG sau societate civilă
sector-tech = Industria tehnologică
sector-other = Alt domeniu
ask-country = În ce țară locuiești? Așa îți pot arăta ajutor care funcționează acolo unde ești. Poți scrie și numele țării.
btn-country-other = 🌍 Altă țară
btn-country-skip = Prefer să nu spun
ask-country-letter = Apasă pe prima literă din numele țării tale.
country-not-found = Nu am găsit această țară. Apasă pe un buton sau scrie numele ei așa cum apare pe hartă.
country-not-said = Nespecificată
consent-youth =
    <b>Înainte să începem: ce păstrez și de ce</b>

    • Limba ta, grupa ta de vârstă (13-15 sau 16-17 ani) și țara ta, ca să-ți arăt lecțiile și ajutorul potrivite.
    • Ce lecții deschizi și răspunsurile tale la quizuri, ca să poți continua de unde ai rămas.
    • Statistici anonime despre ce învață oamenii, ca echipa programului să vadă dacă lecțiile ajută. Ele nu conțin niciodată numele tău.

    Nu păstrez niciodată numele tău, numele de utilizator, numărul de telefon sau ce îmi scrii. Îți poți vedea datele cu /mydata și le poți șterge cu /forget oricând.
consent-caregiver =
    <b>Înainte să începem: ce păstrez și de ce</b>

    • Limba, faptul că sunteți părinte sau aveți grijă de un copil și țara dumneavoastră, ca să vă arăt lecțiile și ajutorul potrivite.
    • Ce lecții deschideți și răspunsurile dumneavoastră la quizuri, ca să puteți continua de unde ați rămas.
    • Statistici anonime despre ce învață oamenii, ca echipa programului să vadă dacă lecțiile ajută.

    Nu păstrez niciodată numele dumneavoastră, numele de utilizator, numărul de telefon sau ce îmi scrieți. Vă puteți vedea datele cu /mydata și le puteți șterge cu /forget oricând.
consent-professional =
    <b>Înainte de a începe: ce date păstrez și de ce</b>

    • Limba, sectorul în care lucrați și țara dumneavoastră, pentru a vă arăta chestionarele și resursele de ajutor potrivite.
    • Răspunsurile dumneavoastră la chestionare, care sunt prezentate doar agregat, niciodată individual și niciodată pentru a face clasamente ale țărilor.
    • Statistici anonime de activitate, pentru ca programul să își poată măsura acoperirea.

    Nu păstrez niciodată numele dumneavoastră, numele de utilizator, numărul de telefon sau ce îmi scrieți. Vă puteți consulta datele cu /mydata și le puteți șterge cu /forget oricând.
btn-consent-yes = ✅ Sunt de acord
btn-consent-no = Nu, mulțumesc
btn-privacy-full = 🔒 Nota de confidențialitate completă
consent-declined = Nicio problemă. Nu am salvat nimic despre tine. Ajutorul e tot aici: trimite /help sau „SOS” oricând, și /start dacă te răzgândești.
onboarding-done = Gata! Acesta este meniul tău.

## Main menu
menu-youth = Ce vrei să faci? Apasă pe <b>Cere ajutor</b> oricând ai nevoie.
menu-caregiver = Ce doriți să faceți? Apăsați pe <b>Cere ajutor</b> oricând aveți nevoie.
menu-professional = Ce doriți să faceți? Apăsați pe <b>Cere ajutor</b> oricând aveți nevoie.
btn-lessons = 📚 Lecții
btn-settings = ⚙️ Setări
btn-privacy = 🔒 Confidențialitate și datele mele
welcome-back = Bine ai revenit! Mesajele mele sunt din nou pornite.

## Help
help-title = <b>🆘 Ajutorul e aici</b>
help-intro-country = Unde găsești ajutor în { $country } și oriunde în lume:
help-intro-global = Unde găsești ajutor oriunde te-ai afla:
help-no-country = Alege-ți țara cu butonul 🌍 ca să vezi liniile de asistență de acolo.
help-footer-emergency = Sunt un bot: nu pot investiga și nu pot contacta pe nimeni în locul tău. <b>Dacă ești în pericol chiar acum, sună la { $number }.</b>
help-footer-local = Sunt un bot: nu pot investiga și nu pot contacta pe nimeni în locul tău. <b>Dacă ești în pericol chiar acum, sună la numărul de urgență din țara ta.</b>
disclosure =
    💛 Îți mulțumesc că mi-ai spus. Ce se întâmplă <b>nu este vina ta</b> și nu trebuie să treci prin asta fără ajutor.

    Sunt un bot, așa că nu pot investiga și nu pot interveni eu, dar oamenii de mai jos te pot ajuta și poți vorbi cu ei confidențial. Dacă poți, spune-i și unui adult în care ai încredere.

## Stop
stopped = 🔕 Gata: nu îți mai trimit lecții sau mementouri. Trimite /start ca să le pornești din nou. Ajutorul funcționează oricând: trimite /help.

## Privacy
privacy-notice =
    <b>🔒 Nota de confidențialitate</b>

    <b>Ce păstrez:</b> limba ta; dacă ai între 13 și 17 ani (doar grupa de vârstă, 13-15 sau 16-17, niciodată vârsta exactă), dacă ești părinte sau ai grijă de un copil, ori dacă lucrezi pentru protecția copiilor (cu sectorul tău); țara ta, dacă ai ales-o; lecțiile pe care le-ai deschis, răspunsurile tale la quizuri și la chestionare; butoanele pe care le-ai apăsat ca să evaluezi lecții sau să răspunzi la sondaje; codul tău de recomandare și câți prieteni s-au alăturat cu el (niciodată cine); dacă ai oprit mesajele.

    <b>Ce nu păstrez niciodată:</b> numele tău, numele de utilizator, numărul de telefon, fotografii sau orice îmi scrii.

    <b>De ce:</b> ca să-ți arăt lecțiile și ajutorul potrivite, în limba ta, ca să poți continua de unde ai rămas și ca să numărăm, anonim, la câți oameni ajunge programul. Statisticile nu arată niciodată grupuri mai mici de 5 persoane.

    <b>Cine le vede:</b> echipa care conduce acest program vede doar totaluri anonime. Nimeni nu vede răspunsurile tale unul câte unul. Datele tale nu sunt vândute niciodată și nu sunt folosite niciodată pentru a antrena inteligența artificială.

    <b>Ce poți alege:</b> /mydata îți arată tot ce păstrez despre tine. /forget le șterge. /stop oprește toate mesajele. Dacă îți ștergi datele, rămân doar statistici anonime, care nu mai pot fi legate de tine.
btn-mydata = 📄 Ce păstrezi despre mine
btn-forget = 🗑 Șterge datele mele
mydata-title = <b>📄 Tot ce păstrez despre tine</b>
mydata-locale = Limba: { $value }
mydata-audience = Profil: { $value }
mydata-age = Grupa de vârstă: { $value }
mydata-sector = Sector: { $value }
mydata-country = Țara: { $value }
mydata-joined = Data înscrierii: { $value }
mydata-consent = Nota de confidențialitate acceptată la: { $value }
mydata-messages = Lecții și mementouri: { $value }
mydata-messages-on = pornite
mydata-messages-off = oprite (/stop)
mydata-roles = Roluri: { $value }
role-trainer = formator
role-staff = echipa programului
mydata-checkins = Runde de chestionare la care ai răspuns: { $count }
mydata-events = Înregistrări de activitate (statistici anonime legate de tine): { $count }
mydata-progress = Serii de lecții începute: { $count }
mydata-footer = Asta e tot. Nimic altceva: niciun nume, nume de utilizator, număr de telefon sau mesaj. Le poți șterge cu /forget.
mydata-none = Nu păstrez nimic despre tine.
audience-youth = persoană de 13-17 ani
audience-caregiver = părinte sau persoană care are grijă de un copil
audience-professional = profesionist în protecția copiilor
forget-confirm = Ștergi tot ce păstrez despre tine? Setările, progresul și răspunsurile tale vor dispărea, iar asta nu se mai poate anula. Statisticile anonime rămân, dar nu mai pot fi legate de tine.
btn-forget-yes = 🗑 Da, șterge tot
btn-forget-no = Nu, păstrează-le
forget-done =
    Gata. Tot ce te identifica a fost șters. { $count ->
        [one] Rămâne { $count } înregistrare anonimă de activitate, care nu mai poate fi legată de tine.
        [few] Rămân { $count } înregistrări anonime de activitate, care nu mai pot fi legate de tine.
       *[other] Rămân { $count } de înregistrări anonime de activitate, care nu mai pot fi legate de tine.
    } Trimite /start dacă vrei vreodată să revii.
forget-cancelled = Nu s-a șters nimic.

## Settings
settings-title = <b>⚙️ Setări</b>
settings-current = Limba: { $locale }
    Profil: { $audience }
    Țara: { $country }
btn-set-language = 🌐 Limba
btn-set-audience = 🧑 Cine sunt
btn-set-country = 📍 Țara
settings-saved = Am salvat.

## Lessons
lessons-title = <b>📚 Lecții</b>
lessons-pick = Alege o serie. Te poți opri oricând și poți continua mai târziu de unde ai rămas.
lessons-none = Deocamdată nu sunt lecții pentru tine aici.
btn-series = { $title } · { $done }/{ $total }
btn-series-done = ✅ { $title }
series-intro =
    <b>{ $title }</b>
    { $about }

    { $lessons ->
        [one] { $lessons } lecție
        [few] { $lessons } lecții
       *[other] { $lessons } de lecții
    } · { $minutes ->
        [one] cam { $minutes } minut
        [few] cam { $minutes } minute
       *[other] cam { $minutes } de minute
    } · terminate: { $done }/{ $lessons }
btn-series-start = ▶️ Începe
btn-series-continue = ▶️ Continuă
btn-series-restart = 🔁 Ia-o de la capăt
btn-all-lessons = 📚 Toate lecțiile
lesson-progress = <b>{ $lesson }</b>
    { $bar } { $step }/{ $steps }
btn-next = Mai departe ➡️
quiz-right = ✅ <b>Corect!</b>
quiz-repeat = (Ai răspuns deja la întrebarea asta: contează doar primul tău răspuns.)
btn-continue = Continuă ➡️
lesson-done = 🎉 <b>Lecție terminată: { $lesson }</b>
    { $bar } Lecții terminate din această serie: { $done }/{ $total }.
btn-next-lesson = ▶️ Următoarea: { $lesson }
series-done =
    🏆 <b>Ai terminat „{ $title }”!</b>

    Bravo! Ce ai învățat te poate ajuta pe tine și pe prietenii tăi. Poți relua seria oricând sau poți alege alta.
lessons-not-for-you = Lecțiile sunt pentru tineri, pentru părinți și pentru alte persoane care au grijă de copii. Puteți schimba profilul în /settings.

## Check-ins (professionals)
btn-checkin = 📋 Chestionar-puls
checkin-not-for-you = Chestionarele-puls sunt pentru profesioniști. Poți schimba profilul în /settings.
checkin-none = În acest moment nu există niciun chestionar deschis pentru sectorul dumneavoastră. Va apărea aici când se deschide următoarea rundă.
checkin-pick = <b>📋 Chestionare-puls</b>
    Întrebări scurte despre stadiul în care se află țara dumneavoastră în raport cu Modelul de răspuns național (MNR). Alegeți un chestionar:
btn-checkin-round = { $title } · { $round }
checkin-intro =
    <b>{ $title }</b> · { $round }
    { $about }

    { $minutes ->
        [one] Aproximativ { $minutes } minut
        [few] Aproximativ { $minutes } minute
       *[other] Aproximativ { $minutes } de minute
    } · deschis până la { $closes }.
    Răspunsurile dumneavoastră sunt confidențiale: se afișează doar totaluri de la cel puțin 5 persoane, iar țările nu sunt niciodată clasificate.
btn-checkin-start = ▶️ Începe
btn-checkin-continue = ▶️ Continuă
btn-checkin-revise = ✏️ Vezi sau modifică răspunsurile mele
checkin-item-head = <b>{ $title }</b> · { $step }/{ $steps }
    { $bar }
checkin-capability = <i>MNR { $number } · { $capability }</i>
checkin-current = Răspunsul dumneavoastră: <b>{ $answer }</b>
ci-dk = Nu știu
ci-yes = Da
ci-no = Nu
ci-agree-1 = 1 · Total dezacord
ci-agree-2 = 2 · Dezacord
ci-agree-3 = 3 · Nici acord, nici dezacord
ci-agree-4 = 4 · Acord
ci-agree-5 = 5 · Total acord
btn-checkin-back = ⬅️ Înapoi
btn-checkin-skip = Sari peste ➡️
checkin-done = ✅ <b>Vă mulțumim!</b> Răspunsurile dumneavoastră pentru { $round } au fost salvate. Le puteți modifica până la { $closes }.
checkin-summary-title = <b>Răspunsurile dumneavoastră</b>
checkin-summary-line = • { $question }: <b>{ $answer }</b>
checkin-skipped = fără răspuns
checkin-country-title = <b>Ce au răspuns colegii din { $country }</b> (afișat doar acolo unde au răspuns cel puțin 5 persoane):
checkin-country-line = • { $capability } ({ $total ->
        [one] { $total } răspuns
        [few] { $total } răspunsuri
       *[other] { $total } de răspunsuri
    }): { $shares }
checkin-country-none = Nu există încă suficiente răspunsuri din { $country } pentru a afișa totaluri: sunt necesare cel puțin 5. Reveniți mai târziu cu /checkin.
cmd-checkin = Chestionar-puls pentru profesioniști
invite-welcome = Bun venit! Ați primit o invitație ca profesionist ({ $sector }, { $country }). Mai întâi, alegeți limba.
invite-applied = Profilul dumneavoastră este acum verificat: { $sector }, { $country }.
invite-invalid = Acest link de invitație nu mai este valabil. Puteți folosi în continuare botul: trimiteți /start.

## Staff commands
staff-rounds-title = <b>Runde de chestionare</b>
staff-round-line = #{ $id } · { $round } · { $questionnaire } · { $respondents ->
        [one] { $respondents } respondent
        [few] { $respondents } respondenți
       *[other] { $respondents } de respondenți
    } · { $status }
staff-round-open = deschisă până la { $closes }
staff-round-closed = închisă
staff-rounds-none = Nu există încă nicio rundă.
staff-rounds-help = Deschideți o rundă: /openround QUESTIONNAIRE CODE YYYY-MM-DD · Exportați o rundă: /export ROUND_ID · Invitați un profesionist: /invite SECTOR COUNTRY [PROGRAMME]
staff-openround-usage = Utilizare: /openround QUESTIONNAIRE CODE YYYY-MM-DD, de exemplu /openround general-pulse 2026-Q4 2026-12-31. Chestionare: { $list }
staff-round-opened = Runda { $round } a chestionarului { $questionnaire } este deschisă până la { $closes }.
staff-export-usage = Utilizare: /export ROUND_ID (numărul afișat de /rounds).
staff-export-caption = Runda { $round }: câte un rând pentru fiecare respondent și fiecare întrebare, cu date pseudonimizate.
staff-invite-usage = Utilizare: /invite SECTOR COUNTRY [PROGRAMME], de exemplu /invite police RO romania-2026. Sectoare: { $list }
staff-invite-created = Link de invitație pentru { $sector } în { $country }:
    { $link }
    Persoana care îl deschide este înregistrată ca profesionist verificat din acest sector și din această țară.
staff-failed = Operațiunea nu a reușit: { $reason }

## Fallbacks and errors
not-started = Salut! Trimite /start ca să începi. Dacă ai nevoie de ajutor chiar acum, trimite /help.
unknown-text = Nu am înțeles. Folosește butoanele.
unsupported-media = Pot citi doar text și butoane, așa că nu am deschis ce mi-ai trimis. Te rog să nu-mi trimiți poze cu tine sau cu alte persoane. Trimite /help dacă ai nevoie de ajutor.
group-only-private = Funcționez doar în conversații private. Deschide o conversație cu mine ca să începi.
stale-button = Butonul acesta nu mai este activ.
finish-onboarding = Hai să terminăm mai întâi configurarea.
try-later = Îmi pare rău, ceva n-a mers bine la mine. Încearcă din nou peste câteva clipe. Dacă ai nevoie de ajutor acum, liniile de asistență sunt mereu în /help.
unknown-command = Nu cunosc această comandă. Trimite /start pentru meniu sau /help pentru ajutor.
