## Series: Today's online risks (caregivers-today), for parents and caregivers.
## Structure: content/series/caregivers-today.yaml. Grounded in NCMEC, Thorn, the FBI's warnings, the eSafety
## Commissioner, the Australian Federal Police, CEOP Thinkuknow and the NSPCC (paraphrased; sources in the yaml).
## Formal register ("dumneavoastră"); answer options are in the first person, as the parent would say them.

s-caregivers-today-title = Riscurile online de azi, pentru părinți
s-caregivers-today-about = Cinci lecții scurte pentru părinți și alte persoane care îngrijesc copii: imagini false făcute cu AI, sextorsiunea, jocurile și transmisiunile live, setările configurate împreună și ce să spuneți dacă copilul vă povestește că s-a întâmplat ceva.

## Lesson 1: AI-made fake images

s-caregivers-today-ai-images-title = Imagini false făcute cu AI
s-caregivers-today-ai-images-intro =
    Unele aplicații și site-uri pot transforma o poză obișnuită, de exemplu un selfie sau o poză de la școală, într-o imagine nud sau sexuală falsă. Sunt numite adesea aplicații de tip „nudify” sau deepfake-uri.

    Imaginea e falsă, dar răul este real. NCMEC, organizația nonprofit americană pentru protecția copiilor, arată că imaginile false sunt folosite pentru a-i hărțui și a-i umili pe copii, iar infractorii le folosesc pentru a-i șantaja, cerându-le bani sau alte imagini. A face sau a distribui o imagine sexuală cu un copil, chiar și una falsă, este abuz și poate fi infracțiune.
s-caregivers-today-ai-images-intro-alt = O poză de pe un telefon este copiată cu AI într-o imagine modificată, cu ramă punctată și un semn de avertizare, lângă un scut și un steag de raportare.
s-caregivers-today-ai-images-how-common =
    Nu este ceva rar. Într-un sondaj Thorn cu tineri de 9-17 ani, 11% au spus că ei cred că prieteni sau colegi au folosit instrumente AI ca să facă imagini nud cu alți copii (Thorn, 2025).

    De aceea merită să vorbiți despre asta înainte să se întâmple ceva, calm, ca despre încă un subiect pe care îl discutați împreună.
s-caregivers-today-ai-images-q1 = Fiica dumneavoastră vă spune că o imagine nud falsă cu ea, făcută cu o aplicație, circulă prin clasă. Ce este adevărat?
s-caregivers-today-ai-images-q1-a = E falsă, deci nu e grav
s-caregivers-today-ai-images-q1-a-why = Poate părea mai puțin grav pentru că imaginea nu e reală. Dar se poate răspândi ca una reală, iar rușinea, frica și hărțuirea pe care le aduce sunt reale. Merită aceeași grijă.
s-caregivers-today-ai-images-q1-b = E abuz și nu e vina ei
s-caregivers-today-ai-images-q1-b-why = Responsabil este cel care a făcut sau a distribuit imaginea, nu fiica dumneavoastră. Imaginile sexuale false cu copii pot fi raportate și șterse, iar acum ea are nevoie mai ales de sprijinul dumneavoastră.
s-caregivers-today-ai-images-q1-c = Ar trebui să posteze mai puține poze
s-caregivers-today-ai-images-q1-c-why = Să distribuie poze e o parte normală a creșterii, iar aproape orice poză poate fi folosită greșit. Așa, vina cade pe ea, în loc să cadă pe cel care a făcut falsul.
s-caregivers-today-ai-images-if-it-happens =
    <b>Dacă i se întâmplă copilului</b>
    • Păstrați-vă calmul și spuneți-i că nu e vina lui.
    • Nu salvați, nu copiați și nu trimiteți imaginea, nici ca dovadă. Notați unde apare (linkuri, nume de utilizator) și faceți capturi de ecran cu mesajele din jur.
    • Raportați-o în aplicație și la o linie de raportare sau la poliție.
    • Take It Down (takeitdown.ncmec.org) poate ajuta la blocarea imaginilor nud cu persoane sub 18 ani în aplicațiile participante.
    • Dacă sunt implicați colegi, anunțați școala.
s-caregivers-today-ai-images-talk-first =
    Vorbiți despre asta înainte să se întâmple. Unii tineri fac astfel de imagini „în glumă” sau din răzbunare, fără să se gândească la rău. Asigurați-vă că și copilul dumneavoastră știe că:
    • a face sau a distribui un nud fals cu oricine face mult rău și poate fi infracțiune
    • dacă vede unul, nu trebuie să-l dea mai departe, ci să-l raporteze și să-i spună unui adult
    • dacă i se întâmplă lui, poate veni la dumneavoastră și nu va avea probleme
s-caregivers-today-ai-images-q2 = Fiul dumneavoastră vă spune că un prieten a distribuit pe un grup o imagine nud făcută cu AI cu cineva din clasă. Care e cel mai bun sfat?
s-caregivers-today-ai-images-q2-a = Să șteargă conversația și să uite
s-caregivers-today-ai-images-q2-a-why = E de înțeles că vrea să nu se implice. Dar imaginea continuă să circule, iar persoana din ea s-ar putea să nici nu știe. Raportarea și discuția cu un adult ajută la oprirea ei.
s-caregivers-today-ai-images-q2-b = Să n-o dea mai departe, s-o raporteze și să spună unui adult
s-caregivers-today-ai-images-q2-b-why = Dacă nu o distribuie, răspândirea se oprește, raportarea ajută la ștergerea ei, iar un adult poate implica școala. Ajută și o vorbă bună pentru persoana din imagine, care s-ar putea simți foarte singură.
s-caregivers-today-ai-images-q2-c = Să mi-o trimită, ca s-o văd
s-caregivers-today-ai-images-q2-c-why = E firesc să vreți să înțelegeți, dar a trimite mai departe sau a păstra o imagine sexuală cu un copil, chiar și falsă, poate fi infracțiune. Întrebați unde a fost distribuită și raportați acel loc.
s-caregivers-today-ai-images-what-to-do =
    <b>Ce puteți face</b>
    • Vorbiți săptămâna aceasta cu copilul despre imaginile false.
    • Dacă se întâmplă: păstrați-vă calmul, nu copiați imaginea, notați unde se află și raportați-o aplicației și unei linii de raportare sau poliției.
    • O linie de asistență pentru copii (116 111 în multe țări) îl poate sprijini pe copil și, adesea, și pe dumneavoastră.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Lesson 2: Financial sextortion

s-caregivers-today-sextortion-title = Sextorsiunea: semne și ce să spuneți
s-caregivers-today-sextortion-intro =
    <b>Sextorsiunea financiară</b> este șantaj pentru bani. Cineva, care se dă adesea drept o fată sau un tânăr, flirtează cu un adolescent și îi cere curând o imagine nud sau un apel video. Apoi vine amenințarea: „Plătește sau trimit asta prietenilor și familiei tale.”

    Totul poate începe și escalada în câteva ore, iar infractorii pot falsifica o imagine cu AI. FBI și NCMEC avertizează că băieții adolescenți sunt cele mai frecvente ținte, dar i se poate întâmpla oricărui copil, din orice familie.
s-caregivers-today-sextortion-signs =
    Semne că ceva nu e în regulă:
    • panică, frică sau lacrimi apărute brusc după ce folosește telefonul
    • cere urgent bani sau carduri cadou, fără un motiv clar
    • o nouă „iubită” sau un nou prieten online, cu care lucrurile au mers foarte repede
    • șterge în grabă conturi sau aplicații ori evită telefonul
    • se retrage sau vorbește ca și cum nu ar mai exista nicio speranță

    Dacă vă temeți vreodată pentru siguranța copilului, cereți imediat ajutor de urgență.
s-caregivers-today-sextortion-what-to-say =
    <b>Ce să spuneți</b>
    Înainte să se întâmple ceva: „Dacă te amenință cineva vreodată cu o poză, vino la mine. Li se întâmplă multora. O să te ajut, nu o să te pedepsesc.”

    Dacă vă spune: „Mulțumesc că mi-ai spus. Nu te cert. Rezolvăm asta împreună.” Lăsați întrebarea „de ce ai trimis-o?” pentru mult mai târziu sau pentru niciodată. Calmul dumneavoastră ajută cel mai mult.
s-caregivers-today-sextortion-what-to-say-alt = Un părinte stă pe o canapea și ține un braț pe umerii unui băiat adolescent, cu un scut și o inimă în apropiere.
s-caregivers-today-sextortion-q1 = Fiul dumneavoastră, în panică, vă spune că cineva îi va trimite poza tuturor dacă nu plătește până diseară. Ce îi spuneți mai întâi?
s-caregivers-today-sextortion-q1-a = „Cum ai putut fi atât de neatent?”
s-caregivers-today-sextortion-q1-a-why = Șocul și furia sunt firești. Dar învinuirea îl face pe un adolescent speriat să se închidă în el exact când are nevoie să vorbească în continuare cu dumneavoastră. Întrebările pot aștepta.
s-caregivers-today-sextortion-q1-b = „Mulțumesc că mi-ai spus. Rezolvăm asta împreună.”
s-caregivers-today-sextortion-q1-b-why = Mulțumirea și calmul îi arată că a făcut bine venind la dumneavoastră. Șantajiștii se bazează pe rușine și panică; o reacție liniștită le ia această putere.
s-caregivers-today-sextortion-q1-c = „Plătește-le, ca să se termine.”
s-caregivers-today-sextortion-q1-c-why = E de înțeles că vreți să se termine repede. Dar plata rareori oprește totul: șantajiștii cer de obicei mai mult și pot distribui imaginea oricum.
s-caregivers-today-sextortion-next-steps =
    <b>Pașii următori</b>
    • Nu plătiți și nu mai trimiteți nimic. Nu mai răspundeți.
    • Păstrați dovezile: capturi de ecran cu mesajele, numele contului și linkul profilului, plus orice detalii de plată pe care le-au trimis.
    • Blocați și raportați contul, dar nu ștergeți încă contul copilului sau conversația.
    • Raportați la poliție sau la linia națională de raportare.
    • Take It Down poate ajuta la oprirea răspândirii unei imagini nud cu o persoană sub 18 ani.
s-caregivers-today-sextortion-q2 = Ce ar trebui să se întâmple cu contul fiului dumneavoastră și cu conversația?
s-caregivers-today-sextortion-q2-a = Șterg totul imediat
s-caregivers-today-sextortion-q2-a-why = Dorința ca totul să dispară e o reacție foarte firească. Dar ștergerea contului sau a conversației poate distruge dovezile de care poliția și platformele au nevoie ca să-l oprească pe șantajist.
s-caregivers-today-sextortion-q2-b = Îl blocăm pe șantajist, dar păstrăm conversația
s-caregivers-today-sextortion-q2-b-why = Blocarea oprește contactul, iar păstrarea conversației și a contului păstrează dovezile. Apoi raportați contul pe platformă și la poliție sau la o linie de raportare.
s-caregivers-today-sextortion-q2-c = Îi răspund eu și îl amenin
s-caregivers-today-sextortion-q2-c-why = Furia față de cel care face asta e de înțeles. Dar confruntarea poate înrăutăți lucrurile și îl poate pune în gardă înainte ca poliția să poată acționa. Lăsați asta în seama platformei, a liniei de raportare sau a poliției.
s-caregivers-today-sextortion-what-to-do =
    <b>Ce puteți face</b>
    Spuneți-i clar săptămâna aceasta: „Poți veni oricând la mine, chiar și pentru o poză.” Dacă se întâmplă: păstrați-vă calmul, nu plătiți, păstrați dovezile, blocați și raportați. Rămâneți aproape de copil în zilele următoare și căutați sprijin.

    Dacă copilul ar putea fi în pericol sau vorbește despre a-și face rău, sunați acum la numărul de urgență.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Lesson 3: Games and livestreams

s-caregivers-today-games-title = Jocuri, transmisiuni live și cadouri
s-caregivers-today-games-intro =
    Jocurile sunt locuri de socializare. Copiii se joacă împreună, vorbesc pe chat vocal și scris, își fac prieteni și urmăresc transmisiuni live. Într-un sondaj australian, 8 din 10 adolescenți jucau jocuri online cu alții (eSafety Commissioner, 2021).

    Cea mai mare parte din toate acestea e distracție sănătoasă. Dar funcțiile care fac jocurile sociale (chatul vocal, cererile de prietenie, cadourile și mesajele private) pot fi folosite și de cineva care vrea să-i facă rău unui copil.
s-caregivers-today-games-intro-alt = Un adolescent cu căști ține un controller în fața unui ecran pe care se văd un cadou, monede și bule de chat.
s-caregivers-today-games-misused =
    Cum pot fi folosite greșit aceste funcții:
    • <b>Chatul vocal</b> poate face ca un necunoscut să pară repede un prieten.
    • <b>Cadourile</b> (skinuri, monedă din joc, credite), urmate de „îmi datorezi”. Poliția australiană avertizează că infractorii folosesc moneda din jocuri pentru grooming.
    • <b>O aplicație privată</b>: cer mutarea discuției acolo unde nu o mai vede nimeni.
    • <b>Transmisiunile live</b>: spectatorii pot trimite cadouri virtuale, pot cere „provocări” sau o discuție în privat.
s-caregivers-today-games-q1 = Un jucător îi tot dă copilului dumneavoastră de 13 ani monedă din joc, iar acum vrea să vorbească pe altă aplicație. Ce este asta?
s-caregivers-today-games-q1-a = Generozitate obișnuită între jucători
s-caregivers-today-games-q1-a-why = Jucătorii chiar își împart lucruri și se ajută între ei. Dar cadourile urmate de insistența de a trece pe o aplicație privată sunt un tipar cunoscut de grooming, așa că merită o discuție calmă.
s-caregivers-today-games-q1-b = Un semnal de alarmă: cadouri, apoi un chat privat
s-caregivers-today-games-q1-b-why = Cadourile pot crea senzația că datorează ceva, iar o aplicație privată scoate conversația din vedere. Împreună, sunt un tipar des întâlnit de grooming. Vorbiți calm cu copilul: nu e vina lui.
s-caregivers-today-games-q1-c = E o problemă doar dacă cere bani
s-caregivers-today-games-q1-c-why = Banii sunt un risc, dar nu singurul. Agresorii vor adesea încredere, secrete, imagini sau o întâlnire și s-ar putea să nu pomenească niciodată de bani.
s-caregivers-today-games-together =
    Configurați jocurile împreună:
    • Jucați-vă sau uitați-vă uneori cu copilul și întrebați-l cu cine se joacă.
    • Verificați cine poate vorbi cu el pe chat (doar prietenii e un început bun) și dacă chatul vocal e pornit.
    • Activați aprobarea cumpărăturilor, ca să vedeți cadourile și cheltuielile.
    • La transmisiunile live, verificați cine poate urmări, comenta și trimite cadouri.
    • Stabiliți ce face dacă cineva îi cere secrete, poze sau o discuție privată: iese, blochează, raportează, vă spune.
s-caregivers-today-games-q2 = Copilul dumneavoastră de 15 ani transmite live când se joacă. Un spectator îi trimite cadouri și îi cere un apel video privat. Ce ajută cel mai mult?
s-caregivers-today-games-q2-a = Îl las să se descurce: e canalul lui
s-caregivers-today-games-q2-a-why = Independența adolescenților contează. Dar un spectator care trimite cadouri și apoi vrea să treacă în privat e un semnal de alarmă, iar copilul nu ar trebui să facă față singur.
s-caregivers-today-games-q2-b = Discutăm: îl blochează, îl raportează, nu trece pe privat
s-caregivers-today-games-q2-b-why = Cadourile urmate de cererea de a trece în privat sunt un semn de avertizare cunoscut. Blocarea și raportarea spectatorului și transmisiunile publice sau doar pentru prieteni îl protejează pe copil.
s-caregivers-today-games-q2-c = Interzic definitiv jocurile și transmisiunile
s-caregivers-today-games-q2-c-why = O interdicție poate părea cea mai sigură soluție, dar îl poate învăța pe copil să ascundă lucruri data viitoare. Implicarea dumneavoastră și regulile stabilite împreună îl țin mai în siguranță și păstrează dialogul.
s-caregivers-today-games-what-to-do =
    <b>Ce puteți face</b>
    • Rugați-l pe copil să vă arate săptămâna aceasta jocul preferat.
    • Verificați împreună setările pentru chat, voce și cumpărături.
    • Amintiți-i că un cadou nu înseamnă niciodată că datorează cuiva ceva.
    • Dacă cineva a depășit o limită: păstrați capturi de ecran, blocați și raportați în joc, iar cererile sexuale, la poliție sau la o linie de raportare.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Lesson 4: Settings and tools, set up together

s-caregivers-today-settings-title = Setări și instrumente, împreună
s-caregivers-today-settings-intro =
    Controlul parental și setările de siguranță pot ajuta, mai ales la adolescenții mai mici. Funcționează cel mai bine când se potrivesc vârstei copilului și le configurați împreună cu el, nu pe la spatele lui.

    Un adolescent mai mic poate avea nevoie de mai multe limite. Pe măsură ce cresc, copiii au nevoie de mai multă independență, împreună cu un plan pentru ce fac când ceva nu merge bine.
s-caregivers-today-settings-intro-alt = Un părinte și un adolescent stau de o parte și de alta a unui telefon cu comutatoare de setări, sub un lacăt.
s-caregivers-today-settings-tools =
    Instrumente utile:
    • <b>Controale pe telefon și consolă</b>: aprobați aplicațiile noi și cumpărăturile, setați timpul de ecran.
    • <b>Setările aplicațiilor</b>: cont privat, cine poate scrie sau comenta, partajarea locației oprită.
    • <b>Funcțiile pentru familie</b>: multe aplicații și jocuri pot lega contul părintelui de al adolescentului, pentru setări. Verificați ce vă arată fiecare și spuneți-i copilului.
    • <b>Pe Telegram</b>: cine îi vede numărul de telefon și cine îl poate adăuga în grupuri.
s-caregivers-today-settings-open =
    Deschiderea funcționează mai bine decât secretul. Dacă îi citiți pe ascuns mesajele copilului, încrederea se poate rupe, iar dacă află, ar putea ascunde și mai mult sau s-ar putea muta pe aplicații pe care nu le cunoașteți. Spuneți-i copilului ce puteți vedea și de ce.

    Tratați setările ca pe orice altă regulă din familie: stabiliți-le împreună, explicați-le și revedeți-le pe măsură ce copilul crește.
s-caregivers-today-settings-q1 = Copilul dumneavoastră de 13 ani primește primul telefon. Care e cel mai bun început?
s-caregivers-today-settings-q1-a = O aplicație de monitorizare ascunsă
s-caregivers-today-settings-q1-a-why = E firesc să vreți să știți că e în siguranță. Dar monitorizarea ascunsă poate rupe încrederea odată descoperită și nu-l învață pe copil ce să facă atunci când ceva nu merge bine.
s-caregivers-today-settings-q1-b = Configurăm împreună controalele și îi explic de ce
s-caregivers-today-settings-q1-b-why = Când copilul știe ce e configurat și de ce, e mai probabil să păstreze setările și să vină la dumneavoastră când ceva nu merge bine. Revedeți setările pe măsură ce crește.
s-caregivers-today-settings-q1-c = Fără setări: încrederea e de ajuns
s-caregivers-today-settings-q1-c-why = Încrederea contează cel mai mult, iar setările o sprijină, nu o înlocuiesc. Setările de confidențialitate și de contact opresc multe contacte nedorite înainte să înceapă.
s-caregivers-today-settings-agreement =
    Un acord de familie ajută. Hotărâți împreună:
    • ce aplicații și jocuri sunt în regulă și cine îl poate contacta
    • ce rămâne privat: adresa, școala, locația în timp real
    • ce face dacă ceva nu pare în regulă: se oprește, face captură de ecran, blochează, raportează, vă spune
    • promisiunea dumneavoastră: dacă vă spune, nu va rămâne niciodată fără telefon

    Scrieți-l și schimbați-l pe măsură ce copilul crește.
s-caregivers-today-settings-q2 = Copilul dumneavoastră de 15 ani vă roagă să scoateți un control. Ce faceți?
s-caregivers-today-settings-q2-a = Refuz: regulile sunt reguli
s-caregivers-today-settings-q2-a-why = Consecvența contează, dar un refuz fără discuție îl poate împinge pe adolescent să caute moduri de a ocoli regula. Prin discuție, rămâneți parte din decizie.
s-caregivers-today-settings-q2-b = Discutăm și stabilim o perioadă de probă
s-caregivers-today-settings-q2-b-why = Adolescenții mai mari au nevoie de tot mai multă independență. Când stabiliți ce se schimbă, ce rămâne și cum veți ține legătura, îi respectați și păstrați siguranța în plan.
s-caregivers-today-settings-q2-c = Pun în schimb un control secret, pe tăcute
s-caregivers-today-settings-q2-c-why = Poate părea un compromis sigur, dar dacă adolescentul îl descoperă, încrederea se poate rupe și s-ar putea muta pe aplicații pe care nu le vedeți.
s-caregivers-today-settings-what-to-do =
    <b>Ce puteți face</b>
    • Așezați-vă săptămâna aceasta lângă copil și treceți împreună prin setările unei aplicații.
    • Stabiliți un scurt acord de familie, inclusiv promisiunea dumneavoastră legată de telefon.
    • Hotărâți când îl veți revedea.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Lesson 5: After your child tells you

s-caregivers-today-after-telling-title = După ce copilul vă spune
s-caregivers-today-after-telling-stay-calm =
    Dacă copilul vă spune că s-a întâmplat ceva online, primele minute contează cel mai mult. Respirați adânc și păstrați-vă calmul, chiar dacă în interior simțiți șoc sau furie.

    Spuneți: „Mulțumesc că mi-ai spus. Nu te cert. Nu e vina ta.” Credeți-l. Ascultați mai mult decât întrebați și nu insistați pentru fiecare detaliu. I-a trebuit curaj ca să vă spună.
s-caregivers-today-after-telling-stay-calm-alt = Un părinte pe o canapea își pune brațul pe umerii unui copil îngrijorat și îl ascultă, cu o bulă de dialog și o inimă alături.
s-caregivers-today-after-telling-phone =
    <b>Nu-i luați telefonul ca pedeapsă.</b> Frica de a rămâne fără telefon este unul dintre principalele motive pentru care copiii tac. Dacă i-l luați, poate părea o pedeapsă pentru că v-a spus și îl rupe de prieteni și de sprijin.

    Dacă telefonul e necesar ca dovadă, explicați-i că asta e ca să-l protejați, nu o pedeapsă, și hotărâți împreună ce urmează.
s-caregivers-today-after-telling-q1 = Copilul vă spune că cineva face presiuni asupra lui ca să-i trimită imagini. Ce îi spuneți mai întâi?
s-caregivers-today-after-telling-q1-a = „Dă-mi telefonul, acum.”
s-caregivers-today-after-telling-q1-a-why = E firesc să vreți să-l protejați. Dar dacă îi luați telefonul din mână, poate părea o pedeapsă și s-ar putea să nu vă mai spună nimic. Mulțumiți-i mai întâi, apoi hotărâți împreună pașii următori.
s-caregivers-today-after-telling-q1-b = „Mulțumesc că mi-ai spus. Nu te cert.”
s-caregivers-today-after-telling-q1-b-why = Îi spune copilului că a făcut ce trebuia și că e în siguranță cu dumneavoastră. Așa continuă să vorbească, iar pașii următori depind de asta.
s-caregivers-today-after-telling-q1-c = „De ce i-ai mai și răspuns?”
s-caregivers-today-after-telling-q1-c-why = E firesc să vreți să înțelegeți, dar întrebările „de ce” sună acum ca o învinuire. Concentrați-vă întâi pe siguranță; povestea poate veni mai târziu, în ritmul lui.
s-caregivers-today-after-telling-evidence =
    <b>Păstrați dovezile și raportați</b>
    • Faceți capturi de ecran: mesaje, nume de utilizator, linkuri de profil, date. Nu ștergeți încă conversația sau contul.
    • Nu copiați, nu salvați și nu trimiteți o imagine sexuală cu un copil, nici ca s-o raportați. Notați unde se află.
    • Raportați contul în aplicație și la o linie de raportare sau la poliție.
    • Take It Down ajută la ștergerea imaginilor nud cu persoane sub 18 ani din aplicațiile participante.
    • Nu contactați și nu confruntați persoana.
s-caregivers-today-after-telling-support =
    <b>Sprijin pentru copil și pentru dumneavoastră</b>
    O linie de asistență pentru copii poate vorbi cu copilul și, adesea, și cu dumneavoastră; multe țări folosesc 116 111. Vă pot ajuta și consilierul școlar sau medicul.

    În zilele următoare, păstrați rutina, întrebați-l cu blândețe cum se simte și observați schimbările de dispoziție sau de somn. Aveți grijă și de dumneavoastră: vorbiți cu cineva de încredere sau cu o linie de asistență pentru părinți. Nu trebuie să duceți asta fără ajutor.
s-caregivers-today-after-telling-q2 = După o săptămână, copilul pare bine. Ce faceți acum?
s-caregivers-today-after-telling-q2-a = Nu mai aduc niciodată vorba despre asta
s-caregivers-today-after-telling-q2-a-why = E frumos să-i lăsați spațiu. Dar tăcerea poate da impresia că subiectul e închis. O întrebare ușoară din când în când arată că ușa e încă deschisă.
s-caregivers-today-after-telling-q2-b = Îl întreb cu blândețe, din când în când, cum e
s-caregivers-today-after-telling-q2-b-why = Sentimentele pot reveni mai târziu. Discuțiile scurte și calme arată că sunteți în continuare alături de el și vă ajută să observați dacă are nevoie de mai mult sprijin.
s-caregivers-today-after-telling-q2-c = Îi cer să-mi povestească din nou totul
s-caregivers-today-after-telling-q2-c-why = E firesc să vreți fiecare detaliu, dar să povestească din nou poate fi dureros, iar poliția sau specialiștii ar putea avea nevoie să audă povestea direct de la el. Lăsați copilul să conducă.
s-caregivers-today-after-telling-what-to-do =
    <b>Ce puteți face</b>
    Țineți minte cuvintele: „Mulțumesc că mi-ai spus. Nu te cert. Nu e vina ta.” Apoi: fără pedeapsă, păstrați dovezile, raportați și căutați sprijin.

    Dacă copilul este în pericol imediat sau și-ar putea face rău, sunați acum la numărul de urgență din țara dumneavoastră.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Voice question: asked once after the series (content/series/caregivers-today.yaml voice_question)

s-caregivers-today-voice-first-step = Ce veți face mai întâi dintre acestea?
s-caregivers-today-voice-first-step-ai-talk = Vorbesc cu copilul meu despre imaginile false făcute cu AI
s-caregivers-today-voice-first-step-photo-talk = Îi spun că poate veni la mine, chiar și pentru o poză
s-caregivers-today-voice-first-step-play = Îl rog să-mi arate jocul lui preferat
s-caregivers-today-voice-first-step-settings = Trecem împreună prin setări
s-caregivers-today-voice-first-step-promise = Îi promit că nu rămâne fără telefon dacă îmi spune
