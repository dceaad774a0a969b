## Series: AI fakes and nudify apps (ai-images), for teens 13-17.
## Grounded in NCMEC (generative AI, Take It Down), Thorn, IWF/Childline and eSafety guidance, paraphrased.
## Words chosen for teens: "deepfake", "nud fals", "aplicații nudify", "adult de încredere".

s-ai-images-title = Falsuri cu AI și aplicații nudify
s-ai-images-about = Cum poate AI să transforme o poză obișnuită într-un nud fals, de ce e abuz să faci sau să distribui așa ceva și ce poți face dacă ți se întâmplă ție sau unui prieten. Nu e niciodată vina ta.

## Lesson 1: What AI fakes are

s-ai-images-what-they-are-title = Ce sunt falsurile făcute cu AI
s-ai-images-what-they-are-intro =
    Multe aplicații folosesc AI ca să modifice poze. De cele mai multe ori e ceva distractiv: filtre, fețe amuzante, fundaluri noi.

    Dar unele instrumente, numite des aplicații <b>nudify</b> sau de „dezbrăcat” (undress), iau o poză obișnuită cu o persoană reală, complet îmbrăcată, și fac din ea o poză nud sau sexuală falsă. Falsurile de felul ăsta se mai numesc <b>deepfake-uri</b>.

    Persoana din poză nu și-a dat niciodată acordul. De multe ori nici nu știe că falsul există.
s-ai-images-what-they-are-intro-alt = O poză-portret obișnuită, o săgeată cu steluțe și o a doua poză acoperită de un semn roșu de interzis.
s-ai-images-what-they-are-how-made =
    E nevoie doar de o poză normală: un selfie, o poză cu echipa, o poză de profil. Falsul poate arăta foarte real, deși nu e.

    Așa că i se poate întâmpla oricui, inclusiv cuiva care n-a trimis niciodată un nud. Dacă ți se întâmplă ție, nu e din cauza a ceva ce ai făcut sau ai postat.
s-ai-images-what-they-are-how-common =
    Nu e ceva rar și nu doar tu ai dat peste așa ceva. Într-un sondaj cu tineri între 13 și 20 de ani, <b>1 din 17</b> adolescenți au spus că cineva a făcut un deepfake nud cu ei, iar <b>84%</b> dintre adolescenți au spus că aceste falsuri fac rău (Thorn, 2025).

    Majoritatea tinerilor știu că e greșit. Și asta contează: cu cât refuză mai mulți oameni să distribuie falsuri, cu atât se răspândesc mai puțin.
s-ai-images-what-they-are-q1 = Cineva a folosit o aplicație ca să facă un nud fals cu o persoană din clasă. Ce e adevărat?
s-ai-images-what-they-are-q1-a = E fals, deci nimeni nu suferă cu adevărat
s-ai-images-what-they-are-q1-a-why = Poza nu e reală, asta e adevărat. Dar persoana din ea simte rușinea, frica și bârfele ca și cum ar fi. De aceea, să faci sau să distribui un astfel de fals e abuz.
s-ai-images-what-they-are-q1-b = E abuz, chiar dacă e fals
s-ai-images-what-they-are-q1-b-why = Răul e real chiar dacă poza nu e: persoana nu și-a dat niciodată acordul, iar cei care văd poza ar putea s-o creadă. Să faci sau să distribui un nud fals cu cineva e abuz, oricine ar fi persoana.
s-ai-images-what-they-are-q1-c = E o problemă doar dacă pare real
s-ai-images-what-they-are-q1-c-why = Cât de real pare nu schimbă mare lucru. Chiar și un fals evident poate pune pe cineva într-o situație jenantă și poate fi folosit ca persoana să fie hărțuită, iar ea tot nu și-a dat acordul.
s-ai-images-what-they-are-what-to-do =
    <b>Ce poți face</b>
    Dacă vezi un nud fals cu oricine: nu-l distribui, nu-l comenta și raportează-l în aplicație. Dacă e cu tine sau cu un prieten, spune-i unui adult de încredere sau sună la o linie de asistență pentru copii (116 111 în multe țări). Lecțiile următoare îți arată pașii.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 2: Fake picture, real harm

s-ai-images-still-abuse-title = Poză falsă, rău real
s-ai-images-still-abuse-intro =
    Uneori oamenii fac falsuri „în glumă”, ca să se răzbune pe cineva sau pentru că i-au provocat alții pe un grup. Lor li se poate părea o simplă distracție.

    Pentru persoana din poză, poate fi ca și cum i s-ar fi luat corpul și intimitatea. Se poate simți rușinată, îi poate fi frică să meargă la școală sau se poate simți foarte singură. Iar odată distribuit, un fals poate ajunge departe și repede.
s-ai-images-still-abuse-intro-alt = Un adolescent îngrijorat în mijloc, iar aceeași poză apare pe mai multe telefoane în jurul lui.
s-ai-images-still-abuse-not-a-joke =
    Să faci, să ceri sau să distribui un nud fals cu o persoană reală e <b>abuz prin imagini</b>. Nu contează că poza e falsă.

    Când persoana are sub 18 ani, NCMEC, o organizație nonprofit pentru protecția copiilor, avertizează că a face sau a distribui astfel de falsuri nu doar că face foarte mult rău, ci poate avea și consecințe legale serioase, chiar și când le fac alți adolescenți.
s-ai-images-still-abuse-q1 = Un prieten îți zice: „Trimite-mi poza ei, o trec prin aplicația nudify. Doar așa, de râs.” Ce faci?
s-ai-images-still-abuse-q1-a = O trimit, e doar o glumă
s-ai-images-still-abuse-q1-a-why = Poate părea mai ușor să faci ce zice un prieten decât să spui nu. Dar o „glumă” ca asta o poate răni foarte tare, iar dacă trimiți poza, devii parte din ea.
s-ai-images-still-abuse-q1-b = Spun nu și îi zic că nu e OK
s-ai-images-still-abuse-q1-b-why = Dacă spui nu, oprești totul înainte să înceapă, și nu ai nevoie de o explicație lungă: „Nu. Nu e amuzant, e abuz.” Dacă o face oricum, raportează și spune-i unui adult de încredere.
s-ai-images-still-abuse-q1-c = Tac și îl las pe el să decidă
s-ai-images-still-abuse-q1-c-why = Poate părea mai sigur să nu te bagi. Dar tăcerea poate părea acord. Un „nu” scurt sau o discuție cu un adult o poate proteja.
s-ai-images-still-abuse-in-a-chat =
    Dacă apare un fals într-un chat în care ești, tot ai de ales:
    • Nu-l salva și nu-l da mai departe.
    • Spune că nu e OK, dacă te simți în siguranță să faci asta.
    • Raportează postarea și contul în aplicație.
    • Spune-i unui adult de încredere și scrie-i persoanei din poză, să vezi cum e.

    Dacă ai distribuit unul înainte și îți pare rău, nu e prea târziu: șterge-l, nu-l mai distribui și vorbește cu un adult în care ai încredere.
s-ai-images-still-abuse-q2 = Ce o ajută cel mai mult pe persoana dintr-o poză falsă?
s-ai-images-still-abuse-q2-a = O dau mai departe, ca să afle că circulă
s-ai-images-still-abuse-q2-a-why = Dorința ca persoana să afle vine din grijă. Dar dacă dai poza mai departe, o răspândești și mai mult. Poți să-i spui ei sau unui adult fără să trimiți poza.
s-ai-images-still-abuse-q2-b = O raportez și n-o dau mai departe
s-ai-images-still-abuse-q2-b-why = Fiecare distribuire face ca o poză să fie mai greu de șters. Raportarea ajută la eliminarea ei, iar dacă n-o dai mai departe, se oprește la tine.
s-ai-images-still-abuse-q2-c = Postez că e falsă
s-ai-images-still-abuse-q2-c-why = E frumos să iei apărarea cuiva. Dar o postare publică poate face și mai mulți oameni să caute poza. Raporteaz-o și sprijină persoana în privat.
s-ai-images-still-abuse-what-to-do =
    <b>Ce poți face</b>
    Nu face, nu cere și nu distribui niciodată un nud fals cu nimeni. Dacă vezi unul: nu-l da mai departe, raportează-l în aplicație și spune-i unui adult de încredere. Nu știi sigur ce să faci? Poți vorbi despre asta cu o linie de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 3: If it happens to you

s-ai-images-if-it-happens-title = Dacă ți se întâmplă ție
s-ai-images-if-it-happens-intro =
    Când găsești un nud fals cu tine, te pot copleși o mulțime de sentimente: șoc, furie, rușine, panică. Toate au sens.

    Ține minte: <b>nu e vina ta</b>. Nu tu l-ai făcut și nu ți-ai dat acordul. Responsabil e cel care l-a făcut sau l-a distribuit. Nu vei avea probleme și poți primi ajutor ca să rezolvi situația.
s-ai-images-if-it-happens-intro-alt = Un adult grijuliu ține un braț pe umerii unui adolescent, lângă un scut mare și verde cu o inimă pe el.
s-ai-images-if-it-happens-first-steps =
    Primii pași:
    • <b>Nu-l distribui</b> nimănui, nici măcar ca să arăți cât de grav e.
    • <b>Păstrează dovezile</b>: fă capturi de ecran cu mesajele, numele de utilizator și linkurile care arată unde a fost postat. Nu trebuie să păstrezi copii ale pozei în sine.
    • <b>Nu-i răspunde</b> celui care l-a făcut și nu plăti niciodată cuiva care te amenință cu el.
    • <b>Spune-i cuiva</b> în care ai încredere, chiar azi.
s-ai-images-if-it-happens-report =
    Apoi <b>raportează-l</b>:
    • În aplicația unde apare: postarea și contul.
    • La o <b>linie de raportare</b> pentru imagini sexuale cu persoane sub 18 ani. Se ocupă și de falsuri: 19% din raportările confirmate la Report Remove (serviciul britanic) erau poze modificate digital, inclusiv cu AI (IWF, 2025).
    • <b>Take It Down</b> (takeitdown.ncmec.org) ajută la ștergerea din aplicațiile participante a imaginilor nud sau sexuale cu tine de când aveai sub 18 ani. Vezi pe site dacă ți se potrivește.
s-ai-images-if-it-happens-q1 = Cineva a făcut un nud fals cu tine și circulă. Care e un prim pas bun?
s-ai-images-if-it-happens-q1-a = Îmi șterg toate conturile și dispar
s-ai-images-if-it-happens-q1-a-why = Să vrei să dispari e o reacție foarte normală. Dar dacă îți ștergi conturile, poți pierde dovezi care ajută la ștergerea pozei. Păstrează-le deocamdată, blochează și cere ajutor.
s-ai-images-if-it-happens-q1-b = Salvez dovezile, raportez, spun cuiva
s-ai-images-if-it-happens-q1-b-why = Capturi de ecran cu locul unde a fost postat și cu cine l-a postat, raportări în aplicație și la o linie de raportare, un adult de încredere sau o linie de asistență alături de tine: așa ajung falsurile să fie șterse.
s-ai-images-if-it-happens-q1-c = Le scriu tuturor că e fals
s-ai-images-if-it-happens-q1-c-why = Sigur că vrei ca lumea să afle adevărul. Dar mesajele trimise la toată lumea pot face și mai mulți oameni să-l caute. Lasă raportările și oamenii care te ajută să se ocupe de asta.
s-ai-images-if-it-happens-what-to-do =
    <b>Ce poți face</b>
    Nu e vina ta. Nu-l distribui. Salvează dovezile. Raportează-l în aplicație și la o linie de raportare și verifică takeitdown.ncmec.org. Spune-i unui adult de încredere sau sună la o linie de asistență pentru copii (116 111 în multe țări). Dacă cineva te amenință sau nu te simți în siguranță, sună la numărul de urgență din țara ta.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 4: If it happens to a friend

s-ai-images-friend-title = Dacă i se întâmplă unui prieten
s-ai-images-friend-intro =
    Dacă un prieten a devenit ținta unui astfel de fals, poți face o mare diferență doar prin felul în care reacționezi.

    Prietenul tău s-ar putea simți jenat, furios sau speriat că toată lumea a văzut. S-ar putea să nu vrea să vorbească la început, și e OK. Are nevoie mai ales să știe că ești de partea lui.
s-ai-images-friend-intro-alt = Doi prieteni stau aproape unul de altul, unul îl consolează pe celălalt, lângă un telefon care arată o poză blocată.
s-ai-images-friend-support =
    Lucruri care ajută:
    • „Te cred. Nu e vina ta.”
    • „Eu nu l-am distribuit și n-o să-l distribui.”
    • „Vrei să te ajut să-l raportezi sau să merg cu tine să-i spunem unui adult?”

    Lucruri de evitat: să ceri să-l vezi, să-l învinovățești că a postat poze sau să le povestești altora ce i s-a întâmplat.
s-ai-images-friend-q1 = Prietenul tău află că circulă un nud fals cu el. Ce îi spui mai întâi?
s-ai-images-friend-q1-a = „De ce ai postat poza aia?”
s-ai-images-friend-q1-a-why = Poate că doar încerci să înțelegi ce s-a întâmplat. Dar sună a reproș, iar problema nu a fost poza, ci cel care a făcut falsul.
s-ai-images-friend-q1-b = „E groaznic. Nu e vina ta. Sunt aici.”
s-ai-images-friend-q1-b-why = Dacă începi prin a-l crede și a-l sprijini, prietenul tău se simte mai puțin singur. Apoi îl poți ajuta să salveze dovezile, să raporteze și să-i spună unui adult de încredere.
s-ai-images-friend-q1-c = „Arată-mi, vreau să văd cât de grav e.”
s-ai-images-friend-q1-c-why = E firesc să vrei să înțelegi. Dar dacă te uiți, îi poți adânci rușinea, iar ca să-l ajuți nu e nevoie să vezi poza.
s-ai-images-friend-next-steps =
    Ajută-ți prietenul să facă pașii: capturi de ecran cu locul unde a fost postat, raportări în aplicație și la o linie de raportare, un adult de încredere sau o linie de asistență.

    Dacă prietenul tău pare foarte abătut, e amenințat sau îți cere să ții totul secret, spune-i oricum unui adult de încredere. Asta nu înseamnă că îl trădezi. Înseamnă că îl ajuți să primească ajutorul de care are nevoie.
s-ai-images-friend-q2 = Prietenul tău te roagă să nu spui nimănui și pare foarte abătut. Ce faci?
s-ai-images-friend-q2-a = Păstrez secretul, cum mi-a cerut
s-ai-images-friend-q2-a-why = Loialitatea contează. Dar unele lucruri sunt prea grele ca doi prieteni să le ducă fără ajutor, iar când un prieten e atât de abătut, un adult trebuie să afle.
s-ai-images-friend-q2-b = Îi spun unui adult de încredere și îl anunț pe prieten
s-ai-images-friend-q2-b-why = Poți să-i spui: „Țin prea mult la tine ca să păstrez asta doar pentru mine.” Un adult de încredere sau o linie de asistență vă poate sprijini pe amândoi.
s-ai-images-friend-q2-c = Postez despre asta, ca lumea să nu mai distribuie
s-ai-images-friend-q2-c-why = E bine că vrei să-l protejezi. Dar o postare poate face și mai mulți oameni să caute poza. Merge mai bine să raportezi discret și să implici un adult.
s-ai-images-friend-what-to-do =
    <b>Ce poți face</b>
    Crede-ți prietenul. Nu distribui falsul și nu cere să-l vezi. Ajută-l să salveze dovezile, să raporteze și să-i spună unui adult de încredere. Puteți suna și împreună la o linie de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.
