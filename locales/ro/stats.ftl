## /stats for programme staff: reach summary, breakdown, chart and buttons (bot/features/stats.py).
## "<5" marks a suppressed count; in HTML messages it is written &lt;5.
## Romanian plurals: one (1), few (0, 2-19), other (20+, takes "de": "30 de zile").

stats-title = <b>{ $days ->
        [one] Acoperirea în ultima zi
        [few] Acoperirea în ultimele { $days } zile
       *[other] Acoperirea în ultimele { $days } de zile
    }</b> ({ $start } – { $end }, UTC)
stats-reached = 👀 Persoane la care a ajuns programul: <b>{ $value }</b> { $change }
stats-engaged = ✅ Au terminat o lecție: <b>{ $value }</b> { $change }
stats-completed = 🏁 Au terminat o serie: <b>{ $value }</b> { $change }
stats-accuracy = 🎯 Răspunsuri corecte la prima încercare: <b>{ $value }</b>
stats-change-up = (▲ { $percent }% față de { $days ->
        [one] ziua anterioară
        [few] cele { $days } zile anterioare
       *[other] cele { $days } de zile anterioare
    })
stats-change-down = (▼ { $percent }% față de { $days ->
        [one] ziua anterioară
        [few] cele { $days } zile anterioare
       *[other] cele { $days } de zile anterioare
    })
stats-change-flat = (la fel ca în { $days ->
        [one] ziua anterioară
        [few] cele { $days } zile anterioare
       *[other] cele { $days } de zile anterioare
    })
stats-change-none = (nu există date pentru comparație)
stats-breakdown-title = <b>{ $breakdown }</b> (persoane la care a ajuns programul):
stats-breakdown-line = • { $label }: { $value }
stats-breakdown-none = • nimeni încă
stats-breakdown-more = • … și încă { $count }
stats-note = <i>Valorile sub 5 apar ca &lt;5. Acolo unde o listă ar ascunde o singură valoare, este ascunsă și următoarea cea mai mică, pentru ca totalurile să nu o poată dezvălui.</i>
stats-unknown = nespecificat
stats-audience-youth = Tineri
stats-audience-caregiver = Părinți și îngrijitori
stats-audience-professional = Profesioniști
stats-by-audience = Public
stats-by-country = Țară
stats-by-series = Serie
stats-by-locale = Limbă
stats-btn-days = { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
stats-btn-current = ✓ { $label }
stats-chart-title = Acoperire săptămânală · { $breakdown }
stats-chart-x = Săptămâna care începe lunea
stats-chart-y = Persoane la care a ajuns programul
stats-chart-empty = Programul nu a ajuns încă la nimeni în această perioadă
stats-suppressed = <5
