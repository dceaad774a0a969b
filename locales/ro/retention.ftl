## Nota de confidențialitate: cât timp sunt păstrate datele (vezi locales/en/retention.ftl).
privacy-keep-title = <b>Cât timp le păstrez:</b>
privacy-keep-profile = dacă nu mă folosești { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }, șterg tot ce păstrez despre tine, la fel ca /forget.
privacy-keep-profile-always = până când le ștergi cu /forget.
privacy-keep-deliveries = Lista lecțiilor trimise ție într-un grup o păstrez { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }; după aceea rămân doar totaluri.
privacy-keep-checkins = Răspunsurile la chestionare sunt despărțite de tine pentru totdeauna la { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } după închiderea rundei lor.
