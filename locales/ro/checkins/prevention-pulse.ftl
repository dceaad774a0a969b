## Check-in: Prevention pulse (prevention-pulse), for education, NGOs, technology, government and others.
## Structure: content/checkins/prevention-pulse.yaml. Education, child participation, help for people at risk of offending, industry and media.

ci-prevention-pulse-title = Puls prevenție
ci-prevention-pulse-about = Șapte întrebări despre educație, participarea copiilor, sprijinul pentru persoanele cu risc de a comite abuzuri și rolul industriei și al mass-media. Durează aproximativ 3 minute, iar răspunsurile sunt prezentate doar agregat.
ci-prevention-pulse-education-reach = Ce grup este cel mai slab acoperit de educația privind exploatarea și abuzul sexual online asupra copiilor în țara dumneavoastră?
ci-prevention-pulse-education-reach-children = Copiii și tinerii
ci-prevention-pulse-education-reach-parents = Părinții și îngrijitorii
ci-prevention-pulse-education-reach-teachers = Profesorii și personalul școlilor
ci-prevention-pulse-education-reach-practitioners = Specialiștii din sănătate, asistență socială și alte domenii
ci-prevention-pulse-education-reach-faith = Liderii religioși și comunitari
ci-prevention-pulse-education-reach-other = Alt grup
ci-prevention-pulse-participation = Copiii și tinerii din țara mea au oportunități reale de a-și exprima opiniile și de a influența politicile și practicile privind exploatarea și abuzul sexual.
ci-prevention-pulse-offender-support = În ce stadiu se află țara dumneavoastră în oferirea de sprijin medical, psihologic și de autoajutor persoanelor cu risc de a comite infracțiuni sexuale împotriva copiilor?
ci-prevention-pulse-takedown = În ce stadiu se află țara dumneavoastră în privința procedurilor de eliminare sau blocare rapidă a materialelor cu abuz sexual asupra copiilor găzduite sau accesate în țară?
ci-prevention-pulse-industry-reporting = Legea din țara dumneavoastră oferă companiilor de tehnologie o protecție juridică clară atunci când raportează organelor de aplicare a legii cazuri de exploatare și abuz sexual asupra copiilor?
ci-prevention-pulse-company-programmes = Companiile din țara mea derulează programe care pun pe primul loc siguranța și bunăstarea copiilor în produsele și serviciile lor.
ci-prevention-pulse-media = Mass-media din țara mea relatează corect și etic despre exploatarea și abuzul sexual asupra copiilor, fără să identifice sau să învinovățească victimele.
