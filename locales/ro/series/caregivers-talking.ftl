## Series: Keeping them safe, keeping them talking (caregivers-talking)
## Audience: parents and caregivers. Sources paraphrased: Thorn for Parents, NCMEC, eSafety Commissioner, UNICEF.
## Formal register ("dumneavoastră"); answer options are in the first person, as the parent would say them.

s-caregivers-talking-title = Protejați-i și păstrați dialogul
s-caregivers-talking-about = Cinci lecții scurte pentru părinți și alte persoane care îngrijesc copii: riscurile online de azi, cum să vorbiți despre ele, semnele la care să fiți atenți și ce faceți dacă copilul dumneavoastră are nevoie de ajutor.

## Lesson 1: What online risks look like today

s-caregivers-talking-risks-today-title = Cum arată azi riscurile online
s-caregivers-talking-risks-today-intro =
    Cea mai mare parte din ce fac copiii online e bună: prieteni, învățare, distracție. Câteva riscuri merită cunoscute, ca să-i puteți îndruma cu calm.

    Nu e nevoie de cunoștințe tehnice avansate. Interesul dumneavoastră și încrederea copilului contează mai mult decât orice aplicație sau setare.
s-caregivers-talking-risks-today-intro-alt = Un părinte și un copil stau împreună pe o canapea, cu un telefon, lângă un controller de joc și un scut.
s-caregivers-talking-risks-today-three-cs =
    Riscurile online se împart de obicei în trei categorii:
    • <b>Contactul</b>: cineva îl abordează pe copil ca să-l păcălească, să facă presiuni asupra lui sau să-i facă rău.
    • <b>Conținutul</b>: copilul vede lucruri care îl tulbură sau îi fac rău, cum ar fi violență sau materiale sexuale.
    • <b>Comportamentul</b>: felul în care se poartă tinerii unii cu alții, de exemplu bullyingul sau distribuirea pozei cuiva.
s-caregivers-talking-risks-today-grooming =
    Grooming-ul (ademenirea) înseamnă că cineva creează o legătură apropiată cu un copil pentru a-l abuza sau a-l exploata.

    De multe ori începe cu amabilitate: atenție, complimente, cadouri, „nimeni nu te înțelege ca mine”. Presiunea vine mai târziu, iar frica și rușinea sunt folosite ca să-l facă pe copil să tacă. Persoana se poate da drept cineva tânăr sau poate fi cineva pe care copilul îl cunoaște deja.
s-caregivers-talking-risks-today-numbers =
    Se întâmplă mai des decât cred mulți părinți. Într-un sondaj Thorn, 22% dintre copiii și adolescenții participanți au spus că au avut online o interacțiune sexuală cu un adult (Thorn, 2023). Totul poate începe cu un mesaj prietenos într-un joc sau într-un chat.

    Faptul că știți asta este un motiv să vorbiți din timp, nu să intrați în panică.
s-caregivers-talking-risks-today-q1 = Cum începe de obicei grooming-ul?
s-caregivers-talking-risks-today-q1-a = Cu amenințări încă de la primul mesaj
s-caregivers-talking-risks-today-q1-a-why = Amenințările, dacă apar, vin de obicei mai târziu. Grooming-ul începe de regulă cu amabilitate și atenție, de aceea poate fi greu de recunoscut.
s-caregivers-talking-risks-today-q1-b = Cu atenție prietenoasă și încredere
s-caregivers-talking-risks-today-q1-b-why = Persoana câștigă mai întâi încrederea copilului, prin atenție, complimente sau cadouri. Mai târziu, frica și rușinea sunt folosite ca să-l facă pe copil să tacă.
s-caregivers-talking-risks-today-q1-c = Doar prin necunoscuți cu poze false
s-caregivers-talking-risks-today-q1-c-why = Unii folosesc profiluri false, dar persoana poate fi și cineva pe care copilul îl cunoaște deja, online sau în viața reală.
s-caregivers-talking-risks-today-what-to-do =
    Ce puteți face săptămâna aceasta:
    • Întrebați-vă copilul ce aplicații și jocuri îi plac și lăsați-l să vi le arate.
    • Spuneți-i că poate veni la dumneavoastră cu orice problemă online, chiar dacă crede că a greșit.
    • Salvați numărul liniei de asistență pentru copii din țara dumneavoastră.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Lesson 2: Talking early and often, without shame or punishment

s-caregivers-talking-talking-title = Vorbiți devreme și des
s-caregivers-talking-talking-intro =
    Discuțiile scurte și dese funcționează mai bine decât o singură discuție lungă. Întrebați despre viața lui online așa cum întrebați despre școală sau prieteni: la cină, în mașină, în timp ce vă uitați la un serial.

    Începeți înainte să apară vreo problemă, ca aceste discuții să devină ceva firesc. Ascultați mai mult decât vorbiți.
s-caregivers-talking-talking-intro-alt = Un părinte și un copil unul lângă altul, fiecare cu o bulă de dialog, într-o discuție relaxată.
s-caregivers-talking-talking-red-flags =
    Nu e suficient să-l avertizați despre „străini”: cineva cu care copilul vorbește de săptămâni întregi i se pare un prieten. Învățați-l mai degrabă semnalele de alarmă. Atenție la cineva care:
    • îi cere să păstreze secrete
    • vrea să treacă pe o aplicație privată
    • îi oferă cadouri, bani sau credite în jocuri
    • îi cere poze sau discuții cu conținut sexual
    • îl lingușește mult, insistă sau îl amenință
s-caregivers-talking-talking-exit-plan =
    Ajutați-vă copilul să-și plănuiască o ieșire înainte să aibă nevoie de ea. Stabiliți împreună ce face când o conversație i se pare în neregulă: nu mai răspunde, iese din conversație, blochează, raportează și vine la dumneavoastră.

    Oferiți-i o scuză ușoară: „Poți da vina pe mine. Spune că părinții nu te lasă.” Exersați împreună, ca planul să fie pregătit atunci când are nevoie de el.
s-caregivers-talking-talking-no-shame =
    Copiii tac adesea pentru că se tem de pedeapsă sau că vor rămâne fără telefon. Spuneți-i clar copilului: „Orice s-ar întâmpla online, poți să-mi spui. Nu o să te cert și nu-ți iau telefonul pentru că mi-ai spus.”

    Apoi țineți-vă promisiunea. Când cineva îi face rău unui copil, vina este a acelei persoane, niciodată a copilului.
s-caregivers-talking-talking-q1 = Ce mesaj îl ajută cel mai mult pe copilul dumneavoastră?
s-caregivers-talking-talking-q1-a = „Nu vorbi niciodată cu străini online.”
s-caregivers-talking-talking-q1-a-why = Sună sigur, dar nu ajută prea mult. Copiii s-ar putea să nu vadă un prieten online de mult timp ca pe un străin, iar răul poate veni și de la oameni pe care îi cunosc.
s-caregivers-talking-talking-q1-b = „Vino la mine dacă te face cineva să nu te simți bine.”
s-caregivers-talking-talking-q1-b-why = Mesajul se concentrează pe felul în care se poartă cineva, nu pe cine este, și îi spune copilului că se poate baza oricând pe dumneavoastră.
s-caregivers-talking-talking-q1-c = „Dacă se întâmplă ceva, rămâi fără telefon.”
s-caregivers-talking-talking-q1-c-why = Frica de a rămâne fără telefon este unul dintre principalele motive pentru care copiii tac. Amenințarea cu pedeapsa scade șansele să vă spună.
s-caregivers-talking-talking-q2 = Copilul vă spune că un prieten dintr-un joc i-a cerut să păstreze un secret. Ce îi spuneți mai întâi?
s-caregivers-talking-talking-q2-a = „Mulțumesc că mi-ai spus.”
s-caregivers-talking-talking-q2-a-why = Dacă îi mulțumiți mai întâi, îi arătați că a făcut bine că v-a spus. Apoi îl puteți întreba calm ce s-a întâmplat și puteți hotărî împreună pașii următori.
s-caregivers-talking-talking-q2-b = „De ce vorbeai cu persoana aia?”
s-caregivers-talking-talking-q2-b-why = Poate suna ca o învinuire, iar copilul ar putea să nu vă mai spună lucruri. Întrebați mai târziu ce s-a întâmplat, calm și fără să judecați.
s-caregivers-talking-talking-q2-c = „Gata, nu mai ai voie la jocuri.”
s-caregivers-talking-talking-q2-c-why = Interdicția pare o pedeapsă pentru că a vorbit, așa că data viitoare copilul ar putea tăcea. Concentrați-vă pe siguranța lui și pe păstrarea dialogului.
s-caregivers-talking-talking-what-to-do =
    Încercați săptămâna aceasta:
    • Puneți o întrebare deschisă, de exemplu: „Care e cel mai bun și cel mai rău lucru în viața ta online acum?”
    • Stabiliți împreună un plan de ieșire.
    • Spuneți-i cu voce tare că nu va avea probleme dacă vă povestește.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Lesson 3: Warning signs

s-caregivers-talking-warning-signs-title = Semne de avertizare
s-caregivers-talking-warning-signs-intro =
    Niciun semn nu dovedește singur că ceva nu e în regulă. Multe au cauze obișnuite, cum ar fi examenele, prieteniile sau pur și simplu faptul că cresc.

    Contează schimbarea: o schimbare bruscă în comportamentul copilului sau mai multe semne în același timp. Aveți încredere în instinctul dumneavoastră și lăsați-l să ducă la o discuție blândă, nu la o acuzație.
s-caregivers-talking-warning-signs-intro-alt = Un adolescent se uită nesigur la un telefon. Un părinte din apropiere se gândește la el cu drag, cu o inimă într-un balon de gânduri.
s-caregivers-talking-warning-signs-device =
    Semne legate de telefon și de contactele online:
    • ține secret ce face pe un dispozitiv, ascunde ecranul sau închide repede aplicațiile
    • un „prieten” online nou despre care nu vrea să vorbească, adesea mai mare decât el
    • folosește telefonul noaptea târziu sau pare tensionat când primește un mesaj
    • conturi sau aplicații noi ori un al doilea telefon despre care nu știați
s-caregivers-talking-warning-signs-other-signs =
    Alte semne de observat:
    • cadouri, bani, credite în jocuri sau un telefon nou de proveniență neclară
    • schimbări de dispoziție: furie, frică, tristețe, rușine
    • se îndepărtează de familie sau de prieteni
    • doarme prost sau are schimbări bruște la școală
    • e supărat după ce folosește telefonul sau, dimpotrivă, îl evită brusc
s-caregivers-talking-warning-signs-q1 = Care dintre acestea merită cel mai mult o discuție blândă?
s-caregivers-talking-warning-signs-q1-a = Se joacă online cu colegii după școală
s-caregivers-talking-warning-signs-q1-a-why = De obicei e ceva obișnuit. Interesul pentru jocurile lui e o cale bună de a păstra dialogul, dar nu e un semn de avertizare în sine.
s-caregivers-talking-warning-signs-q1-b = Un „prieten” online secret, mai mare decât el
s-caregivers-talking-warning-signs-q1-b-why = Secretul în jurul unui contact nou, mai ales al unuia mai mare, e un semnal de alarmă des întâlnit. Întrebați cu blândețe și fără să învinovățiți.
s-caregivers-talking-warning-signs-q1-c = Vrea mai multă intimitate, ca orice adolescent
s-caregivers-talking-warning-signs-q1-c-why = O anumită intimitate e o parte normală a creșterii. Urmăriți schimbările bruște sau secretele legate de o anumită persoană, nu nevoia de intimitate în general.
s-caregivers-talking-warning-signs-how-to-ask =
    Dacă observați semne, alegeți un moment liniștit. Unul lângă altul e adesea mai ușor decât față în față: la o plimbare sau în mașină.

    Spuneți ce ați observat, nu de ce vă temeți: „Mi s-a părut că ești îngrijorat după ce primești mesaje. Sunt aici, orice ar fi.” Nu-i luați telefonul din mână. Dacă nu e pregătit să vorbească, spuneți-i că ușa rămâne deschisă.
s-caregivers-talking-warning-signs-q2 = Copilul pare anxios și ascunde ecranul când intrați în cameră. Care e un prim pas bun?
s-caregivers-talking-warning-signs-q2-a = Aștept și sper să treacă
s-caregivers-talking-warning-signs-q2-a-why = Poate nu e nimic, dar dacă așteptați în tăcere, copilul poate rămâne singur cu o problemă. O întrebare blândă nu costă mult.
s-caregivers-talking-warning-signs-q2-b = Îi citesc mesajele pe ascuns
s-caregivers-talking-warning-signs-q2-b-why = Verificarea pe ascuns poate strica încrederea, iar dacă află, copilul ar putea ascunde și mai mult. O discuție calmă e un prim pas mai bun.
s-caregivers-talking-warning-signs-q2-c = Îl întreb cu blândețe, într-un moment liniștit
s-caregivers-talking-warning-signs-q2-c-why = Când spuneți ce ați observat și că sunteți acolo ca să ajutați, nu ca să pedepsiți, ușa rămâne deschisă.
s-caregivers-talking-warning-signs-what-to-do =
    Pașii următori:
    • Observați schimbările, fără să spionați.
    • Aveți o discuție blândă și amintiți-i copilului că nu va avea probleme.
    • Dacă vă spune că cineva îi face rău sau îl amenință, citiți lecția „Dacă copilul vă spune”.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Lesson 4: If your child tells you

s-caregivers-talking-if-they-tell-title = Dacă copilul vă spune
s-caregivers-talking-if-they-tell-stay-calm =
    Dacă copilul vă spune că s-a întâmplat ceva online, reacția dumneavoastră contează cel mai mult. Păstrați-vă calmul, chiar dacă în interior simțiți șoc sau furie.

    Spuneți: „Mulțumesc că mi-ai spus. Nu te cert. Nu e vina ta.” Credeți-l, ascultați-l și nu insistați pentru fiecare detaliu. I-a trebuit curaj ca să vă spună.
s-caregivers-talking-if-they-tell-stay-calm-alt = Un părinte stă pe o canapea cu brațul pe umerii copilului îngrijorat, sub o inimă.
s-caregivers-talking-if-they-tell-evidence =
    Păstrați dovezile: faceți capturi de ecran cu mesajele, cu numele de utilizator și profilul persoanei și cu datele. Nu ștergeți încă conversația sau contul.

    <b>Important:</b> nu trimiteți mai departe, nu salvați și nu faceți captură de ecran unei imagini sexuale cu un copil, nici măcar ca s-o raportați. Poate fi infracțiune și răspândește răul. Spuneți în schimb platformei, liniei de raportare sau poliției unde se află imaginea.
s-caregivers-talking-if-they-tell-q1 = Copilul vă arată o imagine sexuală cu el, care este distribuită. Ce faceți cu ea?
s-caregivers-talking-if-they-tell-q1-a = Salvez o copie ca dovadă
s-caregivers-talking-if-they-tell-q1-a-why = Salvarea sau copierea unei imagini sexuale cu un copil poate fi infracțiune, chiar și cu intenții bune. Notați unde apare și raportați în schimb locul respectiv.
s-caregivers-talking-if-they-tell-q1-b = O trimit la poliție
s-caregivers-talking-if-they-tell-q1-b-why = Nu o trimiteți mai departe, nici măcar poliției. Spuneți-le lor sau unei linii de raportare unde se află imaginea, iar ei vă vor îndruma.
s-caregivers-talking-if-they-tell-q1-c = Nu o copiez; raportez unde se află
s-caregivers-talking-if-they-tell-q1-c-why = Raportarea linkului sau a contului unde apare și folosirea Take It Down ajută la ștergerea ei. Nu copiați și nu distribuiți niciodată imaginea în sine.
s-caregivers-talking-if-they-tell-dont-confront =
    Nu contactați persoana, nu o amenințați și nu vă dați drept copilul dumneavoastră. Așa o puteți avertiza, îl puteți pune pe copil în pericol și puteți afecta o anchetă. În schimb:
    • raportați contul în aplicație
    • raportați la o linie națională de raportare sau la poliție
    • apoi blocați persoana

    Faceți fiecare pas împreună cu copilul, ca nimic să nu se întâmple fără știrea lui.
s-caregivers-talking-if-they-tell-sextortion =
    Dacă cineva amenință că distribuie imaginile copilului dacă nu plătește sau nu trimite mai multe, aceasta este sextorsiune. Ajutați-l:
    • să nu plătească și să nu trimită nimic; plata aduce de obicei și mai multe cereri
    • să nu mai răspundă, dar să păstreze conversația ca dovadă
    • să blocheze și să raporteze contul

    Take It Down poate ajuta la ștergerea imaginilor. Vina este a celui care face amenințările.
s-caregivers-talking-if-they-tell-q2 = Cineva amenință că distribuie o poză cu copilul dumneavoastră dacă nu plătește. Ce ar trebui să faceți?
s-caregivers-talking-if-they-tell-q2-a = Plătesc o dată, ca să se oprească
s-caregivers-talking-if-they-tell-q2-a-why = Plata rareori oprește totul și duce adesea la și mai multe cereri. Mai bine nu mai răspundeți, păstrați dovezile și raportați.
s-caregivers-talking-if-they-tell-q2-b = Nu mai răspund, păstrez dovezile, raportez
s-caregivers-talking-if-they-tell-q2-b-why = Opriți contactul, salvați capturi de ecran, blocați și raportați platformei, unei linii de raportare sau poliției. Take It Down poate ajuta la ștergerea imaginilor.
s-caregivers-talking-if-they-tell-q2-c = Îi scriu și îl amenin și eu
s-caregivers-talking-if-they-tell-q2-c-why = Confruntarea poate înrăutăți lucrurile și poate afecta o anchetă. Lăsați asta în seama platformei, a liniei de raportare sau a poliției.
s-caregivers-talking-if-they-tell-what-to-do =
    Căutați sprijin pentru copil și pentru dumneavoastră. O linie de asistență pentru copii poate vorbi cu copilul și, adesea, și cu dumneavoastră; în multe țări, numărul este 116 111. Dacă copilul este în pericol imediat, sunați la poliție.

    Păstrați o viață de zi cu zi liniștită și nu-i luați telefonul ca pedeapsă.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Lesson 5: Tools and reporting routes

s-caregivers-talking-tools-title = Instrumente și căi de raportare
s-caregivers-talking-tools-together =
    Setările de confidențialitate și instrumentele de control parental pot ajuta, mai ales la adolescenții mai mici. Funcționează cel mai bine când le configurați împreună și explicați de ce, nu pe ascuns.

    Verificați cine poate vedea profilul copilului și cine îi poate trimite mesaje. Pe Telegram, uitați-vă cine îi poate vedea numărul de telefon și cine îl poate adăuga în grupuri. Instrumentele sprijină dialogul; nu îl înlocuiesc.
s-caregivers-talking-tools-together-alt = Un părinte și un adolescent de o parte și de alta a unei tablete cu comutatoare de setări, cu o rotiță și un scut.
s-caregivers-talking-tools-q1 = Care e cel mai bun mod de a folosi controlul parental?
s-caregivers-talking-tools-q1-a = Îl configurez pe ascuns
s-caregivers-talking-tools-q1-a-why = Dacă copilul descoperă un control secret, încrederea se poate rupe și s-ar putea muta pe aplicații pe care nu le cunoașteți. Deschiderea funcționează mai bine.
s-caregivers-talking-tools-q1-b = Îl configurăm împreună și îi explic de ce
s-caregivers-talking-tools-q1-b-why = Când copilul înțelege motivele, e mai probabil să păstreze setările și să vină la dumneavoastră dacă ceva nu merge bine.
s-caregivers-talking-tools-q1-c = Îl folosesc în loc să vorbim
s-caregivers-talking-tools-q1-c-why = Setările ajută, dar niciun instrument nu prinde totul. Încrederea copilului și discuțiile dumneavoastră regulate sunt cele care îl țin în siguranță.
s-caregivers-talking-tools-take-it-down =
    Dacă o imagine nud sau sexuală cu copilul dumneavoastră a fost făcută înainte să împlinească 18 ani, <b>Take It Down</b> (takeitdown.ncmec.org) poate ajuta la ștergerea ei de pe platformele participante.

    Serviciul lucrează cu o amprentă unică a imaginii, așa că poza nu este trimisă nimănui, și poate fi folosit fără a da un nume. Copilul îl poate folosi împreună cu dumneavoastră sau singur.
s-caregivers-talking-tools-hotlines =
    Pentru a raporta imagini sau videoclipuri sexuale cu copii, folosiți o linie de raportare. Rețeaua INHOPE are linii de raportare membre în multe țări. Internet Watch Foundation (IWF) administrează portaluri de raportare pentru multe țări care nu au o linie proprie. În Statele Unite, folosiți CyberTipline de la NCMEC.

    Raportați contul și în aplicația respectivă.
s-caregivers-talking-tools-helplines =
    Liniile de asistență pentru copii îi ascultă pe copii, iar multe îi ajută și pe părinți. În multe țări, la 116 111 răspunde o linie de asistență pentru copii; apelurile sunt confidențiale și adesea gratuite.

    Dacă copilul este în pericol imediat, sunați de îndată la poliție sau la numărul de urgență din țara dumneavoastră.
s-caregivers-talking-tools-q2 = O poză nud pe care și-a făcut-o copilul dumneavoastră de 15 ani este distribuită. Ce poate ajuta la ștergerea ei?
s-caregivers-talking-tools-q2-a = Take It Down
s-caregivers-talking-tools-q2-a-why = Take It Down este pentru imagini făcute înainte de 18 ani. Ajută platformele participante să găsească și să șteargă imaginea, fără să trimiteți poza cuiva.
s-caregivers-talking-tools-q2-b = Îi cer persoanei să o șteargă
s-caregivers-talking-tools-q2-b-why = Dacă contactați persoana, lucrurile se pot înrăutăți. Mai bine raportați contul și folosiți Take It Down.
s-caregivers-talking-tools-q2-c = Nimic: ce ajunge online rămâne acolo
s-caregivers-talking-tools-q2-c-why = Platformele și liniile de raportare chiar șterg imaginile sexuale cu copii, iar Take It Down poate ajuta. Merită să acționați.
s-caregivers-talking-tools-what-to-do =
    Săptămâna aceasta:
    • Verificați împreună cu copilul setările de confidențialitate.
    • Salvați în telefon numărul liniei de asistență pentru copii din țara dumneavoastră și arătați-i copilului unde îl găsește.
    • Aflați cum se raportează în aplicațiile pe care le folosește copilul.

    Apăsați oricând pe <b>Cere ajutor</b> ca să vedeți linia de asistență și site-urile de raportare din țara dumneavoastră.

## Youth voice: the one-tap question asked once after the series (content/series/caregivers-talking.yaml voice_question)

s-caregivers-talking-voice-first-step = Ce veți face mai întâi dintre acestea?
s-caregivers-talking-voice-first-step-ask = Îmi întreb copilul despre viața lui online
s-caregivers-talking-voice-first-step-settings = Verificăm împreună setările de confidențialitate
s-caregivers-talking-voice-first-step-plan = Stabilim ce poate face dacă ceva nu merge bine
s-caregivers-talking-voice-first-step-no-blame = Îi promit că nu va avea probleme dacă îmi spune
s-caregivers-talking-voice-first-step-links = Salvez linkurile de ajutor și raportare din țara noastră
