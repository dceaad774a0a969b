## Check-in: Justice pulse (justice-pulse), for police, justice and government.
## Structure: content/checkins/justice-pulse.yaml. Legislation, investigations, courts, offender management, image databases, terminology.

ci-justice-pulse-title = Puls justiție
ci-justice-pulse-about = Șase întrebări despre legislație, anchete, instanțe și gestionarea infractorilor. Durează aproximativ 3 minute, iar răspunsurile sunt prezentate doar agregat.
ci-justice-pulse-legislation = În ce stadiu se află legislația țării dumneavoastră în asigurarea unui cadru cuprinzător pentru investigarea infractorilor și protecția copiilor victime ale exploatării și abuzului sexual, online și offline?
ci-justice-pulse-barrier = Care este principalul obstacol în investigarea exploatării și abuzului sexual online asupra copiilor în țara dumneavoastră?
ci-justice-pulse-barrier-funding = Finanțare și personal
ci-justice-pulse-barrier-training = Pregătire de specialitate
ci-justice-pulse-barrier-tools = Instrumente tehnice și criminalistică digitală
ci-justice-pulse-barrier-cooperation = Cooperare internațională
ci-justice-pulse-barrier-laws = Lacune în legislație
ci-justice-pulse-barrier-other = Altceva
ci-justice-pulse-judiciary = Judecătorii și procurorii din țara mea sunt pregătiți să instrumenteze cazuri de exploatare și abuz sexual asupra copiilor și pun nevoile copilului victimă în centrul atenției.
ci-justice-pulse-offender-mgmt = În ce stadiu se află țara dumneavoastră în gestionarea persoanelor condamnate pentru infracțiuni sexuale împotriva copiilor, pentru a preveni recidiva în țară și peste granițe?
ci-justice-pulse-image-database = Are țara dumneavoastră o bază de date națională a materialelor cu abuz sexual asupra copiilor, conectată la baza de date internațională privind exploatarea sexuală a copiilor (ICSE) a INTERPOL?
ci-justice-pulse-terminology = Poliția, procurorii și instanțele din țara mea folosesc în mod consecvent termeni comuni, precum „materiale cu abuz sexual asupra copiilor”, în conformitate cu Ghidurile de la Luxemburg.
