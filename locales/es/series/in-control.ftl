## Serie: Tú tienes el control (in-control), para adolescentes de 13 a 17 años.
## Estructura: content/series/in-control.yaml. Basada en Be Internet Awesome y en los consejos de eSafety (con palabras propias).

s-in-control-title = Tú tienes el control
s-in-control-about = Cuatro lecciones cortas sobre privacidad, cómo detectar engaños, cuentas seguras y buen trato en internet. Tú decides qué compartes y quién puede contactarte.

## Lección 1: Tu huella y tu privacidad

s-in-control-footprint-title = Tu huella y tu privacidad
s-in-control-footprint-intro =
    Todo lo que publicas, comentas, compartes o marcas con un "me gusta" deja un rastro. Todos esos rastros juntos forman tu <b>huella digital</b>.

    Otras personas pueden guardar, capturar o reenviar lo que compartes, incluso desde un chat "privado". No es para asustarte, es para que elijas. Tú decides qué sale y quién lo ve.
s-in-control-footprint-think-first =
    Antes de publicar, hazte dos preguntas rápidas:

    • ¿Me parecería bien que lo viera mi familia, un profe o un futuro jefe?
    • ¿Muestra dónde vivo, a qué escuela voy o dónde estoy ahora mismo?

    Tu dirección, tu número, tu escuela y tu ubicación en tiempo real, guárdalos para la gente que conoces y en quien confías fuera de internet. Compartir cosas divertidas está muy bien. Decir dónde encontrarte es otra cosa.
s-in-control-footprint-telegram-settings =
    En Telegram, tú eliges quién puede verte y contactarte. Abre <b>Ajustes</b> y luego <b>Privacidad y seguridad</b>:

    • <b>Número de teléfono</b>: elige <b>Nadie</b> o <b>Mis contactos</b>.
    • Quién puede añadirte a grupos: elige <b>Mis contactos</b>.
    • Última conexión y fotos de perfil: si quieres, muéstralas solo a tus contactos.

    Te lleva un minuto, y puedes cambiarlo cuando quieras.
s-in-control-footprint-q1 = ¿Quién debería poder ver tu número de teléfono en Telegram?
s-in-control-footprint-q1-a = Todo el mundo, así mis amigos me encuentran
s-in-control-footprint-q1-a-why = Es cómodo, pero así también lo ve gente que no conoces. Tus amigos pueden encontrarte por tu nombre de usuario, así que Nadie o Mis contactos es la opción más segura.
s-in-control-footprint-q1-b = Cualquiera que esté en mis grupos
s-in-control-footprint-q1-b-why = Limitarlo es un buen comienzo, pero en un grupo puede haber mucha gente que nunca has visto. Nadie o Mis contactos protege mejor tu número.
s-in-control-footprint-q1-c = Nadie, o solo mis contactos
s-in-control-footprint-q1-c-why = Así tu número se queda con las personas que tú eliges. Tus amigos pueden seguir hablando contigo, y quien no conoces sabe menos de ti.
s-in-control-footprint-unwanted-contact =
    A veces te escribe gente que no conoces. En una encuesta de Australia, 3 de cada 10 adolescentes dijeron que alguien que no conocían los había contactado en internet en solo seis meses (eSafety Commissioner, 2021). Así que no te pasa solo a ti.

    No tienes que contestar. Puedes:
    • salir del chat o ignorarlo
    • <b>bloquear</b> y <b>reportar</b> la cuenta (Telegram muestra estos botones cuando alguien nuevo te escribe)
    • guardar capturas si algo te parece raro
    • contárselo a un adulto de confianza
s-in-control-footprint-q2 = Alguien a quien nunca has visto en persona te pregunta una y otra vez a qué escuela vas. ¿Qué haces?
s-in-control-footprint-q2-a = Decírselo, solo es el nombre de una escuela
s-in-control-footprint-q2-a-why = Puede parecer inofensivo, pero tu escuela le dice a alguien dónde encontrarte casi todos los días. Puedes guardártelo, aunque insista.
s-in-control-footprint-q2-b = No decírselo, y bloquear si sigue insistiendo
s-in-control-footprint-q2-b-why = No le debes tus datos personales a nadie. Quien insiste en pedírtelos está mostrando una señal de alerta: bloquea, reporta y cuéntaselo a alguien de confianza.
s-in-control-footprint-q2-c = Mandarle una foto de mi uniforme
s-in-control-footprint-q2-c-why = Así esquivas la pregunta, pero un uniforme o un escudo puede mostrar tu escuela igual de claro. Mejor guárdatelo.
s-in-control-footprint-what-to-do =
    <b>Qué hacer</b>
    • Revisa hoy tus ajustes de privacidad. Te lleva un minuto.
    • Piénsalo antes de contar dónde vives, dónde estudias o dónde estás.
    • Si alguien te incomoda, deja de contestar, bloquea, reporta y cuéntaselo a un adulto de confianza.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 2: Detecta lo falso

s-in-control-fakes-title = Detecta lo falso
s-in-control-fakes-intro =
    En internet, cualquiera puede elegir cualquier nombre, edad o foto. La mayoría de la gente es quien dice ser, pero algunas personas se hacen pasar por otras para engañar.

    No tienes que desconfiar de todo el mundo. Solo necesitas conocer las señales. Veamos tres tipos de engaño: perfiles falsos, ofertas falsas y mensajes falsos.
s-in-control-fakes-fake-people =
    <b>Los perfiles falsos</b> suelen seguir un patrón. Ojo si alguien:
    • se vuelve tu "mejor amigo" muy rápido, con muchos halagos
    • te pide que sus chats sean secretos
    • quiere pasar a otra app
    • te pide fotos, dinero o datos personales
    • se molesta o te presiona cuando dices que no

    Una sola señal no prueba nada. Pero si algo te parece raro, hazle caso a esa sensación. Puedes ir más despacio o parar.
s-in-control-fakes-q1 = Alguien de un chat de un juego dice que también tiene 14 años. A la semana quiere pasar a una app privada y que sea un secreto. ¿Qué es esto?
s-in-control-fakes-q1-a = Normal, los amigos en línea hacen eso
s-in-control-fakes-q1-a-why = Muchas amistades en línea son reales y buenas. Pero presionarte para ir rápido y pedirte secretos son señales de alerta, aunque la persona parezca simpática.
s-in-control-fakes-q1-b = Una señal de alerta: frenar y contarlo
s-in-control-fakes-q1-b-why = Secretos más cambio de app es un truco muy común. Puedes decir que no, y contárselo a un adulto de confianza es de listos, no es traicionar a nadie.
s-in-control-fakes-q1-c = No pasa nada si su foto de perfil parece real
s-in-control-fakes-q1-c-why = Revisar su perfil tiene sentido, pero las fotos se copian fácilmente de cualquier sitio. Cómo actúa alguien dice más que su foto.
s-in-control-fakes-fake-offers =
    <b>Las ofertas falsas</b> suenan increíbles: Telegram Premium gratis, monedas para tu juego, un premio de un sorteo en el que nunca participaste, o dinero fácil por una tarea pequeña.

    La trampa llega después: te piden tocar un enlace, pagar una pequeña cantidad o enviar un código o tus datos personales.

    Regla rápida: si parece demasiado bueno para ser verdad, seguramente no lo es.
s-in-control-fakes-phishing =
    <b>Los mensajes falsos</b> (phishing) fingen venir de una app, un banco o incluso un amigo. Muchas veces te presionan: "¡Tu cuenta se borrará en 1 hora!"

    Antes de tocar:
    • ¿Llegó el mensaje de la nada?
    • ¿Alguien me presiona o me asusta?
    • ¿El enlace se ve un poco raro?

    Si es así, no lo toques. Entra tú en la app o la web. Telegram nunca te pide tu código ni tu contraseña en un chat.
s-in-control-fakes-q2 = Un mensaje dice que has ganado Telegram Premium gratis. Solo tienes que tocar un enlace y escribir tu código de inicio de sesión. ¿Qué haces?
s-in-control-fakes-q2-a = No lo toco: bloqueo y reporto a quien lo envió
s-in-control-fakes-q2-a-why = Los premios de verdad nunca necesitan tu código de inicio de sesión. Bloquear y reportar a quien lo envió también ayuda a proteger a otras personas.
s-in-control-fakes-q2-b = Pongo el código rápido antes de que se acabe
s-in-control-fakes-q2-b-why = Las prisas son parte del truco. Quien tenga tu código puede quedarse con tu cuenta. Tómate tu tiempo: las ofertas reales no desaparecen en segundos.
s-in-control-fakes-q2-c = Lo reenvío a mis amigos para que ganen también
s-in-control-fakes-q2-c-why = Qué buena intención, pero les pasarías el engaño. Mejor repórtalo y avisa a tus amigos de que es falso.
s-in-control-fakes-what-to-do =
    <b>Qué hacer</b>
    • ¿No sabes si algo es real? Haz una pausa. No tienes que responder enseguida.
    • No toques enlaces inesperados ni envíes códigos, dinero o fotos.
    • Bloquea y reporta las cuentas falsas.
    • ¿Ya tocaste, enviaste o pagaste algo? Le pasa a mucha gente. Cuéntaselo a un adulto de confianza. No es tu culpa, y tiene arreglo.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 3: Cuentas seguras

s-in-control-accounts-title = Cuentas seguras
s-in-control-accounts-intro =
    Tus cuentas guardan tus chats, tus fotos y a tus amigos. Si las proteges bien, el control sigue siendo tuyo.

    Tres hábitos sencillos marcan una gran diferencia:
    • una contraseña fuerte
    • la verificación en dos pasos
    • no compartir nunca tus códigos de inicio de sesión
s-in-control-accounts-passphrase =
    <b>Mejor larga que complicada.</b> Una frase de contraseña son varias palabras al azar juntas, como gato-nube-galleta-salto (¡pero inventa la tuya!).

    • No uses tu nombre, tu cumpleaños ni el nombre de tu mascota.
    • Usa una contraseña distinta para cada cuenta importante.
    • No la compartas, ni siquiera con tus amistades más cercanas.

    Un gestor de contraseñas o un adulto de confianza te puede ayudar a recordarlas.
s-in-control-accounts-q1 = ¿Qué contraseña es la más fuerte?
s-in-control-accounts-q1-a = Sofia2010
s-in-control-accounts-q1-a-why = Los nombres y los años de nacimiento son fáciles de adivinar, sobre todo si aparecen en tu perfil. Mejor prueba con varias palabras al azar.
s-in-control-accounts-q1-b = piano-banana-viento-bota
s-in-control-accounts-q1-b-why = Cuatro palabras al azar hacen una contraseña larga y difícil de adivinar, pero fácil de recordar para ti. Eso sí, inventa la tuya.
s-in-control-accounts-q1-c = Contraseña123!
s-in-control-accounts-q1-c-why = Parece complicada, pero es de las contraseñas más usadas. La longitud y el azar importan más que los símbolos.
s-in-control-accounts-two-step =
    La <b>verificación en dos pasos</b> añade un segundo candado. Aunque alguien consiga tu código de inicio de sesión, también necesitará tu contraseña para entrar.

    En Telegram, abre <b>Ajustes</b>, luego <b>Privacidad y seguridad</b> y después <b>Verificación en dos pasos</b>. Elige una contraseña y añade un correo de recuperación que revises.

    Muchas otras apps también lo tienen: busca "dos pasos" o "2FA" en sus ajustes.
s-in-control-accounts-login-codes =
    Un código de inicio de sesión es como la llave de tu casa. <b>No se lo des nunca a nadie</b>, ni a quien dice ser de Telegram, ni a un amigo que dice que te lo envió por error. Telegram nunca te pide tu código en un chat.

    ¿Compartiste uno por error? Puede pasar. Ve a <b>Ajustes</b> y luego a <b>Dispositivos</b>, cierra cualquier sesión que no reconozcas y activa la verificación en dos pasos.
s-in-control-accounts-q2 = Un amigo te escribe: "Uy, mandé mi código a tu número por error. ¿Me lo pasas?" ¿Qué haces?
s-in-control-accounts-q2-a = Se lo mando, es mi amigo
s-in-control-accounts-q2-a-why = Está bien querer ayudar, pero es un truco muy común. Puede que le hayan hackeado la cuenta, y en realidad ese código es la llave de la tuya.
s-in-control-accounts-q2-b = Le mando solo la mitad del código
s-in-control-accounts-q2-b-why = Incluso un trozo del código puede ayudar a un estafador a entrar en tu cuenta. Lo más seguro es no mandar nada.
s-in-control-accounts-q2-c = No lo mando y lo compruebo de otra forma
s-in-control-accounts-q2-c-why = Una llamada o una charla en persona te muestra si de verdad es tu amigo. Si le hackearon la cuenta, la tuya sigue a salvo, y puedes ayudarlo a recuperar la suya.
s-in-control-accounts-what-to-do =
    <b>Qué hacer</b>
    • Usa una frase de contraseña larga y distinta para cada cuenta.
    • Activa hoy la verificación en dos pasos en Telegram.
    • Nunca compartas códigos ni contraseñas.
    • ¿Crees que alguien entró en tu cuenta? Cierra las sesiones desconocidas en <b>Dispositivos</b>, cambia tu contraseña y cuéntaselo a un adulto de confianza.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 4: Amable y valiente

s-in-control-kind-title = Amable y valiente
s-in-control-kind-intro =
    Detrás de cada pantalla hay una persona real, con sentimientos reales. Lo que publicamos y compartimos puede alegrarle el día a alguien, o arruinárselo.

    La amabilidad en internet no tiene que ver con la perfección. Tiene que ver con pequeñas decisiones: lo que envías, lo que reenvías y cómo apoyas a los demás.
s-in-control-kind-dont-forward =
    ¿Te llega un meme cruel, un rumor o una foto vergonzosa de alguien? <b>Que se detenga contigo.</b>

    • No lo reenvíes, no le des "me gusta" ni lo comentes.
    • Repórtalo en la app.
    • Nunca compartas imágenes privadas o íntimas de nadie. Pueden hacer muchísimo daño, y en muchos lugares es un delito.

    No reenviar es una decisión silenciosa, pero valiente.
s-in-control-kind-q1 = En un grupo, alguien sube una foto vergonzosa de un compañero de clase. ¿Qué sería lo amable y valiente?
s-in-control-kind-q1-a = No compartirla, reportarla y preguntarle cómo está
s-in-control-kind-q1-a-why = No compartirla frena su difusión, reportarla ayuda a que la quiten, y un mensaje amable le muestra a tu compañero que no está solo.
s-in-control-kind-q1-b = Reenviarla, total, ya la vio todo el mundo
s-in-control-kind-q1-b-why = Puede parecer que da igual, pero cada vez que se comparte, el daño llega más lejos. Tú puedes ser quien lo pare.
s-in-control-kind-q1-c = Poner un chiste para que sea menos incómodo
s-in-control-kind-q1-c-why = Querer aliviar el ambiente se entiende. Pero los chistes pueden sumarse a las burlas y hacer que tu compañero se sienta aún peor.
s-in-control-kind-support-friends =
    Si a alguien cercano le están haciendo daño en internet, puedes ayudar con pequeños gestos:
    • Escríbele en privado: "Vi lo que pasó. ¿Estás bien?"
    • Escucha sin juzgar.
    • Ayuda a guardar capturas y luego a bloquear y reportar.
    • Ofrécete a ir con esa persona a hablar con un adulto de confianza.

    No tienes que arreglarlo todo. Estar ahí ya es muchísimo.
s-in-control-kind-talk-it-out =
    <b>Ante la duda, habla.</b> Si algo en internet te da miedo, te pone triste, te confunde o te presiona, cuéntaselo a alguien de confianza: tu madre, tu padre, otro familiar, un profe, alguien de tu escuela o una línea de ayuda para jóvenes.

    Nunca es tarde para hablar. Si otra persona hizo algo mal, no es tu culpa. Y si tú cometiste un error, también mereces ayuda.
s-in-control-kind-q2 = Un amigo te cuenta que alguien le manda mensajes crueles todo el tiempo. ¿Qué le ayuda más?
s-in-control-kind-q2-a = Decirle que simplemente lo ignore
s-in-control-kind-q2-a-why = Ignorarlo a veces funciona, pero por sí solo puede dejar a tu amigo sintiéndose solo. Ayudarlo a bloquear, reportar y buscar apoyo funciona mejor.
s-in-control-kind-q2-b = Mandarle mensajes crueles al acosador
s-in-control-kind-q2-b-why = Querer defender a tu amigo es un buen impulso. Pero contraatacar puede empeorar las cosas y meterte en problemas a ti también. Mejor repórtalo.
s-in-control-kind-q2-c = Escucharlo, ayudarlo a reportar y buscar a un adulto
s-in-control-kind-q2-c-why = Escucharlo le ayuda a sentirse menos solo, reportar hace que alguien revise los mensajes, y un adulto de confianza puede ayudar a que esto pare.
s-in-control-kind-what-to-do =
    <b>Qué hacer</b>
    • No reenvíes publicaciones ni imágenes hirientes: repórtalas.
    • Pregunta cómo están tus amigos cuando lo pasan mal.
    • Si algo en internet te preocupa, habla con un adulto de confianza. Lo que hizo otra persona no es tu culpa.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## La voz de la juventud: la pregunta de un toque, una vez al terminar la serie

s-in-control-voice-first-step = ¿Cuál de estas cosas harías primero?
s-in-control-voice-first-step-privacy = Revisar quién puede ver mis publicaciones
s-in-control-voice-first-step-passwords = Hacer más seguras mis contraseñas
s-in-control-voice-first-step-check = Pararme a comprobar antes de compartir
s-in-control-voice-first-step-kind = Apoyar a alguien a quien molestan en internet
s-in-control-voice-first-step-talk = Hablar con alguien de confianza

## Alt texts of the lesson pictures (for screen readers and the preview)

s-in-control-footprint-intro-alt = Una persona adolescente sostiene un teléfono. Un rastro de huellas lleva a una tarjeta de interruptores de privacidad y a un candado.
s-in-control-fakes-intro-alt = Una persona adolescente con un teléfono mira dos perfiles. Una cara está oculta tras una máscara, y una lupa la revisa.
s-in-control-accounts-intro-alt = Una persona adolescente junto a un teléfono grande con un candado en la pantalla, un escudo con una marca de verificación y una llave.
s-in-control-kind-intro-alt = Dos amigos lado a lado, uno con el brazo sobre el otro, con un corazón y burbujas de chat.
