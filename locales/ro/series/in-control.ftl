## Series: You're in control (in-control), for teens 13-17.
## Structure: content/series/in-control.yaml. Grounded in Be Internet Awesome and eSafety advice (paraphrased).
## Telegram menu names: Romanian first, the English label in brackets (many teens use Telegram in English).

s-in-control-title = Tu ai controlul
s-in-control-about = Patru lecții scurte despre viața privată, cum recunoști falsurile, conturi bine protejate și bunătate online. Tu decizi ce împarți și cine poate ajunge la tine.

## Lesson 1: Your footprint and privacy

s-in-control-footprint-title = Amprenta ta digitală și viața privată
s-in-control-footprint-intro =
    Tot ce postezi, apreciezi, distribui sau comentezi lasă o urmă. Împreună, urmele astea formează <b>amprenta ta digitală</b>.

    Alții pot salva, pot face captură de ecran sau pot trimite mai departe ce distribui, chiar și dintr-un chat „privat”. Asta nu e un motiv să-ți fie frică. E un motiv să alegi. Tu decizi ce trimiți și cine are voie să vadă.
s-in-control-footprint-intro-alt = Un adolescent ține un telefon în mână. Un șir de urme de pași duce spre un card cu comutatoare de confidențialitate și un lacăt.
s-in-control-footprint-think-first =
    Înainte să postezi, pune-ți două întrebări rapide:

    • Ar fi OK dacă familia mea, un profesor sau un viitor șef ar vedea asta?
    • Se vede unde locuiesc, la ce școală merg sau unde sunt chiar acum?

    Adresa, numărul de telefon, școala și locația ta în timp real păstrează-le pentru oamenii pe care îi cunoști și în care ai încredere în viața reală. E super să împarți chestii faine. Să arăți unde te poate găsi cineva e altceva.
s-in-control-footprint-telegram-settings =
    Pe Telegram, tu alegi cine te poate vedea și cine te poate contacta. Deschide <b>Setări</b> (Settings), apoi <b>Confidențialitate și securitate</b> (Privacy and Security):

    • <b>Număr de telefon</b> (Phone Number): alege <b>Nimeni</b> (Nobody) sau <b>Contactele mele</b> (My Contacts).
    • Cine te poate adăuga în grupuri: alege <b>Contactele mele</b>.
    • Ultima conectare (Last seen) și pozele de profil: arată-le doar contactelor tale, dacă vrei.

    Durează un minut și poți schimba oricând.
s-in-control-footprint-q1 = Cine ar trebui să-ți poată vedea numărul de telefon pe Telegram?
s-in-control-footprint-q1-a = Toată lumea, ca să mă găsească prietenii
s-in-control-footprint-q1-a-why = E comod, dar așa îți pot vedea numărul și oameni pe care nu-i cunoști. Prietenii te pot găsi oricum după numele de utilizator, așa că Nimeni sau Contactele mele e alegerea mai sigură.
s-in-control-footprint-q1-b = Oricine e în grupurile mele
s-in-control-footprint-q1-b-why = E un început bun să limitezi cine îl vede, dar grupurile pot fi pline de oameni pe care nu i-ai întâlnit niciodată. Cu Nimeni sau Contactele mele, numărul tău e mai în siguranță.
s-in-control-footprint-q1-c = Nimeni sau doar contactele mele
s-in-control-footprint-q1-c-why = Așa, numărul tău rămâne la oamenii pe care îi alegi tu. Prietenii pot vorbi în continuare cu tine, iar cei pe care nu-i cunoști află mai puține despre tine.
s-in-control-footprint-unwanted-contact =
    Uneori îți scriu oameni pe care nu-i cunoști. Într-un sondaj australian, 3 din 10 adolescenți au spus că li s-a întâmplat în doar șase luni (eSafety Commissioner, 2021). Deci nu ți se întâmplă doar ție.

    Nu trebuie să răspunzi. Poți:
    • să ieși din chat sau pur și simplu să-l ignori
    • să <b>blochezi</b> și să <b>raportezi</b> contul (Telegram îți arată aceste butoane când îți scrie cineva nou)
    • să faci capturi de ecran dacă ceva ți se pare în neregulă
    • să-i spui unui adult în care ai încredere
s-in-control-footprint-q2 = Cineva pe care nu l-ai întâlnit niciodată te tot întreabă la ce școală mergi. Ce e bine să faci?
s-in-control-footprint-q2-a = Îi spun, e doar numele unei școli
s-in-control-footprint-q2-a-why = Poate părea inofensiv, dar școala îi spune cuiva unde te poate găsi în majoritatea zilelor. E OK să păstrezi asta pentru tine, chiar dacă insistă.
s-in-control-footprint-q2-b = Nu-i spun și îl blochez dacă tot insistă
s-in-control-footprint-q2-b-why = Nu îi datorezi nimănui datele tale personale. Cine tot insistă să le afle îți arată un semnal de alarmă: blochează, raportează și spune-i cuiva în care ai încredere.
s-in-control-footprint-q2-c = Îi trimit în schimb o poză cu uniforma mea
s-in-control-footprint-q2-c-why = Așa ocolești întrebarea, dar o uniformă sau sigla școlii îți poate arăta școala la fel de clar. Mai bine păstrezi asta pentru tine.
s-in-control-footprint-what-to-do =
    <b>Ce poți face</b>
    • Verifică-ți azi setările de confidențialitate. Durează un minut.
    • Gândește-te de două ori înainte să spui unde locuiești, unde înveți sau unde ești chiar acum.
    • Dacă cineva te face să nu te simți în largul tău, nu-i mai răspunde, blochează-l, raportează-l și spune-i unui adult în care ai încredere.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 2: Spotting fakes

s-in-control-fakes-title = Cum recunoști falsurile
s-in-control-fakes-intro =
    Online, oricine își poate alege orice nume, vârstă sau poză. Cei mai mulți oameni sunt cine spun că sunt, dar unii se dau drept altcineva ca să-i păcălească pe alții.

    Nu trebuie să bănuiești pe toată lumea. Trebuie doar să cunoști semnele. Hai să vedem trei feluri de falsuri: oameni falși, oferte false și mesaje false.
s-in-control-fakes-intro-alt = Un adolescent cu un telefon se uită la două carduri de profil. O față e ascunsă după o mască, iar o lupă o verifică.
s-in-control-fakes-fake-people =
    <b>Oamenii falși</b> urmează des același tipar. Ai grijă dacă cineva:
    • devine foarte repede „cel mai bun prieten” al tău, cu o grămadă de complimente
    • îți cere să păstrezi conversațiile secrete
    • vrea să vă mutați pe altă aplicație
    • îți cere poze, bani sau date personale
    • se supără sau insistă când spui nu

    Un singur semn nu e o dovadă. Dar dacă ceva ți se pare ciudat, ai încredere în senzația asta. Poți să o iei mai încet sau să te oprești.
s-in-control-fakes-q1 = Cineva dintr-un chat de joc spune că are și el 14 ani. După o săptămână, vrea să vă mutați pe o aplicație privată și să păstrați totul secret. Ce e asta?
s-in-control-fakes-q1-a = Ceva normal, prietenii online fac asta
s-in-control-fakes-q1-a-why = Multe prietenii online sunt reale și frumoase. Dar graba și cererea de a păstra secrete sunt semnale de alarmă, chiar dacă persoana pare de treabă.
s-in-control-fakes-q1-b = Un semnal de alarmă: o iau încet și spun cuiva
s-in-control-fakes-q1-b-why = Secretele plus presiunea de a schimba aplicația sunt un truc des folosit. Poți spune nu, iar să-i spui unui adult în care ai încredere e o mișcare deșteaptă, nu pârâre.
s-in-control-fakes-q1-c = E OK, dacă poza de profil pare reală
s-in-control-fakes-q1-c-why = E normal să-i verifici profilul, dar pozele se copiază ușor de oriunde. Felul în care se poartă cineva îți spune mai mult decât poza lui.
s-in-control-fakes-fake-offers =
    <b>Ofertele false</b> sună incredibil: Telegram Premium gratis, monede pentru jocul tău, un premiu la un concurs la care nici nu te-ai înscris sau bani ușori pentru o treabă mică.

    Capcana vine după. Ți se cere să apeși pe un link, să plătești o taxă mică sau să trimiți un cod ori datele tale personale.

    Regulă rapidă: dacă sună prea bine ca să fie adevărat, probabil nu e.
s-in-control-fakes-phishing =
    <b>Mesajele false</b> (phishing) se prefac că vin de la o aplicație, de la o bancă sau chiar de la un prieten. Deseori te grăbesc: „Contul tău va fi șters într-o oră!”

    Înainte să apeși, întreabă-te:
    • A apărut mesajul ăsta din senin?
    • Mă grăbește sau mă sperie cineva?
    • Arată linkul cam ciudat?

    Dacă da, nu apăsa. Intră tu direct în aplicație sau pe site. Telegram nu îți cere niciodată codul sau parola într-un chat.
s-in-control-fakes-q2 = Un mesaj spune că ai câștigat Telegram Premium gratis. Trebuie doar să apeși pe un link și să introduci codul de conectare. Ce faci?
s-in-control-fakes-q2-a = Nu apăs. Blochez și raportez expeditorul
s-in-control-fakes-q2-a-why = Premiile adevărate nu au nevoie niciodată de codul tău de conectare. Dacă blochezi și raportezi expeditorul, îi protejezi și pe alții.
s-in-control-fakes-q2-b = Introduc repede codul, până nu expiră
s-in-control-fakes-q2-b-why = Graba face parte din truc. Oricine îți ia codul îți poate prelua contul. Ia-ți timp: ofertele reale nu dispar în câteva secunde.
s-in-control-fakes-q2-c = Îl trimit prietenilor, să câștige și ei
s-in-control-fakes-q2-c-why = E un gând frumos, dar așa le-ai trimite și lor capcana. Mai bine raportează mesajul și spune-le prietenilor că e fals.
s-in-control-fakes-what-to-do =
    <b>Ce poți face</b>
    • Nu știi sigur dacă e real? Ia o pauză. Nu trebuie să răspunzi imediat.
    • Nu apăsa pe linkuri primite din senin și nu trimite coduri, bani sau poze.
    • Blochează și raportează conturile false.
    • Ai apăsat deja, ai trimis sau ai plătit? Li se întâmplă multora. Spune-i unui adult în care ai încredere. Nu e vina ta și se poate rezolva.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 3: Strong accounts

s-in-control-accounts-title = Conturi bine protejate
s-in-control-accounts-intro =
    Conturile tale păstrează conversațiile, pozele și prietenii tăi. Dacă le încui bine, controlul rămâne la tine.

    Trei obiceiuri simple fac o mare diferență:
    • o parolă puternică
    • verificarea în doi pași
    • să nu dai niciodată nimănui codurile de conectare
s-in-control-accounts-intro-alt = Un adolescent lângă un telefon mare cu un lacăt pe ecran, un scut cu o bifă și o cheie.
s-in-control-accounts-passphrase =
    <b>Mai bine lungă decât complicată.</b> O frază-parolă înseamnă câteva cuvinte la întâmplare puse unul după altul, cum ar fi lampa-nor-biscuit-salt (dar inventează-ți propria frază!).

    • Nu folosi numele tău, ziua de naștere sau numele animalului tău de companie.
    • Folosește o parolă diferită pentru fiecare cont important.
    • Nu o spune nimănui, nici măcar celor mai buni prieteni.

    Un manager de parole sau un adult în care ai încredere te poate ajuta să ți le amintești.
s-in-control-accounts-q1 = Care parolă e cea mai puternică?
s-in-control-accounts-q1-a = Maria2010
s-in-control-accounts-q1-a-why = Numele și anii de naștere se ghicesc ușor, mai ales dacă apar pe profilul tău. Încearcă mai bine câteva cuvinte la întâmplare.
s-in-control-accounts-q1-b = pian-banana-nor-ghete
s-in-control-accounts-q1-b-why = Patru cuvinte la întâmplare fac o parolă lungă și greu de ghicit, dar ușor de ținut minte pentru tine. Doar inventează-ți propria parolă.
s-in-control-accounts-q1-c = Password123!
s-in-control-accounts-q1-c-why = Pare complicată, dar e una dintre cele mai folosite parole din lume. Lungimea și cuvintele alese la întâmplare contează mai mult decât simbolurile.
s-in-control-accounts-two-step =
    <b>Verificarea în doi pași</b> adaugă un al doilea lacăt. Chiar dacă cineva îți află codul de conectare, tot are nevoie de parola ta ca să intre.

    Pe Telegram, deschide <b>Setări</b> (Settings), apoi <b>Confidențialitate și securitate</b> (Privacy and Security), apoi <b>Verificare în doi pași</b> (Two-Step Verification). Alege o parolă și adaugă un e-mail de recuperare pe care îl poți deschide.

    Multe alte aplicații au și ele asta. Caută „verificare în doi pași” sau „2FA” în setările lor de securitate.
s-in-control-accounts-login-codes =
    Un cod de conectare e ca cheia de la casa ta. <b>Nu-l da niciodată nimănui</b>, nici măcar cuiva care spune că e de la Telegram sau unui prieten care zice că ți l-a trimis din greșeală. Telegram nu îți cere niciodată codul într-un chat.

    L-ai dat din greșeală? Se întâmplă. Intră în <b>Setări</b>, apoi în <b>Dispozitive</b> (Devices), închide orice sesiune pe care n-o recunoști și activează verificarea în doi pași.
s-in-control-accounts-q2 = Un prieten îți scrie: „Hopa, ți-am trimis din greșeală codul meu pe numărul tău. Mi-l poți trimite înapoi?” Ce faci?
s-in-control-accounts-q2-a = Îl trimit, e prietenul meu
s-in-control-accounts-q2-a-why = E frumos că vrei să ajuți, dar ăsta e un truc foarte des întâlnit. Poate că prietenului tău i-a fost spart contul, iar codul acela e de fapt cheia contului tău.
s-in-control-accounts-q2-b = Trimit doar jumătate din cod
s-in-control-accounts-q2-b-why = Chiar și o parte din cod îl poate ajuta pe un escroc să intre în contul tău. Cel mai sigur e să nu trimiți nimic din el.
s-in-control-accounts-q2-c = Nu-l trimit și verific cu el pe altă cale
s-in-control-accounts-q2-c-why = Un telefon sau o discuție față în față îți arată dacă e chiar prietenul tău. Dacă i-a fost spart contul, al tău rămâne în siguranță și îl poți ajuta să și-l recupereze.
s-in-control-accounts-what-to-do =
    <b>Ce poți face</b>
    • Folosește o frază-parolă lungă, diferită pentru fiecare cont important.
    • Activează azi verificarea în doi pași pe Telegram.
    • Nu da niciodată nimănui codurile de conectare sau parolele.
    • Crezi că a intrat cineva în contul tău? Închide sesiunile necunoscute din <b>Dispozitive</b>, schimbă-ți parola și spune-i unui adult în care ai încredere.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 4: Kind and brave

s-in-control-kind-title = Cu bunătate și curaj
s-in-control-kind-intro =
    În spatele fiecărui ecran e un om real, cu sentimente reale. Ce postăm și ce distribuim îi poate face cuiva ziua mai frumoasă sau i-o poate strica.

    Bunătatea online nu ține de perfecțiune. Ține de alegeri mici: ce trimiți, ce dai mai departe și cum ești alături de ceilalți.
s-in-control-kind-intro-alt = Doi prieteni unul lângă altul, unul cu brațul pe umerii celuilalt, cu o inimă și bule de chat.
s-in-control-kind-dont-forward =
    Ai primit un meme răutăcios, un zvon sau o poză jenantă cu cineva? <b>Lanțul se oprește la tine.</b>

    • Nu le trimite mai departe, nu le da like și nu le comenta.
    • Raportează-le în aplicație.
    • Nu distribui niciodată imagini private sau intime cu cineva. Pot răni profund persoana din imagine, iar în multe locuri asta e împotriva legii.

    Să nu dai mai departe e o alegere discretă, dar curajoasă.
s-in-control-kind-q1 = Într-un grup, cineva postează o poză jenantă cu un coleg de clasă. Ce e o reacție bună și curajoasă?
s-in-control-kind-q1-a = N-o distribui, o raportez și îi scriu colegului
s-in-control-kind-q1-a-why = Dacă nu o distribui, oprești răspândirea, raportarea ajută la ștergerea ei, iar un mesaj frumos îi arată colegului tău că nu e singur.
s-in-control-kind-q1-b = O dau mai departe, oricum au văzut-o toți
s-in-control-kind-q1-b-why = Poate părea că încă o distribuire nu mai contează, dar fiecare duce suferința și mai departe. Tu o poți opri.
s-in-control-kind-q1-c = Adaug o glumă, să fie mai puțin penibil
s-in-control-kind-q1-c-why = E de înțeles că vrei să destinzi atmosfera. Dar glumele se pot aduna și îl pot face pe colegul tău să se simtă și mai rău.
s-in-control-kind-support-friends =
    Dacă un prieten e hărțuit online, îl poți ajuta, chiar și prin lucruri mici:
    • Trimite-i un mesaj privat: „Am văzut. Ești bine?”
    • Ascultă-l fără să-l judeci.
    • Ajută-l să salveze capturi de ecran, apoi să blocheze și să raporteze.
    • Oferă-te să mergi cu el când vorbește cu un adult în care are încredere.

    Nu trebuie să rezolvi tu totul. Doar faptul că ești acolo contează mult.
s-in-control-kind-talk-it-out =
    <b>Când ai dubii, vorbește.</b> Dacă ceva online te sperie, te întristează, te încurcă sau te pune sub presiune, spune-i cuiva în care ai încredere: unui părinte, unei rude, unui profesor, consilierului școlar sau unei linii de asistență pentru copii.

    Nu e niciodată prea târziu să vorbești. Dacă altcineva a greșit, nu e vina ta. Și dacă ai greșit tu, tot meriți ajutor.
s-in-control-kind-q2 = Un prieten îți spune că cineva îi tot trimite mesaje răutăcioase. Ce ajută cel mai mult?
s-in-control-kind-q2-a = Îi spun să ignore pur și simplu
s-in-control-kind-q2-a-why = Uneori ignorarea merge, dar doar atât îl poate lăsa pe prietenul tău să se simtă singur. Merge mai bine să-l ajuți să blocheze, să raporteze și să primească sprijin.
s-in-control-kind-q2-b = Îi trimit și eu mesaje urâte agresorului
s-in-control-kind-q2-b-why = E un instinct bun să vrei să-ți aperi prietenul. Dar dacă răspunzi cu aceeași monedă, lucrurile se pot înrăutăți și poți avea și tu probleme. Mai bine raportează.
s-in-control-kind-q2-c = Îl ascult, îl ajut să raporteze, găsim un adult
s-in-control-kind-q2-c-why = Când îl asculți, prietenul tău se simte mai puțin singur, raportarea face ca mesajele să fie verificate, iar un adult în care ai încredere poate ajuta ca lucrurile să se oprească.
s-in-control-kind-what-to-do =
    <b>Ce poți face</b>
    • Nu da mai departe postări sau imagini care rănesc. Raportează-le.
    • Întreabă-i ce mai fac pe prietenii care trec printr-o perioadă grea.
    • Dacă ceva online te îngrijorează, vorbește cu un adult în care ai încredere. Ce a făcut altcineva nu e vina ta.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Youth voice: the one-tap question asked once after the series (content/series/in-control.yaml voice_question)

s-in-control-voice-first-step = Ce ai face mai întâi dintre acestea?
s-in-control-voice-first-step-privacy = Verific cine îmi poate vedea postările
s-in-control-voice-first-step-passwords = Îmi fac parolele mai puternice
s-in-control-voice-first-step-check = Mă opresc și verific înainte să distribui
s-in-control-voice-first-step-kind = Iau apărarea cuiva hărțuit online
s-in-control-voice-first-step-talk = Vorbesc cu cineva în care am încredere
