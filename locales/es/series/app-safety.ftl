## Serie: La seguridad en tus apps (app-safety), para adolescentes de 13 a 17 años.
## Nombres de ajustes revisados en las páginas de ayuda o seguridad de cada plataforma (ver content/series/app-safety.yaml);
## los ajustes cuyo nombre en español no se pudo confirmar se describen con palabras generales.

s-app-safety-title = La seguridad en tus apps
s-app-safety-about = Los principales ajustes de privacidad de WhatsApp, Instagram, TikTok, Snapchat, Discord, Roblox y YouTube: quién puede contactarte, cuentas privadas, ubicación y grupos, y cómo bloquear y reportar.

## Lección 1: WhatsApp

s-app-safety-whatsapp-title = WhatsApp
s-app-safety-whatsapp-intro =
    WhatsApp funciona con números de teléfono: cualquiera que tenga tu número puede escribirte, y tu número puede circular en los grupos.

    Unos pocos ajustes hacen una gran diferencia. Casi todos están en WhatsApp, en <b>Ajustes → Privacidad</b>. Las apps cambian sus menús de vez en cuando: si en tu teléfono algún nombre se ve distinto, busca algo parecido.
s-app-safety-whatsapp-intro-alt = Un teléfono con un chat de grupo, junto a un gran candado, un engranaje de ajustes y una marca de verificación verde.
s-app-safety-whatsapp-groups =
    <b>Grupos</b>: en Ajustes → Privacidad → Grupos eliges quién puede añadirte a grupos. Elige <b>Mis contactos</b>, o una opción más estricta si la ves. Así, quien no está en tus contactos tiene que mandarte una invitación, y tú decides si entras.

    Si te añaden a un grupo en el que no quieres estar, puedes salir y reportarlo.
s-app-safety-whatsapp-profile-location =
    En Privacidad también eliges quién ve tu foto de perfil, tu info, tu última conexión y si estás en línea, y tus estados. «Mis contactos» es más seguro que «Todos».

    La <b>ubicación en tiempo real</b> solo se comparte cuando tú eliges compartirla en un chat. Compártela solo con gente que conoces en persona, y deja de compartirla cuando ya no haga falta.
s-app-safety-whatsapp-block-report =
    <b>Bloquear</b>: abre el chat, toca el nombre de la persona y luego <b>Bloquear</b>. Quien está bloqueado no puede llamarte ni escribirte, ni ver tu última conexión, si estás en línea o los cambios en tu foto de perfil.

    <b>Reportar</b>: en el mismo lugar, elige <b>Reportar</b>; puedes reportar y bloquear a la vez. No puedes bloquear un grupo entero, pero puedes salir de él y bloquear a quien lo administra.
s-app-safety-whatsapp-q1 = Gente que no conoces te sigue añadiendo a grupos de WhatsApp. ¿Qué ajuste ayuda más?
s-app-safety-whatsapp-q1-a = Grupos: en Mis contactos
s-app-safety-whatsapp-q1-a-why = Con este ajuste, quien no está en tus contactos solo puede mandarte una invitación, y tú eliges si entras. También puedes salir de los grupos que no quieras y reportarlos.
s-app-safety-whatsapp-q1-b = Desactivar las confirmaciones de lectura
s-app-safety-whatsapp-q1-b-why = Las confirmaciones de lectura son un ajuste de privacidad útil, pero solo cambian si la gente ve que leíste un mensaje. No impiden que te añadan a grupos.
s-app-safety-whatsapp-q1-c = Cambiar mi foto de perfil
s-app-safety-whatsapp-q1-c-why = Elegir quién puede ver tu foto también es buena idea. Pero no controla quién puede meterte en grupos.
s-app-safety-whatsapp-what-to-do =
    <b>Qué hacer</b>
    Revisa hoy Ajustes → Privacidad: grupos, foto de perfil y última conexión. Comparte tu ubicación en tiempo real solo con gente que conoces en persona. Bloquea y reporta a quien te moleste. Si alguien te amenaza o te pide fotos, guarda el chat y cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 2: Instagram y TikTok

s-app-safety-insta-tiktok-title = Instagram y TikTok
s-app-safety-insta-tiktok-intro =
    En Instagram y TikTok, una cuenta pública significa que cualquiera puede ver lo que publicas, muchas veces comentarlo y compartirlo mucho más allá de tus amigos.

    Las dos apps tienen protecciones extra para adolescentes, y algunas vienen activadas de fábrica. Aun así vale la pena revisarlas, porque los ajustes se pueden cambiar, y algunas protecciones dependen de la edad que la app cree que tienes.
s-app-safety-insta-tiktok-intro-alt = Un teléfono con un perfil cerrado con candado, una solicitud de seguimiento aprobada y otra rechazada.
s-app-safety-insta-tiktok-instagram =
    <b>Instagram</b>
    • <b>Cuenta privada</b>: solo los seguidores que apruebas ven tus publicaciones, historias y reels. Instagram hace privadas por defecto las cuentas de menores de 16 (de 18 en algunos países).
    • Instagram impide que adultos empiecen chats privados con adolescentes con quienes no tienen conexión.
    • En los ajustes de mensajes, limita quién puede mandarte solicitudes de mensajes.
    • No pongas la ubicación en tus publicaciones, o agrégala cuando ya te hayas ido.
s-app-safety-insta-tiktok-tiktok =
    <b>TikTok</b>
    • <b>Cuenta privada</b>: activada por defecto de 13 a 15 años. Solo quien apruebas puede seguirte y ver tus videos.
    • Desactiva la opción de <b>sugerir tu cuenta</b> a otras personas, para que no te recomienden a desconocidos.
    • <b>Mensajes directos</b>: no están disponibles antes de los 16. A los 16 y 17, elige quién puede escribirte, por ejemplo solo amigos, o nadie.
    • Al publicar, puedes elegir quién puede ver cada video.
s-app-safety-insta-tiktok-block-report =
    <b>Bloquear o reportar a una persona</b> en las dos apps: ve a su perfil, toca los tres puntos y luego <b>Bloquear</b> o <b>Reportar</b>.
    <b>Reportar una publicación o un video</b>: en TikTok, toca la flecha de compartir y luego Reportar. En Instagram, toca los tres puntos de la publicación y luego Reportar.

    La opción puede llamarse «Denunciar». A la persona no le dicen quién la reportó. Instagram también tiene <b>Restringir</b>, que limita a alguien con discreción sin bloquearlo.
s-app-safety-insta-tiktok-q1 = Tienes 15 años y quieres publicar videos bailando solo para tus amigos. ¿Cuál es la mejor configuración?
s-app-safety-insta-tiktok-q1-a = Cuenta pública, pero sin descripciones
s-app-safety-insta-tiktok-q1-a-why = Quitar las descripciones ayuda un poco. Pero con una cuenta pública, cualquiera puede seguir viendo, comentando y compartiendo tus videos.
s-app-safety-insta-tiktok-q1-b = Cuenta privada, y yo apruebo a quien me sigue
s-app-safety-insta-tiktok-q1-b-why = Con una cuenta privada tú decides quién te sigue y ve tus videos. También puedes elegir quién puede ver cada video al publicarlo.
s-app-safety-insta-tiktok-q1-c = Cuenta pública, y bloquear a quien dé mala espina
s-app-safety-insta-tiktok-q1-c-why = Bloquear es una gran herramienta, pero solo sirve cuando alguien ya te encontró. Una cuenta privada deja fuera a los desconocidos desde el principio.
s-app-safety-insta-tiktok-what-to-do =
    <b>Qué hacer</b>
    Revisa que tu cuenta sea privada, evita que la app sugiera tu cuenta a otras personas y limita quién puede escribirte. No pongas la ubicación en tus publicaciones. Bloquea y reporta a quien te incomode, y cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 3: Snapchat y Discord

s-app-safety-snap-discord-title = Snapchat y Discord
s-app-safety-snap-discord-intro =
    Snapchat y Discord están hechos para chatear con amigos y comunidades. Los dos también pueden permitir que te contacte gente que no conoces, a menos que pongas límites.

    Los snaps y mensajes que «desaparecen» igual se pueden capturar, o grabar con otro teléfono. No dejes que una función que borra mensajes te haga confiar más rápido en alguien.
s-app-safety-snap-discord-intro-alt = Un teléfono con un mapa donde un fantasmita amable esconde la ubicación, junto a un marcador de mapa tachado y un candado.
s-app-safety-snap-discord-snapchat =
    <b>Snapchat</b>
    • <b>Contacto</b>: en tu configuración de privacidad, revisa que solo <b>tus amigos</b> puedan contactarte.
    • <b>Mapa de Snaps</b>: tu ubicación está oculta a menos que la actives. El <b>Modo fantasma</b> la mantiene oculta; si la compartes, que sea solo con unos pocos amigos cercanos.
    • Agrega solo a gente que conoces en persona.
    • Para bloquear o reportar a alguien, abre su perfil, o mantén presionado su snap, y elige Bloquear o Reportar.
s-app-safety-snap-discord-discord =
    <b>Discord</b> (Ajustes de usuario, privacidad y ajustes sociales)
    • Desactiva los <b>mensajes directos de miembros del servidor</b>, así, en tus servidores, solo tus amigos podrán escribirte por DM.
    • En <b>Solicitudes de amistad</b>, elige quién puede mandártelas: no todo el mundo.
    • Para adolescentes, Discord difumina o bloquea por defecto las imágenes sensibles en los DM.
    • Bloquear: abre su perfil, toca los tres puntos y luego Bloquear. Reportar: abre el menú de su mensaje y elige Reportar.
s-app-safety-snap-discord-q1 = Alguien de un servidor grande de Discord al que te uniste te sigue mandando DM que no pediste. ¿Qué ayuda?
s-app-safety-snap-discord-q1-a = Desactivar los DM de miembros del servidor
s-app-safety-snap-discord-q1-a-why = Con esto desactivado, quien comparte un servidor contigo no puede escribirte a menos que sea tu amigo. También puedes bloquear y reportar a esa persona.
s-app-safety-snap-discord-q1-b = Salir de todos mis servidores
s-app-safety-snap-discord-q1-b-why = Siempre puedes salir de un servidor. Pero no tienes que perder tus comunidades: un solo ajuste frena los DM de desconocidos en ellas.
s-app-safety-snap-discord-q1-c = Responder y pedirle que pare
s-app-safety-snap-discord-q1-c-why = Pedirlo con educación funciona con algunas personas. Pero responder mantiene viva la conversación. Bloquea, reporta y cambia el ajuste.
s-app-safety-snap-discord-what-to-do =
    <b>Qué hacer</b>
    Snapchat: que solo tus amigos puedan contactarte, y Modo fantasma en el Mapa de Snaps. Discord: DM de miembros del servidor desactivados y solicitudes de amistad limitadas. Bloquea y reporta a quien te presione, y guarda las pruebas. Cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 4: Roblox y YouTube

s-app-safety-roblox-youtube-title = Roblox y YouTube
s-app-safety-roblox-youtube-intro =
    Roblox y YouTube son enormes, con jugadores y espectadores de todas las edades, también adultos. Sus ajustes te ayudan a decidir quién puede hablarte y quién ve lo que creas.

    Los dos cambian sus ajustes a menudo. Si algún nombre de esta lección se ve distinto, busca en la configuración Privacidad, Comunicación o Controles parentales.
s-app-safety-roblox-youtube-intro-alt = Un control de videojuegos y un reproductor de video con un escudo verde entre ellos, además de una bandera de reporte y una señal de bloqueo.
s-app-safety-roblox-youtube-roblox =
    <b>Roblox</b>
    • En <b>Configuración → Privacidad</b>, elige quién puede chatear y escribirte. Lo más seguro: solo amigos, o nadie.
    • Deja fuera del chat y de tu perfil tu nombre real, tu escuela y tus otras cuentas.
    • <b>Denunciar abuso</b>: en un juego, abre el menú y toca la bandera junto a un jugador, o usa la pestaña Denunciar. Denuncia el chat o mensaje concreto, para que los moderadores vean qué pasó.
    • <b>Bloquear usuario</b>: toca al jugador en la lista, o los tres puntos de su perfil.
s-app-safety-roblox-youtube-youtube =
    <b>YouTube</b>
    • Al subir un video, elige quién puede verlo: Privado, Oculto (solo quien tenga el enlace) o Público.
    • Puedes desactivar los comentarios de tus videos o retenerlos para revisarlos.
    • No muestres en tus videos tu escuela, tu calle ni tu casa.
    • <b>Denunciar</b>: usa el menú de tres puntos de un video, comentario o canal y luego Denunciar. La denuncia es anónima: la otra persona no sabrá que fuiste tú.
s-app-safety-roblox-youtube-q1 = Un jugador de Roblox te pide tu Snapchat para «hablar bien». ¿Qué haces?
s-app-safety-roblox-youtube-q1-a = Se lo doy, parece buena persona
s-app-safety-roblox-youtube-q1-a-why = Es natural responder con simpatía. Pero llevarte a otra app es un primer paso común para tenerte a solas. Mantén el chat en el juego, o termínalo.
s-app-safety-roblox-youtube-q1-b = Le digo que no, y bloqueo o reporto si insiste
s-app-safety-roblox-youtube-q1-b-why = Puedes mantener el chat en el juego, o simplemente decir que no. Si insiste o te presiona, bloquéalo y repórtalo, y cuéntaselo a un adulto de confianza.
s-app-safety-roblox-youtube-q1-c = Le doy el nombre de una cuenta falsa
s-app-safety-roblox-youtube-q1-c-why = Proteger tu cuenta real es buena idea. Pero así la conversación sigue. Decir que no, y bloquear si hace falta, es más sencillo y más seguro.
s-app-safety-roblox-youtube-what-to-do =
    <b>Qué hacer</b>
    Roblox: limita el chat y los mensajes a amigos, y usa Denunciar abuso y Bloquear usuario. YouTube: sube tus videos como privados u ocultos a menos que lo tengas claro, y denuncia lo que te preocupe. Si alguien te pide fotos o te amenaza, cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.
