## Series: Running a session with the bot (trainer-guide), for trainers and teachers.
## Structure: content/series/trainer-guide.yaml. Grounded in WeProtect's Model National Response (capability 13),
## the eSafety Commissioner's guidance for educators, NSPCC safeguarding guidance, UNICEF and the PSHE Association
## (paraphrased; sources in the yaml).
## Professional register ("dumneavoastră"); the bot's own labels as in locales/ro (Cere ajutor, Trimite o serie,
## grupă, formator). "Safeguarding lead": responsabilul cu protecția copilului; "referral route": calea de referire.

s-trainer-guide-title = Cum desfășurați o sesiune cu botul
s-trainer-guide-about = Patru lecții scurte pentru profesori și formatori: ce pregătiți, cum desfășurați sesiunea, cum continuați după ea și ce faceți dacă un copil vă spune despre un abuz.

## Lesson 1: Before the session

s-trainer-guide-before-title = Înainte de sesiune
s-trainer-guide-before-intro =
    Acest bot le oferă tinerilor (13-17 ani) și persoanelor care îngrijesc copii lecții scurte cu quizuri și, în orice moment, ajutor pentru țara lor. Sesiunea dumneavoastră face parte din ceva mai amplu: Modelul de răspuns național (MNR) al WeProtect cere fiecărei țări un program educațional care să le vorbească copiilor, părinților și profesioniștilor despre dreptul la protecție și despre unde pot cere ajutor și pot raporta (capacitatea 13 din MNR).

    O sesiune bună este planificată împreună cu școala, nu doar susținută.
s-trainer-guide-before-intro-alt = Un formator lângă un clipboard cu căsuțe bifate, un calendar și un telefon care arată un link, cu un scut.
s-trainer-guide-before-check-help =
    <b>Verificați mai întâi ajutorul.</b> Deschideți chiar dumneavoastră botul, alegeți țara în care locuiește grupul și apăsați pe <b>Cere ajutor</b>. Verificați ce afișează: linia de asistență pentru copii, linia de raportare și numărul de urgență.

    Apoi adăugați căile locale: consilierul școlar, responsabilul cu protecția copilului și calea națională de referire în protecția copilului. Dacă în bot lipsește ceva sau o informație nu mai e actuală, anunțați echipa programului înainte de sesiune.
s-trainer-guide-before-plan =
    <b>Stabiliți un plan cu responsabilul cu protecția copilului</b>, persoana care răspunde de protecția copiilor în școală:
    • ce serii și lecții folosiți și de ce
    • aprobările necesare școlii și informarea părinților
    • vârsta: tinerii trebuie să aibă cel puțin 13 ani (16 ani în UE și în Regatul Unit)
    • cine va fi în sală și un spațiu liniștit pentru cine are nevoie de o pauză
    • ce se întâmplă dacă un copil dezvăluie un abuz, în timpul sesiunii sau după
s-trainer-guide-before-q1 = Ce ar trebui să se întâmple înainte să dați clasei linkul de înscriere?
s-trainer-guide-before-q1-a = Îl postez pe grupul de chat al elevilor
s-trainer-guide-before-q1-a-why = Distribuirea linkului e partea ușoară. Fără un plan stabilit cu școala, nimeni nu știe ce să facă dacă un elev e tulburat sau dezvăluie un abuz.
s-trainer-guide-before-q1-b = Stabilesc un plan cu responsabilul cu protecția copilului
s-trainer-guide-before-q1-b-why = Responsabilul cu protecția copilului cunoaște procedura școlii și căile de referire. Cu planul stabilit dinainte, toată lumea știe ce se întâmplă dacă un copil are nevoie de ajutor.
s-trainer-guide-before-q1-c = Nimic: botul se ocupă de siguranță
s-trainer-guide-before-q1-c-why = Botul afișează resursele de ajutor în orice moment, dar nu poate investiga și nu poate avea grijă de un copil din sală. Asta rămâne responsabilitatea dumneavoastră și a școlii.
s-trainer-guide-before-cohort =
    <b>Creați o grupă.</b> Trimiteți /newcohort și un nume, de exemplu /newcohort Clasa a IX-a B. Pe fișa grupei, setați publicul, limba, țara și fusul orar. Apoi distribuiți linkul de înscriere în clasă sau pe canalul obișnuit al școlii.

    Veți vedea câte persoane s-au înscris, niciodată cine sunt sau ce răspund. Fiecare lecție durează aproximativ cinci minute; lăsați timp și pentru discuții.
s-trainer-guide-before-q2 = Ce puteți vedea despre membrii grupei dumneavoastră?
s-trainer-guide-before-q2-a = Numele lor și răspunsurile la quizuri
s-trainer-guide-before-q2-a-why = Botul e construit astfel încât formatorii să nu vadă niciodată cine s-a înscris sau ce a răspuns cineva. Asta îi protejează pe elevi și merită să le spuneți.
s-trainer-guide-before-q2-b = Câți s-au înscris, niciodată cine
s-trainer-guide-before-q2-b-why = Formatorii văd numărul de membri și progresul trimiterilor, niciodată nume sau răspunsuri. Le puteți spune elevilor asta cu toată sinceritatea: îi ajută să participe liber.
s-trainer-guide-before-q2-c = Ce îi scriu botului
s-trainer-guide-before-q2-c-why = Ce îi scrie un tânăr botului nu este niciodată stocat sau arătat cuiva, nici dumneavoastră. La formator ajung doar cifre.
s-trainer-guide-before-what-to-do =
    <b>Ce aveți de făcut: lista de verificare</b>
    • Ajutorul verificat în bot pentru țara grupului
    • Plan stabilit cu responsabilul cu protecția copilului
    • Aprobări obținute și părinți informați
    • Grupă creată și link de înscriere pregătit
    • Timp planificat și un spațiu liniștit disponibil

    Butonul <b>Cere ajutor</b> din bot arată liniile de asistență din fiecare țară; în multe țări, la 116 111 răspunde o linie de asistență pentru copii.

## Lesson 2: During the session

s-trainer-guide-during-title = În timpul sesiunii
s-trainer-guide-during-introduce =
    <b>Prezentarea botului.</b> Păstrați un ton pozitiv: viața online face parte din viața lor, iar scopul e să aibă controlul, nu să le fie frică. Spuneți-le celor din grup:
    • sunt lecții scurte și quizuri, în ritmul fiecăruia
    • vedeți câți s-au înscris, niciodată cine sau ce răspund
    • <b>Cere ajutor</b> din bot funcționează oricând, iar /stop oprește mesajele
    • nimeni nu trebuie să spună ceva personal
s-trainer-guide-during-introduce-alt = Un formator arată spre un ecran cu un scut și bule de chat, în timp ce patru tineri se uită.
s-trainer-guide-during-ground-rules =
    <b>Stabiliți împreună regulile de bază</b> și reveniți la ele:
    • ne ascultăm unii pe alții cu respect
    • fără nume de persoane reale; nu e nevoie de povești personale
    • oricine poate să nu răspundă
    • ce se spune aici nu devine bârfă

    Folosiți situații inventate („ce ar putea face cineva de vârsta voastră?”) în loc să întrebați despre viața lor. Spuneți-le unde pot merge după oră, în privat, dacă ceva îi îngrijorează.
s-trainer-guide-during-q1 = Un elev începe să povestească în fața clasei ceva ce i s-a întâmplat unui prieten, cu nume. Ce faceți?
s-trainer-guide-during-q1-a = Îl las să continue: e un exemplu real
s-trainer-guide-during-q1-a-why = Exemplele reale pot avea un impact puternic. Dar numele spuse în fața clasei pot expune un copil și îi pot răspândi povestea și mai departe.
s-trainer-guide-during-q1-b = Îl opresc cu blândețe și îi propun să vorbim mai târziu
s-trainer-guide-during-q1-b-why = O pauză blândă protejează intimitatea tuturor, iar regula de bază face ca momentul să pară firesc, nu o mustrare. Reveniți în privat: ar putea fi o dezvăluire.
s-trainer-guide-during-q1-c = Îl mustru în fața clasei
s-trainer-guide-during-q1-c-why = Regula contează, dar o mustrare în public poate face de rușine un elev care poate încerca, de fapt, să ceară ajutor.
s-trainer-guide-during-questions =
    <b>Cum răspundeți la întrebări</b>
    • Răspundeți simplu și sincer. „Nu știu, o să aflu” e un răspuns foarte bun.
    • Oferiți o cale anonimă de a pune întrebări, de exemplu o cutie pentru întrebări.
    • Corectați învinovățirea când o auziți: o poză trimisă nu înseamnă niciodată că cineva merită să fie șantajat sau ca poza să-i fie distribuită.
    • Rămâneți la fapte și la ce e de făcut. Fără povești înfricoșătoare.
s-trainer-guide-during-distress =
    <b>Urmăriți semnele de suferință.</b> Unii elevi ar putea să fi trecut chiar prin ce discutați. Printre semne: tăcere neobișnuită, ieșirea din sală, lacrimi, furie sau glume neobișnuite.

    Lăsați elevii să ia o pauză fără să explice de ce și asigurați-vă că un adult desemnat poate vedea cum se simt. Reveniți în privat după sesiune și transmiteți orice îngrijorare responsabilului cu protecția copilului.
s-trainer-guide-during-q2 = Un elev pare tulburat și iese din sală în timpul lecției despre sextorsiune. Ce ajută cel mai mult?
s-trainer-guide-during-q2-a = Continui, ca să nu se simtă urmărit
s-trainer-guide-during-q2-a-why = E un gest de grijă să nu atrageți atenția asupra lui. Dar un elev care iese tulburat din sală nu ar trebui lăsat singur.
s-trainer-guide-during-q2-b = Un adult desemnat merge acum să vadă ce face
s-trainer-guide-during-q2-b-why = O verificare discretă, imediat, vă asigură că elevul e în siguranță și nu e singur. Reveniți mai târziu în privat și anunțați responsabilul cu protecția copilului dacă aveți motive de îngrijorare.
s-trainer-guide-during-q2-c = Îl întreb în fața clasei ce s-a întâmplat
s-trainer-guide-during-q2-c-why = Dacă îl întrebați de față cu toți, elevul se poate simți jenat și e mai puțin probabil să vorbească. O discuție în privat funcționează mai bine.
s-trainer-guide-during-what-to-do =
    <b>Ce aveți de făcut</b>
    • Prezentați botul pozitiv și arătați butonul <b>Cere ajutor</b>.
    • Stabiliți regulile de bază: nimeni nu povestește întâmplări personale.
    • Răspundeți simplu și corectați învinovățirea.
    • Urmăriți semnele de suferință și reveniți în privat.

    Încheiați fiecare sesiune spunând unde se poate cere ajutor: un adult de încredere, responsabilul cu protecția copilului și o linie de asistență pentru copii (116 111 în multe țări).

## Lesson 3: After the session

s-trainer-guide-after-title = După sesiune
s-trainer-guide-after-drip =
    <b>Continuați învățarea.</b> Pe fișa grupei, apăsați pe <b>Trimite o serie</b>. Alegeți <b>Acum</b> ca fiecare membru să primească lecția următoare sau o trimitere eșalonată: o lecție pe zi sau în fiecare zi lucrătoare, la o oră locală aleasă de dumneavoastră.

    Orele de liniște de noapte nu sunt folosite niciodată, cei care se înscriu mai târziu încep cu prima lecție, iar cine a trimis /stop nu primește nimic.
s-trainer-guide-after-drip-alt = Un calendar cu zile bifate trimite lecții pe trei telefoane, iar dedesubt sunt evaluări cu degetul mare ridicat.
s-trainer-guide-after-follow-up =
    <b>Continuarea</b>
    • O discuție scurtă după o săptămână: ce își amintesc și ce ar face?
    • Amintiți-le tuturor unde pot cere ajutor.
    • Discutați cu responsabilul cu protecția copilului: a apărut ceva?
    • Implicați și părinții: o grupă pentru părinți poate primi seria pentru părinți, ca familiile să continue discuția acasă.
s-trainer-guide-after-q1 = Care e cel mai bun mod de a continua învățarea?
s-trainer-guide-after-q1-a = Trimit toate lecțiile deodată, seara târziu
s-trainer-guide-after-q1-a-why = Economisește timp, dar un morman de lecții e ușor de ignorat, iar lecțiile programate în orele de liniște așteaptă oricum până dimineață.
s-trainer-guide-after-q1-b = Câte o lecție pe zi, plus o discuție ulterioară
s-trainer-guide-after-q1-b-why = O lecție pe zi, la o oră rezonabilă, e ușor de urmat, iar o scurtă discuție ulterioară în clasă ajută la fixarea mesajelor-cheie.
s-trainer-guide-after-q1-c = Nimic în plus: o sesiune e de ajuns
s-trainer-guide-after-q1-c-why = O sesiune e un început bun, dar mesajele se fixează mai bine când revin și sunt discutate din nou.
s-trainer-guide-after-feedback =
    <b>Colectați feedback în siguranță.</b> După fiecare lecție, participanții o pot evalua cu o singură atingere (Utilă, Nu știu sigur, Nu e utilă), iar după o serie botul pune o întrebare scurtă. Echipa programului poate organiza și sondaje rapide.

    Nimeni nu scrie nimic, iar rezultatele apar doar ca totaluri, acolo unde au răspuns cel puțin 5 persoane. Împărtășiți ce aflați cu echipa programului și întrebați-vă și grupul ce l-a ajutat.
s-trainer-guide-after-q2 = Ce feedback puteți folosi fără să puneți un elev în pericol?
s-trainer-guide-after-q2-a = Capturi de ecran cu răspunsurile fiecărui elev
s-trainer-guide-after-q2-a-why = Poate părea o metodă temeinică, dar expune fiecare elev și ce știe sau prin ce a trecut. Totalurile vă spun ce aveți nevoie.
s-trainer-guide-after-q2-b = Evaluările botului, dintr-o atingere, ca totaluri
s-trainer-guide-after-q2-b-why = Evaluările și sondajele sunt anonime pentru dumneavoastră și apar doar ca totaluri, așa că elevii pot răspunde sincer fără să fie identificați.
s-trainer-guide-after-q2-c = Întreb fiecare elev, cu voce tare, ce a greșit
s-trainer-guide-after-q2-c-why = Întrebările în public îi pot face pe elevi să se simtă jenați și e mai puțin probabil să vorbească. Modurile anonime de a întreba funcționează mai bine.
s-trainer-guide-after-what-to-do =
    <b>Ce aveți de făcut</b>
    • Trimiteți seria eșalonat, la o oră rezonabilă.
    • Planificați o scurtă discuție ulterioară și propuneți o sesiune pentru părinți.
    • Analizați totalurile evaluărilor și sondajelor cu echipa programului.
    • Discutați cu responsabilul cu protecția copilului după fiecare sesiune.

    Amintiți-le elevilor de <b>Cere ajutor</b> din bot, de un adult de încredere și de o linie de asistență pentru copii (116 111 în multe țări).

## Lesson 4: If a child discloses

s-trainer-guide-disclosure-title = Dacă un copil dezvăluie un abuz
s-trainer-guide-disclosure-listen =
    Un copil vă poate spune ceva în timpul sesiunii sau după: direct, printr-o aluzie sau ca și cum i s-ar fi întâmplat „unui prieten”. Îi trebuie mult curaj și s-ar putea să fie nevoie de mai multe discuții.

    <b>Ascultați.</b> Păstrați-vă calmul, acordați-i toată atenția și lăsați-l să vorbească în ritmul lui. Nu-l întrerupeți și nu puneți întrebări sugestive. Reluați chiar cuvintele lui, ca să arătați că înțelegeți. Spuneți-i: „Ai făcut bine că mi-ai spus. Nu e vina ta.”
s-trainer-guide-disclosure-listen-alt = Un profesor stă lângă un tânăr pe o canapea și îl ascultă, cu o inimă, o bulă de dialog și un carnețel alături.
s-trainer-guide-disclosure-no-secret =
    <b>Nu promiteți că păstrați secretul.</b> Explicați-i cu blândețe că nu puteți păstra secretul, dar că veți spune doar persoanelor a căror meserie e să-l ajute să fie în siguranță, și spuneți-i ce se va întâmpla în continuare.

    <b>Nu investigați.</b> Nu-i puneți întrebări detaliate, nu-i cereți să vă arate telefonul sau vreo imagine și nu copiați și nu trimiteți niciodată o imagine. Nu contactați persoana pe care o numește. Aceasta e sarcina serviciilor de protecție a copilului și a poliției.
s-trainer-guide-disclosure-q1 = După oră, un elev vă întreabă: „Pot să vă spun ceva dacă promiteți să nu spuneți nimănui?” Ce îi răspundeți?
s-trainer-guide-disclosure-q1-a = „Promit. Poți avea încredere în mine.”
s-trainer-guide-disclosure-q1-a-why = Vreți să se simtă în siguranță ca să vorbească. Dar dacă dezvăluie un abuz, va trebui să transmiteți informația, iar o promisiune încălcată îi poate distruge încrederea.
s-trainer-guide-disclosure-q1-b = „Nu pot promite, dar voi spune doar celor care pot ajuta.”
s-trainer-guide-disclosure-q1-b-why = Sinceritatea de la început îi protejează încrederea: știe ce se va întâmpla înainte să decidă dacă vorbește, iar dumneavoastră vă puteți ține de cuvânt.
s-trainer-guide-disclosure-q1-c = „Mai bine spune-le părinților tăi.”
s-trainer-guide-disclosure-q1-c-why = Părinții pot fi un sprijin foarte bun, dar copilul v-a ales pe dumneavoastră, iar abuzul poate implica pe cineva de acasă. Ascultați mai întâi, apoi urmați procedura.
s-trainer-guide-disclosure-act =
    <b>Acționați în aceeași zi</b>
    • Anunțați imediat responsabilul cu protecția copilului. Nu lăsați copilul singur dacă este în pericol.
    • Dacă un copil este în pericol imediat, sunați la numărul de urgență.
    • Împreună cu responsabilul cu protecția copilului, urmați procedura școlii și calea națională de referire: serviciile de protecție a copilului, poliția sau o linie de raportare.
    • Butonul <b>Cere ajutor</b> din bot arată linia de asistență pentru copii și căile de raportare din fiecare țară.
s-trainer-guide-disclosure-record =
    <b>Notați faptele</b> cât mai curând:
    • data, ora și locul și cine a fost de față
    • ce a spus copilul, cu propriile lui cuvinte
    • ce ați spus și ce ați făcut, cui ați spus și când

    Nu includeți opinii și presupuneri. Semnați și datați notițele, păstrați-le cum prevede procedura și împărtășiți-le doar cu cei care trebuie să știe.
s-trainer-guide-disclosure-q2 = Care dintre acestea trebuie să apară în notițele dumneavoastră?
s-trainer-guide-disclosure-q2-a = Opinia mea despre cine e vinovat
s-trainer-guide-disclosure-q2-a-why = Îngrijorarea dumneavoastră contează, dar opiniile pot fi contestate și pot afecta o anchetă. Rămâneți la ce ați văzut și ați auzit.
s-trainer-guide-disclosure-q2-b = Cuvintele copilului și ce am făcut eu
s-trainer-guide-disclosure-q2-b-why = Faptele și cuvintele copilului sunt ce au nevoie responsabilul cu protecția copilului și orice anchetă. Adăugați data, ora și cui ați spus.
s-trainer-guide-disclosure-q2-c = Un rezumat, după ce i-am mai pus întrebări
s-trainer-guide-disclosure-q2-c-why = Întrebările suplimentare îl pot tulbura pe copil și îi pot schimba relatarea. Ascultați, nu investigați și notați ce v-a spus.
s-trainer-guide-disclosure-yourself =
    <b>Aveți grijă de dumneavoastră.</b> O dezvăluire vă poate rămâne în minte. E normal să simțiți tristețe, furie sau nesiguranță cu privire la felul în care ați reacționat.

    Discutați despre asta cu responsabilul cu protecția copilului sau cu supervizorul dumneavoastră și folosiți sprijinul pentru personal, dacă școala îl oferă, fără să dați mai multe detalii despre copil decât este necesar.
s-trainer-guide-disclosure-what-to-do =
    <b>Ce aveți de făcut</b>
    Ascultați, păstrați-vă calmul și credeți-l. Nu promiteți că păstrați secretul și nu investigați. Anunțați în aceeași zi responsabilul cu protecția copilului și urmați calea națională de referire. Notați faptele cu cuvintele copilului. Apoi aveți grijă de dumneavoastră.

    În caz de pericol imediat: numărul de urgență. Butonul <b>Cere ajutor</b> din bot arată liniile de asistență din fiecare țară; în multe țări, la 116 111 răspunde o linie de asistență pentru copii.
