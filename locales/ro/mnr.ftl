## MNR model: names and one-line descriptions of the 6 domains, 21 capabilities and 4 maturity phases.
## Structure: content/mnr/model.yaml. Paraphrased from the WeProtect Global Alliance Model National Response and its Maturity Model.
## Romanian: "Modelul de răspuns național (MNR)"; offenders = "infractori"; CSAM = "materiale cu abuz sexual asupra copiilor".

## Domains
mnr-domain-policy = Politici și guvernanță
mnr-domain-justice = Justiție penală
mnr-domain-victim = Victime
mnr-domain-societal = Societate
mnr-domain-industry = Industrie
mnr-domain-media = Mass-media și comunicare

## Capabilities: name, then what "good" looks like
mnr-cap-1 = Conducere
mnr-cap-1-desc = Un organism național responsabil, de preferință condus de guvern, reunește toate sectoarele pentru a conduce și a supraveghea răspunsul.
mnr-cap-2 = Cercetare, analiză și monitorizare
mnr-cap-2-desc = O analiză națională a situației, a riscurilor și a răspunsului, cu indicatori măsurabili pentru urmărirea progresului.
mnr-cap-3 = Legislație
mnr-cap-3-desc = Un cadru legal cuprinzător permite investigarea infractorilor și protecția victimelor.
mnr-cap-4 = Structuri specializate de aplicare a legii
mnr-cap-4-desc = Ofițeri pregătiți, cu competență la nivel național, desfășoară investigații proactive și reactive, centrate pe victimă, și cooperează la nivel internațional.
mnr-cap-5 = Judecători și procurori
mnr-cap-5-desc = Judecătorii și procurorii sunt pregătiți și pun victima în centrul fiecărui caz.
mnr-cap-6 = Gestionarea infractorilor
mnr-cap-6-desc = Infractorii sunt gestionați astfel încât să se prevină recidiva, atât în țară, cât și la nivel internațional.
mnr-cap-7 = Acces la baze de date cu imagini
mnr-cap-7-desc = Există o bază de date națională a materialelor cu abuz sexual asupra copiilor, conectată la baza de date ICSE a INTERPOL.
mnr-cap-8 = Sprijin complet și continuu
mnr-cap-8-desc = Victimele primesc sprijin integrat pe tot parcursul anchetei și al procesului, precum și după încheierea acestora.
mnr-cap-9 = Personal pentru protecția copilului
mnr-cap-9-desc = Personal pregătit și coordonat din domeniul protecției copilului este disponibil pentru a sprijini victimele.
mnr-cap-10 = Despăgubiri, reparații și plângeri
mnr-cap-10-desc = Victimele și familiile lor au la dispoziție proceduri accesibile pentru a cere despăgubiri și reparații și pentru a depune plângeri.
mnr-cap-11 = Linie de asistență pentru copii
mnr-cap-11-desc = Copiii pot semnala abuzuri și pot primi sprijin de la o linie de asistență care îi îndrumă către servicii de durată.
mnr-cap-12 = Linie de raportare
mnr-cap-12-desc = Publicul poate raporta materialele online cu abuz sexual asupra copiilor unei linii de raportare conectate cu organele de aplicare a legii și cu furnizorii de internet.
mnr-cap-13 = Program educațional
mnr-cap-13-desc = Copiii și tinerii, părinții și îngrijitorii, profesorii, specialiștii și liderii religioși află care sunt riscurile și cum pot fi protejați copiii.
mnr-cap-14 = Participarea copiilor
mnr-cap-14-desc = Copiii sunt încurajați și sprijiniți să își exprime ideile și să influențeze politicile și practicile care îi privesc.
mnr-cap-15 = Sprijin pentru prevenirea comiterii de abuzuri
mnr-cap-15-desc = Persoanele cu risc de a comite abuzuri pot primi sprijin medical, psihologic și de autoajutor și știu că acesta există.
mnr-cap-16 = Proceduri de eliminare a conținutului
mnr-cap-16-desc = Materialele cu abuz sexual asupra copiilor găzduite sau accesate în țară sunt eliminate sau blocate rapid.
mnr-cap-17 = Raportarea de către industrie
mnr-cap-17-desc = Legea protejează companiile, astfel încât acestea să poată raporta exploatarea și abuzul sexual asupra copiilor organelor de aplicare a legii.
mnr-cap-18 = Dezvoltarea de soluții inovatoare
mnr-cap-18-desc = Industria este implicată în dezvoltarea de soluții pentru problemele locale de exploatare și abuz sexual asupra copiilor.
mnr-cap-19 = Responsabilitate socială corporativă
mnr-cap-19-desc = Companiile derulează programe eficiente care pun pe primul loc siguranța și bunăstarea copiilor.
mnr-cap-20 = Relatare etică și informată în mass-media
mnr-cap-20-desc = Mass-media relatează etic și corect, contribuind la conștientizarea și înțelegerea problemei.
mnr-cap-21 = Terminologie comună
mnr-cap-21-desc = Ghiduri de terminologie comune, precum Ghidurile de la Luxemburg, sunt aplicate consecvent în toate sectoarele.

## Maturity phases, in order
mnr-phase-building = Construire
mnr-phase-building-desc = Primii pași: deocamdată există puține lucruri sau doar pe hârtie.
mnr-phase-enhancement = Consolidare
mnr-phase-enhancement-desc = Bazele există și sunt consolidate, dar acoperirea și calitatea sunt încă inegale.
mnr-phase-integration = Integrare
mnr-phase-integration-desc = Funcționează în practică și este corelată cu alte servicii și sectoare din întreaga țară.
mnr-phase-maturity = Maturitate
mnr-phase-maturity-desc = Durabilă, cu resurse suficiente, revizuită și îmbunătățită periodic; poate servi drept exemplu pentru alții.
