## Series: Older teens: relationships and risks (older-teens), for teens 16-17.
## Grounded in eSafety, ThinkUKnow Australia, NCMEC, Kids Helpline and One Love guidance, paraphrased.
## Words chosen for teens: "acord" (consent), "nuduri", "sexting", "aplicații de dating", "iubitul sau iubita ta".

s-older-teens-title = Relații, imagini și oferte
s-older-teens-about = Pentru cei de 16 și 17 ani: acordul și respectul online, imaginile și legea, aplicațiile de dating și adulții, ofertele prea bune ca să fie adevărate și cum deosebești o relație sănătoasă de una care te controlează.

## Lesson 1: Consent and respect online

s-older-teens-consent-title = Acord și respect online
s-older-teens-consent-intro =
    Flirtul, întâlnirile și relațiile se întâmplă și online, și asta poate fi super. Se aplică aceeași regulă ca offline: <b>acordul</b>.

    Acordul înseamnă că amândoi spuneți da de bunăvoie, de fiecare dată. Oricare dintre voi poate spune nu sau se poate răzgândi, oricând.
s-older-teens-consent-intro-alt = Doi adolescenți zâmbitori cu telefoane își trimit o bifă și o inimă în bule de chat.
s-older-teens-consent-what-it-means =
    Online, acordul înseamnă:
    • Să întrebi înainte să trimiți ceva sexual. Nudurile pe care nu le-a cerut nimeni nu sunt OK.
    • Să întrebi înainte să distribui poza, mesajele sau capturile de ecran ale cuiva.
    • Să accepți un nu sau lipsa unui răspuns, fără să insiști, fără să-l faci pe celălalt să se simtă vinovat și fără să te bosumfli.
    • Să știi că un da spus sub presiune, de frică sau din cauza amenințărilor nu e un da adevărat.
s-older-teens-consent-q1 = Iubitul sau iubita ta spune că în seara asta nu vrea sexting. Care e un răspuns respectuos?
s-older-teens-consent-q1-a = „OK, nicio problemă.”
s-older-teens-consent-q1-a-why = Când accepți un nu fără presiune, arăți respect și construiești încredere. „Nu” e un răspuns complet.
s-older-teens-consent-q1-b = Întreb din nou, altfel
s-older-teens-consent-q1-b-why = E normal să vrei să vă simțiți apropiați. Dar să întrebi iar și iar e presiune, iar presiunea nu e acord.
s-older-teens-consent-q1-c = „Dacă m-ai iubi, ai face-o.”
s-older-teens-consent-q1-c-why = Un refuz poate durea. Dar să-l faci pe celălalt să se simtă vinovat e presiune și strică încrederea. Nu înseamnă nu.
s-older-teens-consent-can-change =
    Acordul se poate schimba. Un da de ieri nu înseamnă da și azi. Dacă ai trimis o poză, nu înseamnă că ești de acord să trimiți mai multe sau ca ea să fie distribuită.

    Dacă cineva îți distribuie mesajele sau imaginile private fără să te întrebe, e vina lui, nu a ta. Îi poți cere să le șteargă, le poți raporta și poți cere ajutor.
s-older-teens-consent-what-to-do =
    <b>Ce poți face</b>
    Întreabă, ascultă și acceptă un nu. Dacă cineva face presiuni asupra ta sau distribuie ceva de-al tău fără acordul tău, salvează dovezile, blochează și raportează, apoi vorbește cu un adult de încredere sau cu o linie de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 2: Images and the law

s-older-teens-images-law-title = Imaginile și legea
s-older-teens-images-law-intro =
    Mulți adolescenți se întreabă ce spune legea despre nuduri. Legile diferă de la o țară la alta, dar există o regulă generală care merită știută.
s-older-teens-images-law-intro-alt = O balanță echilibrată lângă un scut verde cu o bifă.
s-older-teens-images-law-the-law =
    În multe țări, să faci, să ceri, să păstrezi sau să distribui imagini sexuale cu <b>oricine are sub 18 ani</b> e împotriva legii. Asta se poate aplica chiar și unui selfie, chiar și între doi adolescenți de aceeași vârstă și chiar dacă amândoi au fost de acord. În unele locuri, include și imaginile editate sau false.

    Legile astea există ca să-i protejeze pe tineri de exploatare. Dacă circulă o imagine cu tine, să ceri ajutor e întotdeauna pasul corect.
s-older-teens-images-law-most-say-no =
    Poate părea că toată lumea trimite nuduri. Majoritatea nu o fac. Într-un sondaj eSafety cu tineri de 14-17 ani, 73% dintre cei cărora li s-a cerut o imagine nud au spus că n-au trimis-o (eSafety, 2017).

    E normal să spui nu. Nu ai nevoie de un motiv și asta nu te face o persoană plictisitoare.
s-older-teens-images-law-q1 = Iubitul sau iubita ta, de 17 ani, vrea să faceți schimb de nuduri și zice că e OK, pentru că amândoi aveți aproape 18 ani. Ce e adevărat?
s-older-teens-images-law-q1-a = E OK, suntem amândoi de acord
s-older-teens-images-law-q1-a-why = Acordul contează mult într-o relație. Dar în multe țări, imaginile sexuale cu oricine are sub 18 ani sunt ilegale chiar și cu acord. Și odată trimise, nu mai poți controla unde ajung.
s-older-teens-images-law-q1-b = E OK dacă aplicația le șterge
s-older-teens-images-law-q1-b-why = Mesajelor care dispar li se poate face totuși captură de ecran sau pot fi filmate. Iar setările unei aplicații nu schimbă legea.
s-older-teens-images-law-q1-c = În multe țări e ilegal sub 18 ani, chiar cu acordul nostru
s-older-teens-images-law-q1-c-why = Multe țări consideră ilegale imaginile sexuale cu persoane sub 18 ani, oricine le-ar face. Dacă spuneți nu sau așteptați, vă protejați pe amândoi.
s-older-teens-images-law-if-shared =
    Dacă o imagine cu tine a fost distribuită sau cineva amenință că o distribuie: nu e prea târziu. Nu plăti și nu mai trimite nimic. Salvează dovezile și raporteaz-o.

    <b>Take It Down</b> (takeitdown.ncmec.org) funcționează pentru imagini de dinainte să împlinești 18 ani. Iar dacă cineva îți trimite un nud cu alt adolescent, nu-l da mai departe: raportează-l, apoi șterge-l.
s-older-teens-images-law-what-to-do =
    <b>Ce poți face</b>
    Poți spune oricând nu. Nu da niciodată mai departe un nud cu altcineva. Dacă circulă o imagine cu tine, folosește takeitdown.ncmec.org, raporteaz-o în aplicație și la o linie de raportare și vorbește cu un adult de încredere sau cu o linie de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 3: Dating apps and adults

s-older-teens-dating-apps-title = Aplicațiile de dating și adulții
s-older-teens-dating-apps-intro =
    Cele mai multe aplicații mari de dating sunt doar pentru adulți: regulile lor spun că trebuie să ai cel puțin 18 ani. Tinder, de exemplu, îi acceptă doar pe cei de 18 ani și peste.

    Regula asta există cu un motiv. Aplicațiile de dating sunt pline de adulți care caută adulți, iar dacă minți în legătură cu vârsta, ajungi în fața unor oameni care n-ar trebui să te contacteze.
s-older-teens-dating-apps-intro-alt = Un adolescent ridică mâna și se trage înapoi de la un telefon cu o aplicație de dating, lângă un semn de acces interzis.
s-older-teens-dating-apps-adults-red-flag =
    Un adult care vrea o relație romantică sau sexuală cu cineva sub 18 ani e un <b>semnal de alarmă</b>, nu un compliment, chiar dacă îți spune că pari mai mare și chiar dacă e drăguț cu tine.

    Ai grijă la adulții care vor să țină relația secretă, îți trimit cadouri sau bani, îți cer poze, vor să vă vedeți între patru ochi sau spun că vârsta e „doar un număr”. Adulții cărora le pasă de tineri respectă limitele de vârstă.
s-older-teens-dating-apps-q1 = Ai 16 ani. Cineva de 24 de ani pe care l-ai cunoscut online îți spune că ai o maturitate peste vârsta ta și vrea să vă vedeți. Ce e asta?
s-older-teens-dating-apps-q1-a = E măgulitor, înseamnă că par mai mare
s-older-teens-dating-apps-q1-a-why = E plăcut când cineva te remarcă. Dar replica despre maturitate e una binecunoscută, pe care adulții o folosesc ca să se apropie de adolescenți.
s-older-teens-dating-apps-q1-b = Un semnal de alarmă: un adult care curtează un adolescent
s-older-teens-dating-apps-q1-b-why = Un adult care vrea o relație cu cineva sub 18 ani nu e o persoană sigură, oricât de drăguț ar părea. Nu mai răspunde, nu te întâlni cu el, salvează conversația și spune-i unui adult de încredere.
s-older-teens-dating-apps-q1-c = E OK dacă ne vedem într-un loc public
s-older-teens-dating-apps-q1-c-why = Întâlnirea într-un loc public e un obicei bun când adulții ies cu alți adulți. Dar aici problema e că un adult vrea o relație cu un adolescent. Nu te întâlni cu el.
s-older-teens-dating-apps-meeting-people =
    Dacă îți faci cunoștințe online la vârsta ta:
    • Folosește aplicații făcute pentru vârsta ta și ține-ți profilurile private.
    • Nu merge niciodată fără cineva cu tine când te vezi cu o persoană pe care o știi doar online. Spune-i unui adult unde mergi și întâlniți-vă într-un loc public.
    • Dacă un adult flirtează cu tine sau îți cere poze, poți ieși din conversație, îl poți bloca și raporta și nu vei avea probleme pentru asta.
s-older-teens-dating-apps-what-to-do =
    <b>Ce poți face</b>
    Stai departe de aplicațiile 18+. Dacă un adult umblă după tine online: nu mai răspunde, nu te întâlni cu el, salvează mesajele, blochează și raportează și spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări). Comportamentul lui e greșit, nu al tău.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 4: Offers that are too good to be true

s-older-teens-offers-title = Oferte prea bune ca să fie adevărate
s-older-teens-offers-intro =
    „Ai putea fi model.” „Bani ușori, doar câteva poze.” „Îți trimit un card cadou dacă…”

    Ofertele de felul ăsta vin în DM-uri, în comentarii și în jocuri. Unele sunt escrocherii ca să-ți ia banii. Altele sunt un mod de a obține poze cu tine, care pot fi folosite apoi ca să facă presiuni asupra ta sau să te șantajeze.
s-older-teens-offers-intro-alt = O ofertă strălucitoare într-un plic, verificată cu o lupă, lângă un semn de acces interzis.
s-older-teens-offers-fake-modelling =
    <b>Oferte false de modeling sau de job</b>: agențiile reale nu caută adolescenți prin DM-uri și nu le cer poze în lenjerie, poze nud sau un apel video privat. Agențiile de modele au avertizat că falșii recrutori fac exact asta.

    Dacă o ofertă pare reală, verific-o cu un adult de încredere: caută tu compania și contacteaz-o prin site-ul ei oficial, nu prin linkul primit.
s-older-teens-offers-easy-money =
    <b>Bani ușori</b>: ofertele prin care cineva îți dă bani pentru poze, pentru chaturi private sau pentru „doar câteva minute pe cameră” sunt capcane. Poți pierde bani sau poți ajunge victima unui șantaj.

    <b>Cadouri pentru poze</b>: bani, carduri cadou, credite în jocuri sau haine în schimbul unor poze înseamnă exploatare, chiar dacă totul începe cu „doar un selfie”. De obicei, cererile devin tot mai mari.
s-older-teens-offers-q1 = Un „recrutor” îți scrie că ai putea fi model: trimite doar câteva poze în lenjerie, ca să începem. Ce faci?
s-older-teens-offers-q1-a = Le trimit, e o șansă mare
s-older-teens-offers-q1-a-why = E super să ai vise mari, iar escrocii profită de ele. Agențiile reale nu cer poze în lenjerie prin DM.
s-older-teens-offers-q1-b = Le trimit, dar cu fața ascunsă
s-older-teens-offers-q1-b-why = Să-ți ascunzi fața e un semn de prudență. Dar tot i-ai da unui necunoscut poze intime, care pot fi folosite ca să facă presiuni asupra ta.
s-older-teens-offers-q1-c = Nu trimit; verific agenția cu un adult
s-older-teens-offers-q1-c-why = O ofertă reală va fi tot acolo după ce o verifici. Blochează și raportează contul și discută situația cu un adult de încredere.
s-older-teens-offers-what-to-do =
    <b>Ce poți face</b>
    Dacă o ofertă îți cere poze, bani în avans sau secret, nu e o ofertă reală. Nu trimite nimic. Salvează mesajele, blochează și raportează contul și spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări). Dacă ai trimis deja ceva, nu vei avea probleme: cere ajutor acum.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 5: Healthy or controlling?

s-older-teens-healthy-title = Relație sănătoasă sau control?
s-older-teens-healthy-intro =
    O relație bună, online și offline, îți dă siguranță, respect și libertatea de a fi cine ești.

    Certurile și puțină gelozie se mai întâmplă. Controlul e altceva: înseamnă că o persoană încearcă să decidă ce face cealaltă.
s-older-teens-healthy-intro-alt = Doi adolescenți zâmbesc unul lângă altul, cu o inimă deasupra, o bifă verde și un lacăt deschis.
s-older-teens-healthy-healthy =
    O relație <b>sănătoasă</b> arată așa:
    • Amândoi aveți prietenii, timpul și intimitatea voastră.
    • Vorbiți despre probleme și vă ascultați unul pe altul.
    • Oricare dintre voi poate spune nu, și e OK.
    • Nu trebuie să vă dați parolele sau locația ca să dovediți ceva.
    • Lângă persoana respectivă, te simți bine în pielea ta.
s-older-teens-healthy-controlling =
    <b>Controlul</b> arată așa:
    • Îți verifică telefonul sau îți cere parolele ori locația.
    • Se enervează dacă nu răspunzi imediat.
    • Îți spune pe cine să urmărești, pe cine să blochezi sau cu cine să vorbești.
    • Te umilește, în privat sau în postări.
    • Face presiuni să-i trimiți nuduri sau amenință că îți distribuie pozele.

    Acestea sunt semne de avertizare pentru abuz digital. Nu e dragoste și nu e vina ta.
s-older-teens-healthy-q1 = Iubitul sau iubita ta îți cere parolele „ca să dovedești că nu ascunzi nimic”. Ce e adevărat?
s-older-teens-healthy-q1-a = E corect, cuplurile își spun totul
s-older-teens-healthy-q1-a-why = Unele cupluri aleg să împartă anumite lucruri, de bunăvoie. Dar să ceri parole drept dovadă e control, nu încredere.
s-older-teens-healthy-q1-b = E un semn de control, nu de încredere
s-older-teens-healthy-q1-b-why = Într-o relație sănătoasă, încrederea nu are nevoie de astfel de dovezi. Poți spune nu și poți vorbi cu cineva în care ai încredere dacă se tot repetă.
s-older-teens-healthy-q1-c = E o problemă doar dacă îmi citește mesajele
s-older-teens-healthy-q1-c-why = E normal să speri că nu va scotoci. Dar să ceară acces înseamnă deja control, fie că îl folosește, fie că nu.
s-older-teens-healthy-a-friend =
    Uneori e mai ușor să vezi controlul în relația unui prieten decât în a ta.

    Dacă îți faci griji pentru un prieten, spune-i ce ai observat, fără să-l judeci pe el sau pe persoana cu care e. Ascultă-l. Amintește-i că nu e vina lui și că merită să se simtă în siguranță. Rămâi alături de el, chiar dacă încă nu e pregătit să facă ceva.
s-older-teens-healthy-q2 = Iubitul sau iubita unei prietene îi verifică telefonul și se enervează când ea se vede cu prietenii. Cum o poți ajuta?
s-older-teens-healthy-q2-a = Nu mă bag, e relația lor
s-older-teens-healthy-q2-a-why = Poate fi ciudat să te implici. Dar prietena ta se poate simți foarte singură într-o relație ca asta, iar sprijinul blând contează.
s-older-teens-healthy-q2-b = Îi cer partenerului ei să se potolească
s-older-teens-healthy-q2-b-why = Vrei s-o protejezi, și asta e frumos. Dar o confruntare cu partenerul ei îi poate face situația și mai grea. Vorbește întâi cu prietena ta.
s-older-teens-healthy-q2-c = Ascult, nu judec, îi sugerez să vorbească cu cineva
s-older-teens-healthy-q2-c-why = Spune-i că ai observat și că îți pasă, și că nu e vina ei. Sugerează-i un adult de încredere sau o linie de asistență și rămâi alături de ea.
s-older-teens-healthy-what-to-do =
    <b>Ce poți face</b>
    Dacă o relație ți se pare controlatoare, meriți mai mult și nu e vina ta. Vorbește cu un adult de încredere sau cu o linie de asistență pentru copii (116 111 în multe țări). Dacă ți-e vreodată frică pentru siguranța ta, sună la numărul de urgență din țara ta.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.
