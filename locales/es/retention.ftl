## Aviso de privacidad: cuánto tiempo se guardan los datos (ver locales/en/retention.ftl).
privacy-keep-title = <b>Cuánto tiempo lo guardo:</b>
privacy-keep-profile = si no me usas durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, borro todo lo que guardo sobre ti, igual que /forget.
privacy-keep-profile-always = hasta que lo borres con /forget.
privacy-keep-deliveries = Guardo la lista de lecciones que te enviaron en un grupo durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; después solo quedan totales.
privacy-keep-checkins = Las respuestas a los cuestionarios se separan de ti para siempre { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de que cierre su ronda.
