## Serie: Adolescentes mayores: relaciones y riesgos (older-teens), para adolescentes de 16 y 17 años.
## Basada en las recomendaciones de eSafety, ThinkUKnow Australia, NCMEC, Kids Helpline y One Love, con palabras propias.

s-older-teens-title = Relaciones, imágenes y ofertas
s-older-teens-about = Para jóvenes de 16 y 17 años: consentimiento y respeto en internet, las imágenes y la ley, las apps de citas y los adultos, las ofertas demasiado buenas para ser verdad y cómo distinguir una relación sana de una controladora.

## Lección 1: Consentimiento y respeto en internet

s-older-teens-consent-title = Consentimiento y respeto en internet
s-older-teens-consent-intro =
    Coquetear, salir con alguien y tener pareja también pasa en internet, y eso puede estar genial. Se aplica la misma regla que fuera de internet: el <b>consentimiento</b>.

    Consentimiento significa que las dos personas están de acuerdo libremente, cada vez. Cualquiera de las dos puede decir que no, o cambiar de opinión, en cualquier momento.
s-older-teens-consent-intro-alt = Dos adolescentes sonrientes con teléfonos intercambian una marca de verificación y un corazón en burbujas de chat.
s-older-teens-consent-what-it-means =
    En internet, consentimiento significa:
    • Preguntar antes de mandar algo sexual. Mandar nudes que nadie pidió no está bien.
    • Preguntar antes de compartir la foto, los mensajes o las capturas de alguien.
    • Aceptar un no, o que no te respondan, sin presionar, sin hacer sentir culpable y sin poner mala cara.
    • Saber que un sí dado por presión, miedo o amenazas no es un sí de verdad.
s-older-teens-consent-q1 = Tu pareja te dice que esta noche no quiere hacer sexting. ¿Cuál es la respuesta respetuosa?
s-older-teens-consent-q1-a = «Está bien, no pasa nada».
s-older-teens-consent-q1-a-why = Aceptar un no sin presionar muestra respeto y crea confianza. «No» es una respuesta completa.
s-older-teens-consent-q1-b = Volver a pedirlo de otra forma
s-older-teens-consent-q1-b-why = Querer sentir cercanía es normal. Pero pedirlo una y otra vez es presión, y la presión no es consentimiento.
s-older-teens-consent-q1-c = «Si me quisieras, lo harías».
s-older-teens-consent-q1-c-why = Sentir un rechazo puede doler. Pero hacer sentir culpable a alguien es presión, y daña la confianza. Un no es un no.
s-older-teens-consent-can-change =
    El consentimiento puede cambiar. Un sí de ayer no significa un sí hoy. Mandar una foto no significa aceptar mandar más, ni que se comparta.

    Si alguien comparte tus mensajes o imágenes privadas sin preguntarte, la responsabilidad es suya, no tuya. Puedes pedirle que lo borre, reportarlo y pedir ayuda.
s-older-teens-consent-what-to-do =
    <b>Qué hacer</b>
    Pregunta, escucha y acepta un no. Si alguien te presiona, o comparte algo tuyo sin tu consentimiento, guarda pruebas, bloquea y reporta, y habla con un adulto de confianza o con una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 2: Las imágenes y la ley

s-older-teens-images-law-title = Las imágenes y la ley
s-older-teens-images-law-intro =
    Muchos adolescentes se preguntan qué dice la ley sobre los nudes. Las leyes cambian de un país a otro, pero hay una regla general que vale la pena conocer.
s-older-teens-images-law-intro-alt = Una balanza equilibrada junto a un escudo verde con una marca de verificación.
s-older-teens-images-law-the-law =
    En muchos países, hacer, pedir, guardar o compartir imágenes sexuales de <b>cualquier menor de 18</b> va contra la ley. Puede aplicarse incluso a una selfie, incluso entre dos adolescentes de la misma edad, e incluso si los dos estaban de acuerdo. En algunos lugares también incluye imágenes editadas o falsas.

    Estas leyes existen para proteger a los jóvenes de la explotación. Si hay una imagen tuya circulando, pedir ayuda siempre es lo correcto.
s-older-teens-images-law-most-say-no =
    Puede parecer que todo el mundo manda nudes. La mayoría no lo hace. En una encuesta de eSafety a jóvenes de 14 a 17 años, el 73% de quienes habían recibido una petición de un nude dijo que no lo mandó (eSafety, 2017).

    Decir que no es normal. No necesitas una razón, y no te hace aburrido ni aburrida.
s-older-teens-images-law-q1 = Tu pareja de 17 años quiere intercambiar nudes y dice que no pasa nada porque los dos tienen casi 18. ¿Qué es verdad?
s-older-teens-images-law-q1-a = No pasa nada, los dos estamos de acuerdo
s-older-teens-images-law-q1-a-why = Estar de acuerdo importa mucho en una relación. Pero en muchos países, las imágenes sexuales de menores de 18 van contra la ley aunque haya consentimiento. Y una vez enviadas, no controlas adónde van.
s-older-teens-images-law-q1-b = No pasa nada si la app las borra
s-older-teens-images-law-q1-b-why = A los mensajes que desaparecen igual se les puede hacer captura o grabar. Y los ajustes de una app no cambian la ley.
s-older-teens-images-law-q1-c = En muchos países es ilegal antes de los 18, aunque queramos
s-older-teens-images-law-q1-c-why = Muchos países consideran ilegales las imágenes sexuales de menores de 18, las tome quien las tome. Decir que no, o esperar, los protege a los dos.
s-older-teens-images-law-if-shared =
    Si se compartió una imagen tuya, o alguien amenaza con compartirla: no es demasiado tarde. No pagues y no mandes más. Guarda pruebas y denúncialo.

    <b>Take It Down</b> (takeitdown.ncmec.org) sirve para imágenes de antes de que cumplieras 18. Y si alguien te manda un nude de otra persona adolescente, no lo reenvíes: repórtalo y después bórralo.
s-older-teens-images-law-what-to-do =
    <b>Qué hacer</b>
    Siempre puedes decir que no. Nunca reenvíes un nude de otra persona. Si hay una imagen tuya circulando, usa takeitdown.ncmec.org, repórtala en la app y denúnciala en un servicio de denuncia, y habla con un adulto de confianza o con una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 3: Apps de citas y adultos

s-older-teens-dating-apps-title = Apps de citas y adultos
s-older-teens-dating-apps-intro =
    Casi todas las grandes apps de citas son solo para adultos: sus reglas dicen que debes tener 18 años o más. Tinder, por ejemplo, solo admite a personas de 18 años en adelante.

    Esa regla existe por algo. Las apps de citas están llenas de adultos que buscan adultos, y mentir sobre tu edad te pone delante de gente que no debería contactarte.
s-older-teens-dating-apps-intro-alt = Una persona adolescente levanta la mano y se aleja de un teléfono con una app de citas, junto a una señal de prohibido el paso.
s-older-teens-dating-apps-adults-red-flag =
    Un adulto que quiere una relación romántica o sexual con alguien menor de 18 es una <b>señal de alerta</b>, no un halago, aunque te diga que tienes mucha madurez y aunque te trate bien.

    Ojo con los adultos que quieren mantener la relación en secreto, mandan regalos o dinero, piden fotos, quieren verte a solas o dicen que la edad es «solo un número». Los adultos que se preocupan por los jóvenes respetan los límites de edad.
s-older-teens-dating-apps-q1 = Tienes 16 años. Alguien de 24 que conociste en internet te dice que tienes mucha madurez para tu edad y quiere verte. ¿Qué es esto?
s-older-teens-dating-apps-q1-a = Un halago, debo de tener mucha madurez
s-older-teens-dating-apps-q1-a-why = Se siente bien que alguien se fije en ti. Pero «tienes mucha madurez para tu edad» es una frase muy conocida que usan los adultos para acercarse a adolescentes.
s-older-teens-dating-apps-q1-b = Una señal de alerta: un adulto que busca a un menor
s-older-teens-dating-apps-q1-b-why = Un adulto que quiere salir con alguien menor de 18 no es seguro, por amable que parezca. Deja de responder, no te veas con esa persona, guarda el chat y cuéntaselo a un adulto de confianza.
s-older-teens-dating-apps-q1-c = Está bien si nos vemos en un lugar público
s-older-teens-dating-apps-q1-c-why = Verse en un lugar público es un buen hábito cuando dos adultos tienen citas. Pero aquí el problema es un adulto que quiere una relación con un adolescente. No vayas.
s-older-teens-dating-apps-meeting-people =
    Si a tu edad conoces gente por internet:
    • Usa apps pensadas para tu edad y mantén tus perfiles privados.
    • Nunca vayas a solas a ver a alguien que solo conoces por internet. Dile a un adulto adónde vas, y quédate en un lugar público.
    • Si un adulto coquetea contigo o te pide fotos, puedes irte, bloquear y reportar, y no te vas a meter en problemas por eso.
s-older-teens-dating-apps-what-to-do =
    <b>Qué hacer</b>
    No uses apps para mayores de 18. Si un adulto te busca por internet: deja de responder, no te veas con esa persona, guarda los mensajes, bloquea y reporta, y cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países). Quien actúa mal es esa persona, no tú.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 4: Ofertas demasiado buenas para ser verdad

s-older-teens-offers-title = Ofertas demasiado buenas para ser verdad
s-older-teens-offers-intro =
    «Podrías ser modelo». «Dinero fácil, solo unas fotos». «Te mando una tarjeta de regalo si…»

    Ofertas así llegan por DM, en comentarios y en juegos. Algunas son estafas para quitarte dinero. Otras son una forma de conseguir fotos tuyas, que después pueden usar para presionarte o chantajearte.
s-older-teens-offers-intro-alt = Una oferta brillante en un sobre revisada con una lupa, junto a una señal de prohibido el paso.
s-older-teens-offers-fake-modelling =
    <b>Ofertas falsas de modelaje o de trabajo</b>: las agencias de verdad no buscan adolescentes por DM ni piden fotos en ropa interior, fotos desnudas o una videollamada privada. Las agencias de modelos han advertido que los falsos cazatalentos hacen justo eso.

    Si una oferta parece real, revísala con un adulto de confianza: busca tú la empresa y contáctala por su sitio web oficial, no por el enlace que te mandaron.
s-older-teens-offers-easy-money =
    <b>Dinero fácil</b>: las ofertas de pagarte por fotos, por chats privados o por «solo unos minutos frente a la cámara» son trampas. Puedes perder dinero o terminar con alguien chantajeándote.

    <b>Regalos a cambio de fotos</b>: dinero, tarjetas de regalo, créditos para juegos o ropa a cambio de fotos es explotación, aunque empiece con «solo una selfie». Lo que piden casi siempre va a más.
s-older-teens-offers-q1 = Un supuesto cazatalentos te escribe: podrías ser modelo, solo manda unas fotos en ropa interior para empezar. ¿Qué haces?
s-older-teens-offers-q1-a = Las mando, es una gran oportunidad
s-older-teens-offers-q1-a-why = Tener grandes sueños está genial, y los estafadores se aprovechan de eso. Las agencias de verdad no piden fotos en ropa interior por DM.
s-older-teens-offers-q1-b = Las mando, pero sin que se vea mi cara
s-older-teens-offers-q1-b-why = Esconder tu cara muestra que tienes cuidado. Pero igual le estarías dando fotos íntimas a un desconocido, y las pueden usar para presionarte.
s-older-teens-offers-q1-c = No mando nada; reviso la agencia con un adulto
s-older-teens-offers-q1-c-why = Una oferta real va a seguir ahí después de revisarla. Bloquea y reporta la cuenta, y habla del tema con un adulto de confianza.
s-older-teens-offers-what-to-do =
    <b>Qué hacer</b>
    Si una oferta te pide fotos, dinero por adelantado o secreto, no es una oferta real. No mandes nada. Guarda los mensajes, bloquea y reporta la cuenta, y cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países). Si ya mandaste algo, no estás en problemas: pide ayuda ahora.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 5: ¿Sana o controladora?

s-older-teens-healthy-title = ¿Sana o controladora?
s-older-teens-healthy-intro =
    Una buena relación, en internet y fuera de internet, te hace sentir seguridad, respeto y libertad para ser tú.

    Las discusiones y un poco de celos pasan a veces. El control es otra cosa: es una persona que intenta decidir lo que hace la otra.
s-older-teens-healthy-intro-alt = Dos adolescentes sonrientes uno al lado del otro con un corazón encima, una marca de verificación verde y un candado abierto.
s-older-teens-healthy-healthy =
    Una relación <b>sana</b> se ve así:
    • Cada uno tiene sus propios amigos, su tiempo y su privacidad.
    • Hablan de los problemas y los dos escuchan.
    • Cualquiera de los dos puede decir que no, y está bien.
    • No tienes que compartir contraseñas ni tu ubicación para demostrar nada.
    • Te sientes bien contigo cuando estás con esa persona.
s-older-teens-healthy-controlling =
    Una relación <b>controladora</b> se ve así:
    • Revisa tu teléfono, o te exige tus contraseñas o tu ubicación.
    • Se enoja si no respondes enseguida.
    • Te dice a quién seguir, bloquear o con quién hablar.
    • Te humilla, en privado o en publicaciones.
    • Te presiona para que mandes nudes, o amenaza con compartir fotos.

    Son señales de alerta de violencia digital. No es amor, y no es tu culpa.
s-older-teens-healthy-q1 = Tu pareja quiere tus contraseñas «para demostrar que no escondes nada». ¿Qué es verdad?
s-older-teens-healthy-q1-a = Es justo, las parejas lo comparten todo
s-older-teens-healthy-q1-a-why = Algunas parejas sí eligen compartir cosas, libremente. Pero exigir contraseñas como prueba es control, no confianza.
s-older-teens-healthy-q1-b = Es una señal de control, no de confianza
s-older-teens-healthy-q1-b-why = En una relación sana, la confianza no necesita pruebas así. Puedes decir que no, y hablar con alguien de confianza si sigue pasando.
s-older-teens-healthy-q1-c = Solo es un problema si lee mis mensajes
s-older-teens-healthy-q1-c-why = Es lógico esperar que no vaya a fisgonear. Pero exigir el acceso ya es controlar, lo use o no.
s-older-teens-healthy-a-friend =
    A veces es más fácil ver el control en la relación de alguien de tus amigos que en la tuya.

    Si te preocupa alguien de tus amigos, dile lo que has notado, sin juzgar a esa persona ni a su pareja. Escucha. Recuérdale que no es su culpa y que merece sentirse a salvo. Sigue a su lado, aunque todavía no quiera dar el paso.
s-older-teens-healthy-q2 = La pareja de una amiga le revisa el teléfono y se enoja cuando ella ve a sus amigos. ¿Cómo puedes ayudar?
s-older-teens-healthy-q2-a = No meterme, es su relación
s-older-teens-healthy-q2-a-why = Puede ser incómodo meterse. Pero alguien en una relación controladora puede sentirse muy sola, y un apoyo amable importa.
s-older-teens-healthy-q2-b = Decirle a su pareja que se aleje
s-older-teens-healthy-q2-b-why = Quieres protegerla, y eso es muy noble. Pero enfrentarte a su pareja puede empeorar las cosas para ella. Primero habla con tu amiga.
s-older-teens-healthy-q2-c = Escucharla, no juzgar, sugerirle hablar con alguien
s-older-teens-healthy-q2-c-why = Dile que lo has notado y que te importa, y que no es su culpa. Sugiérele un adulto de confianza o una línea de ayuda, y sigue a su lado.
s-older-teens-healthy-what-to-do =
    <b>Qué hacer</b>
    Si una relación se siente controladora, mereces algo mejor, y no es tu culpa. Habla con un adulto de confianza o con una línea de ayuda para jóvenes (el 116 111 en muchos países). Si alguna vez temes por tu seguridad, llama al número de emergencias de tu país.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.
