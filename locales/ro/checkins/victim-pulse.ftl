## Check-in: Victim pulse (victim-pulse), for social services, health, NGOs and government.
## Structure: content/checkins/victim-pulse.yaml. Support for child victims, the workforce, compensation, helpline and hotline.

ci-victim-pulse-title = Puls sprijinirea victimelor
ci-victim-pulse-about = Șase întrebări despre sprijinul pentru copiii victime, liniile de asistență și raportare. Durează aproximativ 3 minute, iar răspunsurile sunt prezentate doar agregat.
ci-victim-pulse-end-to-end = În ce stadiu se află țara dumneavoastră în oferirea unui sprijin complet și continuu copiilor victime ale exploatării și abuzului sexual, coordonat de la anchetă și proces până la sprijinul de după încheierea acestora?
ci-victim-pulse-workforce = În țara mea, profesioniști pregătiți în protecția copilului sunt disponibili pentru a sprijini copiii victime ale exploatării și abuzului sexual atunci când este nevoie.
ci-victim-pulse-gap = Care este cea mai mare lipsă în sprijinul pentru copiii victime ale exploatării și abuzului sexual în țara dumneavoastră?
ci-victim-pulse-gap-staff = Prea puțin personal pregătit
ci-victim-pulse-gap-coordination = Coordonare slabă între servicii
ci-victim-pulse-gap-reach = Servicii greu accesibile în afara orașelor
ci-victim-pulse-gap-aftercare = Prea puțină îngrijire psihologică pe termen lung
ci-victim-pulse-gap-funding = Finanțare pe termen scurt sau insuficientă
ci-victim-pulse-gap-other = Altceva
ci-victim-pulse-compensation = În ce stadiu se află țara dumneavoastră în oferirea către copiii victime și familiile lor a unor căi accesibile de a cere despăgubiri și reparații și de a depune plângeri?
ci-victim-pulse-helpline = Există în țara dumneavoastră o linie de asistență gratuită pentru copii, unde aceștia pot semnala abuzuri, pot primi sprijin și pot fi îndrumați către servicii de durată?
ci-victim-pulse-hotline = În ce stadiu se află linia de raportare a materialelor online cu abuz sexual asupra copiilor din țara dumneavoastră, inclusiv legăturile ei cu organele de aplicare a legii și cu furnizorii de internet?
