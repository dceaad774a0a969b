## Tabloul de bord web al echipei programului (bot/web/dashboard/) și comanda /dashboard care deschide accesul (bot/features/dashboard.py).
## Registru profesional (dumneavoastră). Text simplu: paginile îl escapează; „<5” apare ca atare.

## /dashboard în conversație
dashboard-link =
    🔐 <b>Linkul dumneavoastră de conectare la tabloul de bord</b>

    { $link }

    Funcționează o singură dată, timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, în browserul în care îl deschideți. Sesiunea durează { $hours ->
        [one] o oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    } sau până vă deconectați. Nu îl redirecționați: deschide tabloul de bord pentru oricine îl folosește primul.
dashboard-not-set =
    Tabloul de bord web nu este încă configurat. Un administrator trebuie să seteze <code>DASHBOARD_URL</code> la adresa publică a serverului HTTP al botului (de exemplu <code>https://stats.example.org</code>, în spatele unui proxy TLS) și să repornească botul. Apoi trimiteți din nou /dashboard.

## Cadrul fiecărei pagini
dash-name = Program de siguranță online · Tablou de bord
dash-skip = Salt la conținut
dash-menu = Paginile tabloului de bord
dash-nav-overview = Privire de ansamblu
dash-nav-reach = Acoperire
dash-nav-lessons = Lecții
dash-nav-voice = Vocea tinerilor
dash-nav-checkins = Evaluări MNR
dash-nav-cohorts = Grupuri și trimiteri
dash-language = Limba tabloului de bord
dash-change-language = Schimbați
dash-sign-out = Deconectare
dash-footer = Numerele sub 5 persoane nu sunt afișate niciodată. Cifrele sunt pseudonimizate; nicio pagină nu numește o persoană.
dash-print = Tipăriți sau salvați ca PDF

## Conectare și deconectare
dash-sign-in-title = Conectare la tabloul de bord
dash-sign-in-text = Acest link deschide tabloul de bord în acest browser. Funcționează o singură dată.
dash-sign-in-button = Deschideți tabloul de bord
dash-link-expired-title = Acest link nu mai funcționează
dash-link-expired = Linkurile de conectare funcționează o singură dată și doar câteva minute. Trimiteți /dashboard botului pentru un link nou.
dash-signed-out-title = V-ați deconectat
dash-signed-out = Pentru a deschide tabloul de bord, trimiteți /dashboard botului în Telegram și deschideți linkul primit. Doar echipa programului se poate conecta.
dash-form-expired = Acest formular a expirat. Reîncărcați pagina și încercați din nou.

## Erori
dash-error-title = A apărut o problemă
dash-error = Pagina nu a putut fi afișată. Vă rugăm să încercați din nou peste puțin timp.
dash-unavailable = Baza de date nu poate fi accesată acum. Vă rugăm să încercați din nou peste puțin timp.
dash-not-found-title = Pagina nu a fost găsită
dash-not-found = La această adresă nu există nimic. Folosiți meniul pentru a găsi pagina de care aveți nevoie.
dash-bad-filter-title = Acest filtru nu poate fi folosit
dash-bad-filter = Vă rugăm să verificați filtrele: { $detail }

## Filtre
dash-filters = Filtre
dash-period = Perioadă
dash-days = { $days ->
        [one] Ultima zi
        [few] Ultimele { $days } zile
       *[other] Ultimele { $days } de zile
    }
dash-period-custom = Datele de mai jos
dash-from = De la
dash-to = Până la
dash-apply = Aplicați
dash-all = Toate
dash-none = Niciunul
dash-filter-country = Țară
dash-filter-audience = Public
dash-filter-age_band = Grupă de vârstă
dash-filter-locale = Limbă
dash-filter-series = Serie
dash-filter-cohort = Grup
dash-filter-capability = Capacitate MNR
dash-breakdown = Defalcare după
dash-every = Pas de timp
dash-week = Săptămână
dash-month = Lună
dash-chart-metric = Indicatorul din grafic
dash-period-range = { $start } – { $end } (ora UTC)

## Indicatori
dash-metric-active = Persoane active
dash-metric-reached = Persoane atinse
dash-metric-engaged = Implicate
dash-metric-completed = Au terminat o serie
dash-metric-quiz-people = Au răspuns la un test
dash-metric-quiz-accuracy = Răspunsuri corecte la teste
dash-define-active = Persoane cu orice activitate numărată la o capacitate MNR (lecțiile la capacitatea 13, participarea tinerilor la capacitatea 14).
dash-define-reached = Persoane care au văzut cel puțin o fișă de lecție.
dash-define-engaged = Persoane care au terminat cel puțin o lecție.
dash-define-completed = Persoane care au terminat o serie întreagă.
dash-define-quiz-people = Persoane care au răspuns la cel puțin o întrebare de test.
dash-define-quiz-accuracy = Ponderea primelor încercări la întrebările de test care au fost corecte.
dash-suppressed = <5
dash-hidden-part = Ascuns (numere mici)
dash-everyone = Toată lumea
dash-people = Persoane
dash-share = Pondere
dash-figure = Indicator
dash-this-period = Această perioadă
dash-previous-period = Perioada anterioară
dash-change = Variație
dash-change-none = fără comparație
dash-change-points = { $points } puncte procentuale
dash-before = înainte: { $value }
dash-nothing = Deocamdată nu este nimic de afișat pentru aceste filtre.
dash-chart-desc = Tabelul de lângă acest grafic conține aceleași cifre.
dash-capability-name = { $number }. { $name }
dash-about = Cum se citesc aceste cifre
dash-suppression-note = Orice număr de 1 până la 4 persoane este ascuns (afișat <5). Când un rând sau o coloană ar ascunde un singur număr, este ascuns și următorul cel mai mic, pentru ca totalurile să nu îl dezvăluie. Zilele sunt în ora UTC. Fiecare tabel se descarcă în format CSV cu aceleași cifre ca API-ul de statistici; o cifră ascunsă este o celulă goală.
dash-download-csv = Descărcați CSV

## Privire de ansamblu
dash-overview-title = Privire de ansamblu
dash-headline = Perioada pe scurt
dash-comparison-caption = Această perioadă comparată cu cea anterioară ({ $previous })
dash-trend = Tendință
dash-weekly-caption = Persoane pe săptămână
dash-weekly-chart = Persoane atinse, implicate și care au terminat o serie, pe săptămână
dash-weeks-note = Săptămânile încep luni; prima și ultima săptămână pot fi parțial în afara perioadei.
dash-where = Unde
dash-by-country-caption = Persoane pe țări
dash-by-country-chart = Persoane atinse, pe țări

## Acoperire
dash-reach-title = Acoperirea în timp
dash-over-time = În timp
dash-over-time-caption = { $metric } în timp
dash-over-time-chart = { $metric } în timp
dash-top-lines-note = Graficul și acest tabel arată cele mai mari { $count } grupuri; fișierul CSV conține toate grupurile și toți indicatorii.
dash-totals = Totalurile perioadei
dash-totals-caption = Cifrele pentru întreaga perioadă
dash-totals-chart = { $metric } în întreaga perioadă

## Lecții
dash-lessons-title = Lecții
dash-step = Etapă
dash-step-started = Au început seria
dash-step-lesson = Au terminat „{ $lesson }”
dash-step-completed = Au terminat seria
dash-share-of-starters = Ponderea celor care au început
dash-funnel-caption = { $series }: de la prima lecție până la final
dash-funnel-chart = Persoane la fiecare etapă din { $series }
dash-quiz-caption = { $series }: întrebările testelor
dash-quiz-chart = Corecte la prima încercare, pe întrebare, în { $series }
dash-quiz-note = O pondere mică sau un răspuns greșit ales des semnalează o idee greșită care merită tratată în lecție. Fișierul CSV conține fiecare variantă de răspuns.
dash-question-header = Întrebare
dash-question = { $lesson }: { $question }
dash-answered = Au răspuns
dash-right-first-time = Corecte la prima încercare
dash-common-wrong = Răspunsul greșit cel mai ales
dash-wrong-answer = { $answer } ({ $share })
dash-lesson = Lecție
dash-ratings-caption = { $series }: cât de utilă a fost fiecare lecție
dash-ratings-chart = Evaluările lecțiilor din { $series }
dash-rating-helpful = Utilă
dash-rating-unsure = Nu știu sigur
dash-rating-not-helpful = Nu a fost utilă

## Vocea tinerilor
dash-voice-title = Vocea tinerilor
dash-voice-lead = Ce ne-au spus tinerii și părinții dintr-o singură atingere: sondaje și întrebarea de la finalul fiecărei serii. Rezultatele sunt răspunsurile lor actuale.
dash-polls = Sondaje
dash-poll-caption = { $question } ({ $start } – { $end })
dash-series-questions = Întrebările seriilor
dash-series-question-caption = { $series }: { $question }
dash-option = Răspuns
dash-voice-note = Filtrele se aplică profilului actual al fiecărei persoane (țară, public, limbă). Persoanele care au cerut ștergerea datelor nu mai sunt numărate aici.

## Evaluări MNR
dash-checkins-title = Evaluări MNR
dash-checkins-lead = Evaluări rapide ale profesioniștilor privind cele 21 de capacități ale Modelului de răspuns național. Deschideți o rundă pentru a vedea grila de maturitate a fiecărei țări.
dash-rounds = Runde
dash-rounds-caption = Rundele de evaluare, de la cea mai recentă
dash-no-rounds = Nu a fost deschisă încă nicio rundă. Echipa deschide una cu /openround în conversație.
dash-round = Rundă
dash-questionnaire = Chestionar
dash-opens = Deschidere
dash-closes = Închidere
dash-respondents = Respondenți
dash-round-title = { $round } · { $questionnaire }
dash-round-lead = Deschisă de la { $opens } până la { $closes }. Țara afișată: { $country }.
dash-compare-with = Comparați cu runda
dash-open-profile = Profilul țării, de tipărit
dash-no-countries = Nimeni nu a răspuns încă în această rundă.
dash-verified-respondents = Respondenți verificați
dash-verified-explained = Profesioniști veniți printr-o invitație a echipei programului, care le înregistrează sectorul și țara.
dash-self-declared-respondents = Respondenți autodeclarați
dash-self-declared-explained = Profesioniști care și-au indicat singuri sectorul și țara. Citiți răspunsurile lor separat de cele verificate.
dash-grid-caption-verified = Faza de maturitate pe capacități, respondenți verificați, { $country }, runda { $round }
dash-grid-caption-self = Faza de maturitate pe capacități, respondenți autodeclarați, { $country }, runda { $round }
dash-grid-chart-verified = Fazele de maturitate, respondenți verificați, { $country }
dash-grid-chart-self = Fazele de maturitate, respondenți autodeclarați, { $country }
dash-capability = Capacitate MNR
dash-no-answers = Încă nu există răspunsuri de la acești respondenți în această țară.
dash-change-between-rounds = Variația față de o rundă anterioară
dash-change-caption = Ponderea respondenților în fiecare fază, runda { $earlier } → runda { $round }, { $country }
dash-no-earlier-round = Nu există o rundă anterioară a acestui chestionar cu care să se compare.
dash-respondent-kind = Respondenți
dash-verified = Verificați
dash-self-declared = Autodeclarați
dash-other-items = Alte întrebări
dash-other-items-caption = Răspunsurile la celelalte întrebări, { $country }
dash-answers = Răspunsuri
dash-phases = Fazele de maturitate
dash-checkin-suppression = Cifrele provin de la cel puțin 5 respondenți: un număr mai mic este ascuns (afișat <5), la fel și următorul cel mai mic atunci când unul singur ar fi ascuns. Țările nu sunt niciodată clasate.
dash-profile-title = Profilul țării: { $country }
dash-profile-lead = Evaluarea rapidă MNR { $round } ({ $questionnaire }), deschisă de la { $opens } până la { $closes }. Întocmit la { $today }.
dash-back-to-round = Înapoi la rundă

## Grupuri și trimiteri
dash-cohorts-title = Grupuri și trimiteri
dash-cohorts = Grupuri
dash-cohorts-caption = Grupurile și membrii lor
dash-cohort = Grup
dash-joining = Înscrieri
dash-open = Deschise
dash-closed = Închise
dash-created = Creat la
dash-members = Membri
dash-outcomes = Rezultatele perioadei
dash-outcomes-caption = Ce au făcut membrii grupurilor în această perioadă
dash-outcomes-chart = Membri care au terminat o serie, pe grupuri
dash-pushes = Trimiteri
dash-pushes-caption = Serii trimise grupurilor, de la cea mai recentă (mesaje)
dash-pushes-chart = Stadiul ultimelor trimiteri
dash-pushes-note = Fiecare cifră numără mesaje, câte unul pentru fiecare membru și lecție. În așteptare: programat sau în curs de trimitere. Inactiv: membrul a blocat botul. Oprit: membrul a trimis /stop. Incert: trimiterea s-a întrerupt în timpul expedierii; mesajul poate să fi ajuns.
dash-push = Trimitere
dash-push-label = { $series } → { $cohort }
dash-push-mode = Mod
dash-push-status = Stare
dash-push-mode-now = Toate deodată
dash-push-mode-drip = O lecție pe zi
dash-push-status-active = Activă
dash-push-status-paused = Întreruptă temporar
dash-push-status-cancelled = Anulată
dash-delivery-total = Mesaje
dash-delivery-sent = Trimise
dash-delivery-waiting = În așteptare
dash-delivery-failed = Eșuate
dash-delivery-inactive = Inactivi
dash-delivery-stopped = Opriți
dash-delivery-uncertain = Incerte
dash-delivery-cancelled = Anulate
