## Ajutor (/help, butonul de ajutor, cuvintele de ajutor, dezvăluirile).
## Ce este fiecare serviciu; numele serviciului apare așa cum e, netradus.
## Un id care se termină în -caregiver sau -professional apare pentru acel public, în -adult pentru amândouă
## (dumneavoastră); id-ul simplu pentru adolescenți și pentru cine nu e încă cunoscut (tu).

help-kind-child_helpline = Linie de asistență pentru copii: vorbește cu cineva, gratuit și confidențial
help-kind-child_helpline-adult = Linie de asistență pentru copii: pentru copii și pentru adulții îngrijorați pentru un copil
help-kind-abuse_report_line = Semnalează abuzul asupra unui copil
help-kind-online_help = Ajutor când ți s-a întâmplat ceva online, de exemplu ca să fie ștearsă o imagine
help-kind-online_help-adult = Ajutor când un copil a fost victimă online, inclusiv pentru ștergerea imaginilor
help-kind-hotline = Raportează imagini sau videoclipuri sexuale cu copii găsite online
help-kind-emergency = Urgențe
help-kind-takedown_minor = O imagine nud sau sexuală cu tine, făcută înainte de 18 ani? Cere ștergerea ei, anonim
help-kind-takedown_minor-caregiver = O imagine nud sau sexuală cu copilul dumneavoastră, făcută înainte de 18 ani? Copilul poate cere ștergerea ei anonim, iar dumneavoastră îl puteți ajuta
help-kind-takedown_minor-professional = O imagine nud sau sexuală cu un copil sau un tânăr, făcută înainte de 18 ani? Poate cere ștergerea ei anonim
help-kind-takedown_adult = Pentru adulți (18+): oprește distribuirea imaginilor intime cu tine
help-kind-takedown_adult-adult = O imagine intimă cu dumneavoastră, făcută după 18 ani, este distribuită sau cineva amenință că o distribuie? Opriți răspândirea ei
help-kind-helpline_directory = Găsește linia de asistență pentru copii din țara ta
help-kind-hotline_directory = Găsește o linie de raportare din țara ta

help-hours-24-7 = non-stop
help-chat = Pe chat: { $url }
help-no-helpline = Încă nu am putut confirma o linie de asistență pentru copii în { $country }. Child Helpline International are o listă cu linii din toată lumea (mai jos).

help-footer-emergency-adult = Sunt un bot: nu pot investiga și nu pot contacta pe nimeni în locul dumneavoastră. <b>Dacă un copil este în pericol chiar acum, sunați la { $number }.</b>
help-footer-local-adult = Sunt un bot: nu pot investiga și nu pot contacta pe nimeni în locul dumneavoastră. <b>Dacă un copil este în pericol chiar acum, sunați la numărul de urgență din țara dumneavoastră.</b>
