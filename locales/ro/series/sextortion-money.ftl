## Series: Sextortion scams for money (sextortion-money), for teens 13-17.
## Grounded in FBI, NCMEC and Thorn guidance on financial sextortion, paraphrased. The last lesson follows
## safe-messaging guidance (#chatsafe, Action Alliance framework): no method details, hope and help-seeking.
## Words chosen for teens: "sextorsiune", "escrocherie", "escroc", "adult de încredere".

s-sextortion-money-title = Sextorsiune pentru bani
s-sextortion-money-about = Cum funcționează escrocheriile cu sextorsiune pentru bani, ce faci în primele minute, cum ceri ștergerea imaginilor și la cine apelezi dacă totul pare prea mult. Nu trebuie să treci prin asta fără ajutor și nu e vina ta.

## Lesson 1: How the scam works

s-sextortion-money-pattern-title = Cum funcționează escrocheria
s-sextortion-money-pattern-intro =
    <b>Sextorsiunea financiară</b> e o escrocherie. Cineva păcălește un tânăr să trimită o poză sau un video nud ori sexual, apoi amenință că îl distribuie dacă nu plătește.

    O fac infractori, de multe ori grupuri organizate din alte țări, care încearcă asta cu mulți tineri deodată. Au multă experiență. Dacă ai căzut în capcană, nu e o dovadă de prostie. Înseamnă doar că cineva te-a ales ca țintă.
s-sextortion-money-pattern-intro-alt = Un adolescent cu un telefon în mână, lângă un telefon mai mare care arată un profil ascuns după o mască, cu ceasuri care ticăie.
s-sextortion-money-pattern-how-it-goes =
    De multe ori se întâmplă așa:
    • Te adaugă un profil nou, care flirtează, de multe ori cu aspect de fată de vârsta ta. Poate părea că aveți prieteni în comun.
    • Totul merge repede. Persoana îți trimite o „poză” cu ea și îți cere una înapoi.
    • În câteva minute sau ore, tonul se schimbă: „Plătește acum sau trimit asta prietenilor și familiei tale.” Îți poate arăta chiar lista cu followerii tăi.
    • Îți dă termene scurte, ca să intri în panică.
s-sextortion-money-pattern-who =
    Escrocheriile astea îi vizează mai ales pe <b>băieții adolescenți</b>. În raportările de sextorsiune financiară primite de NCMEC, cam 9 din 10 tineri vizați erau băieți între 14 și 17 ani (Thorn și NCMEC, 2024). Li se întâmplă și fetelor, și adulților.

    Așa că, dacă ți se întâmplă, află că li s-a întâmplat multor altora. Oamenii care ajută în astfel de situații au văzut asta de multe ori și nu te vor judeca.
s-sextortion-money-pattern-q1 = Un profil nou flirtează cu tine, îți trimite o poză în mai puțin de o oră și îți cere una înapoi. Ce se întâmplă?
s-sextortion-money-pattern-q1-a = Sigur îi plac foarte mult
s-sextortion-money-pattern-q1-a-why = E plăcut când cineva pare interesat, iar escrocii contează pe asta. Flirtul foarte rapid plus un schimb grăbit de poze e unul dintre cele mai des întâlnite tipare ale acestei escrocherii.
s-sextortion-money-pattern-q1-b = Probabil o escrocherie: prea repede și un schimb de poze
s-sextortion-money-pattern-q1-b-why = Oamenii reali rareori se grăbesc așa. Poți să nu mai răspunzi, apoi să blochezi și să raportezi profilul. Nu-i datorezi unui necunoscut nicio poză și nicio explicație.
s-sextortion-money-pattern-q1-c = E OK, dacă mi-a trimis întâi o poză
s-sextortion-money-pattern-q1-c-why = Poza trimisă întâi e un truc ca să te simți în siguranță. De obicei e furată de la altcineva.
s-sextortion-money-pattern-what-to-do =
    <b>Ce poți face</b>
    Dacă un contact nou trece repede la lucruri sexuale: oprește-te, nu trimite nimic, apoi blochează și raportează contul. Dacă ai trimis deja ceva și te amenință, lecția următoare îți arată primii pași. Spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 2: The first minutes

s-sextortion-money-first-steps-title = Primele minute
s-sextortion-money-first-steps-intro =
    Dacă cineva amenință că îți distribuie poza dacă nu plătești: <b>respiră adânc</b>. Acum poate părea sfârșitul lumii. Nu e. Oamenii trec peste asta și există oameni a căror meserie e să te ajute.

    Escrocul vrea să intri în panică și să plătești repede. Când o iei mai încet, îți iei înapoi controlul.
s-sextortion-money-first-steps-intro-alt = Un adolescent calm ridică mâna ca să spună stop, lângă o grămadă de monede tăiate cu o linie.
s-sextortion-money-first-steps-dont-pay =
    <b>Nu plăti.</b> Nici bani, nici carduri cadou, nici credite în jocuri. FBI avertizează că, și atunci când tinerii plătesc, escrocii cer adesea mai mult și fac și mai multe amenințări.

    <b>Nu mai răspunde.</b> Nu te certa, nu implora și nu negocia. Nu trebuie să răspunzi la niciun mesaj și nici să respecți vreun termen-limită. Tăcerea nu le dă nimic cu care să lucreze.
s-sextortion-money-first-steps-evidence =
    <b>Salvează dovezile</b> înainte să blochezi: capturi de ecran cu conversația și amenințările, numele de utilizator și linkul profilului și orice detalii de plată pe care ți le-au trimis.

    <b>Blochează și raportează</b> contul în aplicație. Dacă există o opțiune despre amenințări, șantaj sau nuditate, alege-o.

    <b>Nu-ți șterge încă contul</b>: mesajele ajută platformele și poliția să-i oprească.
s-sextortion-money-first-steps-q1 = Îți scrie: „Plătește în zece minute sau o să vadă toată lumea.” Care e cea mai bună mișcare?
s-sextortion-money-first-steps-q1-a = Plătesc, ca să se termine
s-sextortion-money-first-steps-q1-a-why = E complet de înțeles că vrei să se termine repede. Dar plata duce de obicei la și mai multe cereri. Păstrează-ți banii și cere mai bine ajutor.
s-sextortion-money-first-steps-q1-b = Îl implor să o șteargă
s-sextortion-money-first-steps-q1-b-why = E firesc să încerci să-l convingi. Dar dacă răspunzi, îi arăți că ți-e frică, iar el profită de asta. Tăcerea funcționează mai bine.
s-sextortion-money-first-steps-q1-c = Nu mai răspund, salvez dovezile, blochez, spun cuiva
s-sextortion-money-first-steps-q1-c-why = Termenul-limită e un truc ca să te preseze. Capturi de ecran, blocare și raportare, plus un adult de încredere sau o linie de asistență alături de tine: așa ieși din asta.
s-sextortion-money-first-steps-what-to-do =
    <b>Ce poți face</b>
    Nu plăti. Nu mai răspunde. Salvează capturi de ecran. Blochează și raportează, dar păstrează-ți contul. Apoi spune-i cuiva <b>acum</b>: unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări). Dacă te simți în pericol, sună la numărul de urgență din țara ta.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 3: Tell someone, take it down

s-sextortion-money-tell-takedown-title = Spune cuiva, cere ștergerea
s-sextortion-money-tell-takedown-intro =
    Să spui cuiva poate părea partea cea mai grea. Poate îți faci griji că vei avea probleme sau că oamenii te vor vedea altfel.

    Majoritatea adulților, și orice linie de asistență pentru copii, vor fi de partea ta. E o infracțiune împotriva ta. Nu vei avea probleme pentru că ceri ajutor, chiar dacă ai încălcat o regulă sau ai trimis poza.
s-sextortion-money-tell-takedown-intro-alt = Un adolescent vorbește cu un adult de încredere care îl ascultă cu blândețe, cu o inimă între ei.
s-sextortion-money-tell-takedown-who-to-tell =
    Cui poți să-i spui:
    • Unui părinte sau cuiva care are grijă de tine, unei rude mai mari, unui profesor sau consilierului școlar.
    • Unei linii de asistență pentru copii: e gratuită, confidențială și nu trebuie să-ți spui numele (116 111 în multe țări).

    Cum poți începe: „Cineva mă amenință online și am nevoie de ajutor.” Nu trebuie să explici totul deodată. Dacă prima persoană nu te ajută, spune-i altcuiva.
s-sextortion-money-tell-takedown-take-it-down =
    Poți ajuta și la oprirea răspândirii pozei, chiar înainte ca ei s-o distribuie.

    <b>Take It Down</b> (takeitdown.ncmec.org) e gratuit și îl poți folosi fără să-ți spui numele. E pentru imagini nud sau sexuale cu tine de când aveai sub 18 ani. Face o amprentă digitală a imaginii pe dispozitivul tău, iar aplicațiile participante o folosesc ca să găsească și să șteargă copiile. Imaginea în sine nu e încărcată niciodată.
s-sextortion-money-tell-takedown-q1 = Ce e adevărat despre Take It Down?
s-sextortion-money-tell-takedown-q1-a = Poate funcționa înainte ca poza să fie distribuită
s-sextortion-money-tell-takedown-q1-a-why = Îl poți folosi imediat ce îți faci griji, fără să-ți spui numele. Aplicațiile participante pot bloca apoi imaginea dacă cineva încearcă s-o posteze acolo.
s-sextortion-money-tell-takedown-q1-b = Trebuie să le încarc poza
s-sextortion-money-tell-takedown-q1-b-why = E o grijă des întâlnită. Dar poza rămâne pe dispozitivul tău: se trimite doar amprenta ei digitală.
s-sextortion-money-tell-takedown-q1-c = Merge doar dacă mă duc întâi la poliție
s-sextortion-money-tell-takedown-q1-c-why = Poliția poate ajuta și e un pas bun să-i spui. Dar poți folosi Take It Down pe cont propriu sau cu un adult de încredere, fără să mergi întâi la poliție.
s-sextortion-money-tell-takedown-not-your-fault =
    Orice s-ar fi întâmplat înainte de amenințări, cel care te șantajează e cel care comite o infracțiune. Nu e vina ta că ai avut încredere în cineva, că ai flirtat sau că ai trimis o poză.

    Escrocii vor să simți că nu ai pe nimeni și să-ți fie rușine, ca să taci. Din clipa în care spui cuiva, puterea lor începe să scadă.
s-sextortion-money-tell-takedown-q2 = A cui e vina în cazul sextorsiunii?
s-sextortion-money-tell-takedown-q2-a = A mea, pentru că am trimis poza
s-sextortion-money-tell-takedown-q2-a-why = Mulți se învinovățesc, iar escrocul exact asta vrea. Dar să trimiți o poză cuiva în care aveai încredere nu e o infracțiune. Șantajul este.
s-sextortion-money-tell-takedown-q2-b = Doar a celui care face amenințările
s-sextortion-money-tell-takedown-q2-b-why = Cel care te amenință a ales să comită o infracțiune. Tu meriți ajutor și sprijin, nu vină.
s-sextortion-money-tell-takedown-q2-c = Puțin a amândurora
s-sextortion-money-tell-takedown-q2-c-why = Poate părea așa când ți-e frică. Dar vina nu se împarte: e a celui care face amenințările.
s-sextortion-money-tell-takedown-what-to-do =
    <b>Ce poți face</b>
    Spune-i azi unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări). Folosește takeitdown.ncmec.org ca să ajuți la oprirea răspândirii imaginii și raportează contul în aplicație. Nu vei avea probleme pentru că ceri ajutor.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 4: When it feels like too much

s-sextortion-money-too-much-title = Când simți că e prea mult
s-sextortion-money-too-much-intro =
    O amenințare ca asta te poate copleși. Poate te cuprind panica sau rușinea, poate nu reușești să dormi sau ai impresia că nu există nicio ieșire.

    Sentimentele astea sunt o reacție normală la ceva înfricoșător. Nu înseamnă că lucrurile nu se pot îmbunătăți. Cu ajutor, chiar se îmbunătățesc. Mulți tineri au trecut prin asta și au ieșit cu bine.
s-sextortion-money-too-much-intro-alt = Un adolescent vorbește la telefon cu o linie de asistență, în timp ce în spatele lui răsare soarele.
s-sextortion-money-too-much-reach-out =
    <b>Dacă te gândești să-ți faci rău, sună acum la linia de asistență pentru copii sau la numărul de urgență din țara ta.</b> În multe țări, linia de asistență pentru copii este 116 111. E gratuită și cineva e acolo să te asculte.

    Nu ai nevoie de cuvintele potrivite. „Cineva mă amenință online și nu mai fac față” e de ajuns. Nu trebuie să treci prin asta fără ajutor, nici măcar o noapte.
s-sextortion-money-too-much-q1 = E târziu, ți-e frică și simți că nu mai faci față. Ce te ajută chiar acum?
s-sextortion-money-too-much-q1-a = Țin totul pentru mine până dimineață
s-sextortion-money-too-much-q1-a-why = E de înțeles că vrei să ascunzi asta, mai ales noaptea. Dar nu trebuie să aștepți: liniile de asistență și numerele de urgență sunt acolo chiar acum, iar să vorbești ajută.
s-sextortion-money-too-much-q1-b = Sun la linia de asistență sau trezesc un adult de încredere
s-sextortion-money-too-much-q1-b-why = Să ceri ajutor imediat e un semn de putere, nu de slăbiciune. O linie de asistență sau un adult te poate ajuta să te simți mai în siguranță în noaptea asta și să faci un plan pentru mâine.
s-sextortion-money-too-much-q1-c = Îi plătesc, ca să treacă sentimentul ăsta
s-sextortion-money-too-much-q1-c-why = Orice pune capăt fricii poate părea că merită. Dar plata aduce de obicei și mai multe cereri. Ce ajută cu adevărat e să vorbești cu cineva.
s-sextortion-money-too-much-friend =
    Dacă un prieten îți spune că e amenințat și pare fără speranță sau spune că vrea să-și facă rău:
    • Ia-l în serios și rămâi cu el, față în față sau la telefon.
    • Spune-i: „Nu e vina ta. O să găsim ajutor.”
    • Implică imediat un adult de încredere sau sunați împreună la o linie de asistență ori la numărul de urgență.

    Nu trebuie să rezolvi tu totul. E destul să cauți ajutor.
s-sextortion-money-too-much-what-to-do =
    <b>Ce poți face</b>
    Dacă te gândești să-ți faci rău, sună acum la linia de asistență pentru copii (116 111 în multe țări) sau la numărul de urgență din țara ta. Dacă ți-e frică, dar ești în siguranță, spune-i azi unui adult de încredere. Starea asta va trece și nu trebuie să treci prin ea fără ajutor.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și numerele de urgență din țara ta.
