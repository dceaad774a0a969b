## Check-in: General pulse (general-pulse), for all sectors.
## Structure: content/checkins/general-pulse.yaml. One question per area of the Model National Response.
## Formal register ("dumneavoastră"); agree5 items are statements in the first person ("țara mea").

ci-general-pulse-title = Puls general
ci-general-pulse-about = Opt întrebări rapide din cele șase domenii ale Modelului de răspuns național. Durează aproximativ 3 minute, iar răspunsurile sunt prezentate doar agregat.
ci-general-pulse-leadership = În ce stadiu se află țara dumneavoastră în privința conducerii la nivel național a răspunsului la exploatarea și abuzul sexual online asupra copiilor, cu un organism responsabil care reunește toate sectoarele?
ci-general-pulse-research = În ce stadiu se află țara dumneavoastră în cercetarea și monitorizarea exploatării și abuzului sexual online asupra copiilor, cu o analiză națională a situației și indicatori pentru urmărirea progresului?
ci-general-pulse-law-enforcement = În ce stadiu se află, în țara dumneavoastră, capacitatea structurilor specializate de aplicare a legii de a combate exploatarea și abuzul sexual online asupra copiilor?
ci-general-pulse-victim-support = În ce stadiu se află țara dumneavoastră în oferirea unui sprijin complet și continuu copiilor victime, de la anchetă și proces până la sprijinul de după încheierea acestora?
ci-general-pulse-hotline = Există în țara dumneavoastră o linie de raportare la care oricine poate raporta materiale cu abuz sexual asupra copiilor găsite online?
ci-general-pulse-education = În ce stadiu se află programul educațional al țării dumneavoastră privind exploatarea și abuzul sexual online asupra copiilor, destinat copiilor și tinerilor, părinților și îngrijitorilor, profesorilor și altor profesioniști?
ci-general-pulse-industry = Companiile de tehnologie din țara mea colaborează activ cu autoritățile și cu alți parteneri pentru combaterea exploatării și abuzului sexual online asupra copiilor.
ci-general-pulse-media = În ce stadiu se află țara dumneavoastră în privința relatării etice și informate în mass-media despre exploatarea și abuzul sexual asupra copiilor?
