## Series: Bullying online (bullying), for teens 13-17.
## Grounded in UNICEF (cyberbullying Q&A, U-Report poll), eSafety and ThinkUKnow Australia guidance, paraphrased.
## Words chosen for teens: "bullying", "agresor" (bully), "martor activ" (upstander), "adult de încredere".

s-bullying-title = Bullyingul online
s-bullying-about = Ce faci dacă ți se face bullying, cum iei atitudine când i se întâmplă altcuiva, cum ceri ștergerea postărilor care rănesc și cum ai grijă de tine.

## Lesson 1: If you're being bullied

s-bullying-target-title = Dacă ți se face bullying
s-bullying-target-intro =
    Bullyingul online înseamnă că cineva folosește în mod repetat mesaje, postări, grupuri sau jocuri ca să te rănească, să te sperie sau să te facă de rușine: comentarii răutăcioase, minciuni, conturi false, te lasă intenționat pe dinafară, distribuie poze jenante cu tine.

    Dacă ți se întâmplă, nu ți se întâmplă doar ție. Într-un sondaj UNICEF cu tineri din 30 de țări, 1 din 3 au spus că au trecut prin bullying online (UNICEF, 2019). Nu e vina ta și se poate opri.
s-bullying-target-intro-alt = Un adolescent cu un telefon în mână, cu doi prieteni zâmbitori de o parte și de alta și inimi care plutesc în jurul lor.
s-bullying-target-dont-hit-back =
    E firesc să vrei să răspunzi cu aceeași monedă. Dar dacă răspunzi la nervi, totul poate dura mai mult și le dai ceva ce pot folosi împotriva ta.

    Mai bine: nu răspunde, respiră și stai o vreme departe de ecran. Poți decide ce faci după ce te-ai liniștit. Să nu răspunzi nu e slăbiciune. Le iei exact ce vor.
s-bullying-target-evidence-block =
    <b>Păstrează dovezile</b>: fă capturi de ecran cu mesajele, comentariile sau postările, cu numele de utilizator și datele. Copiază și linkurile, dacă poți.

    Apoi <b>blochează</b> persoanele care fac asta și <b>raportează</b> postările și conturile în aplicație. Poți să limitezi și cine îți poate comenta la postări sau cine îți poate scrie.
s-bullying-target-q1 = Cineva tot postează comentarii răutăcioase despre tine. Care e cel mai bun prim pas?
s-bullying-target-q1-a = Postez și eu ceva răutăcios
s-bullying-target-q1-a-why = E normal să vrei să te aperi. Dar dacă răspunzi la fel, de multe ori totul continuă și poți avea și tu probleme.
s-bullying-target-q1-b = Captură de ecran, blochez și raportez
s-bullying-target-q1-b-why = Dovezile ajută ca raportările să funcționeze, blocarea îi împiedică să ajungă la tine, iar raportarea îi cere aplicației să șteargă comentariile.
s-bullying-target-q1-c = Îmi șterg contul
s-bullying-target-q1-c-why = E OK să iei o pauză. Dar dacă îți ștergi contul, pierzi dovezile și îi lași să te alunge. Întâi blochează și raportează.
s-bullying-target-tell =
    <b>Spune-i cuiva</b> în care ai încredere: unui părinte sau cuiva care are grijă de tine, unui profesor, consilierului școlar. Dacă sunt implicați colegi de la școala ta, te poate ajuta și școala.

    Dacă încă nu vrei să vorbești cu cineva cunoscut, o linie de asistență pentru copii e gratuită și confidențială (116 111 în multe țări). Dacă cineva amenință că îți face rău, spune-i imediat unui adult.
s-bullying-target-what-to-do =
    <b>Ce poți face</b>
    Nu răspunde. Fă capturi de ecran ca dovadă. Blochează și raportează. Spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări). Nu e vina ta și nu trebuie să treci prin asta fără ajutor.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 2: Be an upstander

s-bullying-upstander-title = Ia atitudine
s-bullying-upstander-intro =
    Cea mai mare parte din bullyingul online se întâmplă în fața altora: pe un grup, sub o postare, într-un joc. Ce fac cei care se uită contează enorm.

    Un <b>martor activ</b> e cineva care nu dă doar scroll mai departe. Nu trebuie să faci gălăgie sau să te afișezi în public. Contează și pașii mici, făcuți discret.
s-bullying-upstander-intro-alt = Un telefon cu o bulă de chat răutăcioasă tăiată și bule prietenoase cu inimi, între doi adolescenți zâmbitori.
s-bullying-upstander-dont-spread =
    <b>Nu pune paie pe foc</b>: nu da like, nu distribui, nu reacționa cu râs și nu da mai departe postări, meme-uri sau capturi de ecran care rănesc. Fiecare like sau distribuire îi arată agresorului că lumea se uită și răspândește totul și mai mult.

    Dacă ai făcut-o deja, e OK: retrage-ți like-ul, șterge ce ai distribuit și fă acum ceva care ajută.
s-bullying-upstander-support =
    <b>Sprijină persoana</b>. Un mesaj privat poate conta mult: „Hei, am văzut ce s-a întâmplat. Nu e OK. Ești bine?” Stai cu ea, include-o, amintește-i că nu e vina ei.

    Dacă te simți în siguranță, poți spune deschis: „Nu e cool.” Dar nu trebuie să începi o ceartă. eSafety subliniază că și un mesaj simplu îl poate ajuta pe un prieten să se simtă sprijinit.
s-bullying-upstander-q1 = Un meme care râde de cineva din clasă circulă pe grupul vostru. Ce ajută cel mai mult?
s-bullying-upstander-q1-a = Reacționez cu râs, ca să nu ies în evidență
s-bullying-upstander-q1-a-why = E important să te simți parte din grup, iar să ieși în evidență poate părea riscant. Dar fiecare reacție adaugă la suferință. Să nu participi e un început; să ajuți e și mai bine.
s-bullying-upstander-q1-b = Nu-l distribui, îl raportez și îi scriu ceva frumos
s-bullying-upstander-q1-b-why = Să nu-l răspândești, să-l raportezi și să întrebi persoana din clasă cum se simte sunt pași mici care chiar ajută.
s-bullying-upstander-q1-c = Îl ignor, nu e treaba mea
s-bullying-upstander-q1-c-why = Poate părea mai ușor să nu te bagi. Dar tăcerea îi poate da persoanei impresia că toată lumea e de acord. Un singur mesaj frumos sau o singură raportare poate schimba cum se simte.
s-bullying-upstander-report =
    <b>Raportează</b>: raportează postarea sau contul în aplicație. În majoritatea aplicațiilor, persoana nu află cine a raportat-o. Poți să salvezi și capturi de ecran, în caz că prietenul tău vrea să raporteze mai târziu.

    <b>Implică un adult</b> când e grav: amenințări, imagini sexuale, adresa cuiva distribuită sau un prieten care pare foarte abătut. Asta nu e pârâre. Înseamnă să oprești răul.
s-bullying-upstander-q2 = Un prieten e hărțuit, dar îți spune: „Nu face nimic, o să fie și mai rău.” Ce poți face?
s-bullying-upstander-q2-a = Nimic, m-a rugat să nu fac nimic
s-bullying-upstander-q2-a-why = E important să ții cont de ce vrea prietenul tău. Dar tot îl poți sprijini, iar dacă e grav, trebuie să afle un adult.
s-bullying-upstander-q2-b = Îl sprijin și îl ajut să-i spună unui adult
s-bullying-upstander-q2-b-why = Poți fi acolo pentru el, îl poți ajuta să salveze dovezile și te poți oferi să mergi cu el la un adult de încredere. Dacă e în pericol, spune-i tu unui adult.
s-bullying-upstander-q2-c = Îl confrunt pe agresor în public
s-bullying-upstander-q2-c-why = Vrei să-ți protejezi prietenul, și asta e frumos. Dar o ceartă în public îi poate face situația și mai grea. Pașii mai discreți ajută de obicei mai mult.
s-bullying-upstander-what-to-do =
    <b>Ce poți face</b>
    Nu da like și nu distribui. Raportează postarea. Trimite-i persoanei un mesaj frumos. Spune-i unui adult de încredere dacă e grav. Îți faci griji pentru un prieten? O linie de asistență pentru copii te poate ajuta să-ți dai seama ce să faci (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 3: Getting hurtful posts removed

s-bullying-removal-title = Ștergerea postărilor care rănesc
s-bullying-removal-intro =
    O postare care rănește, un cont fals care se dă drept tine, o poză jenantă: poți cere să fie eliminate.

    Nu merge mereu din prima, dar de multe ori merge, iar dacă nu, există și alt ajutor.
s-bullying-removal-intro-alt = O postare care rănește e raportată cu un steag și mutată la coșul de gunoi, cu o bifă verde.
s-bullying-removal-report-app =
    <b>Întâi, raporteaz-o aplicației sau site-ului.</b> Folosește opțiunea Raportează (Report) de la postare, comentariu, poză sau cont și alege motivul care se potrivește cel mai bine: bullying sau hărțuire, cineva care se dă drept tine, nuditate sau amenințări.

    Păstrează o captură de ecran cu ce ai raportat și când. Dacă nu se întâmplă nimic, raportează din nou și cere-i unui adult de încredere să te ajute.
s-bullying-removal-more-help =
    <b>Dacă aplicația nu face nimic</b>, cere ajutor:
    • Unele țări au o autoritate pentru siguranța online: în Australia, eSafety poate ajuta la ștergerea cyberbullyingului grav contra celor sub 18 ani, dacă platforma n-o face.
    • O linie de asistență pentru copii îți arată opțiunile (116 111 în multe țări).
    • O poză nud sau sexuală cu cineva sub 18 ani, reală sau falsă: raporteaz-o la o linie de raportare și vezi takeitdown.ncmec.org.
    • Amenințări cu violență: spune-i unui adult și anunță poliția.
s-bullying-removal-q1 = Ai raportat un cont fals care se dă drept tine, dar după câteva zile e tot acolo. Ce faci mai departe?
s-bullying-removal-q1-a = Renunț, nimic nu merge
s-bullying-removal-q1-a-why = E frustrant când o raportare pare ignorată. Dar mai există pași: raportează din nou și cere-i unui adult sau unei linii de asistență să te ajute să mergi mai departe.
s-bullying-removal-q1-b = Îi fac și eu un cont fals
s-bullying-removal-q1-b-why = E de înțeles că vrei să te răzbuni. Dar asta face rău și poți avea probleme. Ai grijă ca partea ta să rămână curată.
s-bullying-removal-q1-c = Raportez iar și apelez la un adult sau la o linie de ajutor
s-bullying-removal-q1-c-why = Dacă raportezi din nou cu capturi de ecran și implici un adult de încredere, școala sau o linie de asistență, de multe ori obții rezultate. Unele țări au și o autoritate care poate interveni.
s-bullying-removal-what-to-do =
    <b>Ce poți face</b>
    Raportează în aplicație și păstrează capturi de ecran. Dacă postarea rămâne, raportează din nou și cere ajutor unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări). Pentru imagini sexuale cu persoane sub 18 ani, folosește o linie de raportare și takeitdown.ncmec.org.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 4: Looking after yourself

s-bullying-self-care-title = Ai grijă de tine
s-bullying-self-care-intro =
    Bullyingul te poate urmări până acasă, pe telefon, așa că poate părea că nu ai niciodată o pauză. Poate te copleșesc supărarea, furia sau oboseala, ori nu mai vrei să mergi la școală.

    UNICEF spune că aceste efecte sunt reale și că oamenii trec peste ele și ajung să se simtă din nou bine în pielea lor.
s-bullying-self-care-intro-alt = Un adolescent se relaxează pe o canapea cu căști, cu telefonul pus deoparte, o plantă și o lună pe cerul de seară.
s-bullying-self-care-breaks =
    Câteva feluri de a-ți lua puțin spațiu:
    • Oprește notificările sau lasă telefonul o vreme în altă cameră.
    • Nu reciti mereu mesajele care rănesc. Salvează-le o dată ca dovadă, apoi nu te mai uita la ele.
    • Fă lucruri în care te regăsești: sport, muzică, desen, jocuri cu prieteni în care ai încredere.
    • Somnul ajută la orice: încearcă să nu iei telefonul în pat.
s-bullying-self-care-your-people =
    Gândește-te la oamenii tăi: prieteni care te fac să râzi, cineva din familie, un profesor, un antrenor. Petrece timp cu ei și offline.

    Ce spun agresorii despre tine nu e adevărul despre tine. Dacă tot te simți la pământ, nu poți dormi sau nu te mai bucuri de lucrurile care îți plăceau, vorbește cu cineva: un adult de încredere, consilierul școlar sau o linie de asistență.
s-bullying-self-care-q1 = E miezul nopții și tot recitești comentariile răutăcioase. Ce te-ar ajuta cel mai mult?
s-bullying-self-care-q1-a = Citesc mai departe, ca să știu tot
s-bullying-self-care-q1-a-why = E normal să vrei să știi ce se spune. Dar dacă le tot recitești, rana rămâne deschisă. După ce ai salvat dovezile, te poți opri.
s-bullying-self-care-q1-b = Răspund la fiecare, ca să lămuresc lucrurile
s-bullying-self-care-q1-b-why = E firesc să vrei să te aperi. Dar răspunsurile date noaptea târziu pot face totul și mai mare. Poate să aștepte până după ce ai dormit și ai vorbit cu cineva.
s-bullying-self-care-q1-c = Las telefonul deoparte și vorbesc mâine cu cineva
s-bullying-self-care-q1-c-why = O pauză și puțin somn te ajută să gândești limpede. Apoi un adult de încredere sau o linie de asistență te poate ajuta să plănuiești ce faci.
s-bullying-self-care-what-to-do =
    <b>Ce poți face</b>
    Ia pauze, ține-i aproape pe oamenii tăi și vorbește cu cineva dacă te simți la pământ. Dacă te gândești vreodată să-ți faci rău, sună acum la o linie de asistență pentru copii (116 111 în multe țări) sau la numărul de urgență din țara ta.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.
