## Serie: Videojuegos y transmisiones en vivo (games-streams), para adolescentes de 13 a 17 años.
## Basada en las recomendaciones de eSafety, Kids Helpline, CEOP Thinkuknow, Internet Matters y el FBI, con palabras propias.

s-games-streams-title = Videojuegos y transmisiones en vivo
s-games-streams-about = Chat de voz, solicitudes de amistad, regalos y streams: detecta los trucos que usa alguna gente para ganarse tu confianza o hacerte sentir en deuda, ajusta bien tu configuración, y sal y reporta cuando algo no cuadra.

## Lección 1: Chat de voz y solicitudes de amistad

s-games-streams-game-chat-title = Chat de voz y solicitudes de amistad
s-games-streams-game-chat-intro =
    Los videojuegos son una forma genial de pasar el rato, hacer equipo y hacer amigos, y la mayoría de los jugadores solo quiere jugar.

    Pero el chat del juego y el chat de voz también permiten que te contacten desconocidos, y algunos adultos usan los juegos para acercarse a jóvenes. En internet, cualquiera puede decir que tiene 15 años. Una voz, una skin o un rango no demuestran quién es alguien.
s-games-streams-game-chat-intro-alt = Una persona adolescente sonriente con auriculares y un control de videojuegos en las manos, con burbujas de chat, una pantalla de juego, un candado y un engranaje de ajustes.
s-games-streams-game-chat-red-flags =
    Ojo con los jugadores que:
    • te preguntan tu edad, dónde vives o estudias, o si estás sin nadie en casa;
    • te mandan muchos mensajes o solicitudes de amistad después de una partida;
    • te halagan mucho y dicen que tienes mucha madurez o que eres especial;
    • llevan la conversación hacia el cuerpo, las citas o el sexo;
    • quieren que todo sea secreto o pasar a otra app.

    Con una sola de estas señales ya hay motivo para alejarte.
s-games-streams-game-chat-settings =
    Tu configuración ayuda:
    • Chat de voz y de texto: solo amigos o tu grupo (party), o desactivado.
    • Solicitudes de amistad: de amigos de amigos, o de nadie.
    • Un nombre de usuario sin tu nombre real, edad, escuela ni ciudad.
    • <b>Silencia</b> a quien te moleste y <b>bloquea</b> a quien te dé mala espina.

    Los ajustes se llaman distinto en cada juego y consola: busca Privacidad, Seguridad o Comunicación.
s-games-streams-game-chat-q1 = Un jugador que acabas de conocer te dice que tienes mucha más madurez que la gente de tu edad, y luego te pregunta si estás sin nadie en casa. ¿Qué es esto?
s-games-streams-game-chat-q1-a = Un cumplido, nada grave
s-games-streams-game-chat-q1-a-why = Los cumplidos se sienten bien, y justo por eso los usan. Muchos halagos más preguntas sobre si estás sin nadie es un patrón típico de grooming. Puedes dejar de responder.
s-games-streams-game-chat-q1-b = Señales de alerta: halagos y una pregunta personal
s-games-streams-game-chat-q1-b-why = No tienes que responder preguntas personales de nadie. Silencia, bloquea y reporta al jugador, y cuéntaselo a un adulto de confianza si te preocupó.
s-games-streams-game-chat-q1-c = No pasa nada si juega bien
s-games-streams-game-chat-q1-c-why = Jugar bien no dice nada sobre si alguien es de fiar. Fíjate en lo que pregunta, no en cómo juega.
s-games-streams-game-chat-what-to-do =
    <b>Qué hacer</b>
    Deja el chat solo para amigos, no pongas datos personales en tu nombre de usuario ni en tu perfil, y sal de cualquier chat que se vuelva personal o te dé mala espina. Bloquea y reporta al jugador en el juego. Cuéntaselo a un adulto de confianza o llama a una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 2: Regalos, skins y «deudas»

s-games-streams-gifts-debt-title = Regalos, skins y «deudas»
s-games-streams-gifts-debt-intro =
    Skins gratis, monedas del juego, un pase de batalla, una tarjeta de regalo: se siente genial cuando alguien te regala algo.

    Pero hay gente que hace regalos para ganarse tu confianza o para que sientas que le debes algo. Después te pide algo a cambio: fotos, secretos, una videollamada o pasar a una app privada. El consejo de Kids Helpline: di «no, gracias» a regalos y créditos gratis de gente que solo conoces por internet.
s-games-streams-gifts-debt-intro-alt = Una persona adolescente levanta la mano para decir «no, gracias» a una gran caja de regalo rodeada de monedas y gemas.
s-games-streams-gifts-debt-owe-nothing =
    Un regalo no es un trato. Si alguien te dice «después de todo lo que te di…», eso es presión, y es una señal de alerta.

    Algunos jugadores te prestan monedas y luego dicen que tienes una <b>deuda</b> y que se la tienes que pagar de otras formas. Te hayan dado lo que te hayan dado, no le debes a nadie fotos, secretos ni tu tiempo. Puedes dejar de responder y contárselo a alguien.
s-games-streams-gifts-debt-private-apps =
    Ve más despacio cuando alguien que conociste jugando quiere pasar a una app privada, sobre todo una donde los mensajes desaparecen, o te pide que su amistad sea un secreto.

    Cambiar de app no siempre es malo. Pero si se junta con regalos, halagos o secretos, es una señal de alerta. Un amigo de verdad no tiene problema con que sigan hablando en el juego, ni con que tu familia sepa de él.
s-games-streams-gifts-debt-q1 = Un jugador te regaló skins. Ahora dice que le debes, y te pide una foto «para darle las gracias». ¿Qué es verdad?
s-games-streams-gifts-debt-q1-a = Debería mandarla, fue generoso conmigo
s-games-streams-gifts-debt-q1-a-why = Querer actuar con justicia es un buen instinto. Pero un regalo no es un contrato, y usarlo para conseguir una foto es manipulación. No le debes nada.
s-games-streams-gifts-debt-q1-b = No debo nada; puedo parar y contárselo a alguien
s-games-streams-gifts-debt-q1-b-why = Usar regalos para que te sientas en deuda es un truco conocido. Deja de responder, guarda el chat, bloquea y reporta, y cuéntaselo a un adulto de confianza.
s-games-streams-gifts-debt-q1-c = Debería devolvérselo en dinero
s-games-streams-gifts-debt-q1-c-why = Es natural querer quedar a mano. Pero pagar te mantiene en contacto y puede traer más exigencias. No tienes que pagar por un regalo.
s-games-streams-gifts-debt-what-to-do =
    <b>Qué hacer</b>
    Rechaza regalos de gente que solo conoces por internet. Si alguien dice que le debes, deja de responder, haz capturas de pantalla, y luego bloquéalo y repórtalo en el juego. Cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países). No te vas a meter en problemas por haber aceptado un regalo.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 3: Transmisiones en vivo: mirar y transmitir

s-games-streams-livestreams-title = Transmisiones en vivo
s-games-streams-livestreams-intro =
    Los streams son divertidos de ver y de hacer. Quienes miran pueden comentar, chatear y mandar regalos en tiempo real.

    Como es en vivo, es difícil deshacerlo: quien mira puede grabar o hacer capturas de un stream. Y entre el público en vivo puede haber gente que no conoces, aunque lo hayas pensado solo para tus amigos.
s-games-streams-livestreams-intro-alt = Una persona adolescente saluda a un teléfono en un soporte que transmite en vivo, con corazones, un regalo y una estrella flotando hacia arriba.
s-games-streams-livestreams-comments-gifts =
    Ojo con quienes:
    • mandan regalos o monedas y luego piden algo a cambio, como un reto, una pose o un chat privado;
    • te piden que te cambies de ropa, que enseñes tu cuarto o que digas dónde estás;
    • te siguen escribiendo en privado después del stream.

    Puedes ignorar lo que te piden, filtrar o desactivar los comentarios, sacar a espectadores y terminar el stream cuando quieras. Los regalos no significan que le debas nada a nadie.
s-games-streams-livestreams-before-live =
    Antes de transmitir en vivo:
    • Revisa el fondo: uniforme escolar, letreros de la calle, tu casa, cartas con tu dirección.
    • Transmite solo para amigos, si la app lo permite.
    • Nunca digas en el stream dónde estás, tu escuela ni tus planes.
    • Avísale a un adulto de confianza cuando vayas a transmitir.

    Algunas apps solo dejan transmitir en vivo a los adolescentes más jóvenes con un adulto, o no se lo permiten. Revisa las reglas de la app.
s-games-streams-livestreams-q1 = Alguien te manda muchos regalos durante tu stream y luego te pide seguir en un chat privado. ¿Qué haces?
s-games-streams-livestreams-q1-a = Paso al privado, fue generoso
s-games-streams-livestreams-q1-a-why = Puede parecer que tienes que devolver el favor. Pero los regalos para tenerte a solas son una señal de alerta. No le debes nada a quien te mira.
s-games-streams-livestreams-q1-b = Digo que no, lo saco, se lo cuento a alguien
s-games-streams-livestreams-q1-b-why = Puedes decir que no, sacar o bloquear a esa persona y reportarla. Contárselo a un adulto de confianza ayuda si sigue intentándolo.
s-games-streams-livestreams-q1-c = Sigo transmitiendo y espero que pare
s-games-streams-livestreams-q1-c-why = Es comprensible esperar que se le pase. Pero este tipo de presión suele ir a más. Actuar pronto te mantiene en control.
s-games-streams-livestreams-what-to-do =
    <b>Qué hacer</b>
    Transmite para gente que conoces, deja tus datos personales fuera de cámara y termina el stream en cuanto algo no se sienta bien. Reporta a quien te presione. Cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 4: Salir, bloquear y reportar

s-games-streams-leave-report-title = Salir, bloquear y reportar
s-games-streams-leave-report-intro =
    Puedes salir de cualquier partida, chat, servidor o stream cuando quieras, sin dar explicaciones. Salir no es de mala educación, y no es perder. Es tener el control.

    Si alguien te hace bullying, te presiona o te da mala espina, los pasos de esta lección ayudan a frenarlo, por ti y por los demás jugadores.
s-games-streams-leave-report-intro-alt = Una persona adolescente camina hacia una puerta abierta, con una bandera de reporte a un lado y una señal de bloqueo al otro.
s-games-streams-leave-report-evidence =
    Antes de bloquear, <b>guarda pruebas</b>:
    • Capturas o una grabación de pantalla del chat o de los mensajes.
    • Su nombre de usuario (y su gamertag, si es distinto).
    • El juego, servidor o stream, y la fecha.

    eSafety, el organismo de Australia que regula la seguridad en internet, aconseja reunir pruebas así y después reportar al jugador en el juego.
s-games-streams-leave-report-block-report =
    <b>Silenciar</b> hace que dejes de oír o ver a esa persona. <b>Bloquear</b> impide que te contacte. <b>Reportar</b> avisa al juego para que pueda actuar. Si alguien te hace daño, haz las tres cosas.

    Los reportes suelen ser privados: al jugador no le dicen quién lo reportó. Busca el ícono de una bandera, toca su nombre en la lista de jugadores o busca Reportar en el menú.
s-games-streams-leave-report-q1 = Un jugador te sigue escribiendo después de que saliste de la partida y te pide tus otras cuentas. ¿Qué es lo mejor?
s-games-streams-leave-report-q1-a = Darle una cuenta para que pare
s-games-streams-leave-report-q1-a-why = Puede parecer la salida más fácil. Pero le da otra forma de contactarte, y no tienes que darle nada.
s-games-streams-leave-report-q1-b = Hacer capturas, bloquear, reportar, contarlo
s-games-streams-leave-report-q1-b-why = Primero las pruebas, luego bloquear y reportar en el juego. Si se lo cuentas a un adulto de confianza, no tienes que manejarlo sin apoyo.
s-games-streams-leave-report-q1-c = Borrar el juego para siempre
s-games-streams-leave-report-q1-c-why = Tomarte un descanso está bien si quieres. Pero tú no hiciste nada malo: bloquear y reportar lo frena sin que pierdas tu juego.
s-games-streams-leave-report-what-to-do =
    <b>Qué hacer</b>
    Sal de todo lo que no se sienta bien. Guarda pruebas, y luego bloquea y reporta en el juego. Cuéntaselo a un adulto de confianza o llama a una línea de ayuda para jóvenes (el 116 111 en muchos países). Si alguien te pide fotos sexuales o te amenaza, es grave: pide ayuda enseguida.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.
