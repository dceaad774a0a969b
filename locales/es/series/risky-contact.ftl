## Serie: Contactos de riesgo e imágenes (risky-contact), para adolescentes de 13 a 17 años.
## Basada en las recomendaciones de Thorn, eSafety Commissioner y NCMEC, con palabras propias.

s-risky-contact-title = Contactos de riesgo e imágenes
s-risky-contact-about = Aprende a reconocer el grooming, a manejar la presión para mandar nudes o la sextorsión, a conseguir que borren imágenes y a saber a quién contarlo. Nunca es tu culpa.

## Lección 1: Grooming, señales de alerta

s-risky-contact-grooming-title = Grooming: señales de alerta
s-risky-contact-grooming-intro =
    La mayoría de la gente que conoces en internet no quiere hacerte daño. Pero algunas personas se ganan a propósito la confianza de chicos y chicas para hacerles daño después. Eso se llama <b>grooming</b>.

    No se trata solo de desconocidos. Puede ser alguien con quien hablas desde hace meses, o alguien que conoces en persona. Por eso conviene fijarse en las señales de alerta, no solo en las caras nuevas.
s-risky-contact-grooming-red-flags =
    Señal de alerta: <b>los secretos</b>. Te dice «esto queda entre nosotros» o «tus padres no lo entenderían».

    Señal de alerta: <b>todo va muy rápido</b>. Tras unas pocas charlas te dice que eres especial, que te quiere, que nadie te entiende como esa persona. Te pregunta por tu cuerpo, tus relaciones o cuándo no hay nadie en tu casa.
s-risky-contact-grooming-more-flags =
    Señal de alerta: <b>los regalos</b>. Créditos para juegos, skins, dinero o recargas de saldo, y después actúa como si le debieras algo.

    Señal de alerta: <b>una app privada</b>. Quiere pasar de un juego o un grupo a un chat privado, muchas veces con mensajes que desaparecen.

    Señal de alerta: <b>la presión</b>. Cuando dices que no, se molesta, se pone agresivo o te hace sentir culpable.
s-risky-contact-grooming-q1 = Alguien que conociste en un juego te dice: «Hablemos en otra app. No les cuentes a tus padres de mí». ¿Qué es esto?
s-risky-contact-grooming-q1-a = Normal, los amigos usan muchas apps
s-risky-contact-grooming-q1-a-why = Es verdad que los amigos usan muchas apps, y eso puede estar bien. Pero pedirte que lo escondas de tu familia es una señal de alerta, y junto con el cambio de app, hay que tomarlo en serio.
s-risky-contact-grooming-q1-b = Dos señales: secretos y una app privada
s-risky-contact-grooming-q1-b-why = Un amigo de verdad no necesita que lo escondas. Puedes decir que no, dejar de responder y hablar con alguien de confianza.
s-risky-contact-grooming-q1-c = Solo es un problema si es un desconocido
s-risky-contact-grooming-q1-c-why = El grooming puede venir de alguien que crees conocer bien, en internet o en persona. Las señales de alerta importan más que el tiempo que llevan hablando.
s-risky-contact-grooming-fear-shame =
    Quienes hacen grooming suelen usar el miedo y la vergüenza para que los chicos y chicas se callen: «Tú también te vas a meter en problemas», «Nadie te va a creer». No es verdad.

    Si alguien te trata así, la culpa es suya, nunca tuya. Aunque hayas respondido, aceptado un regalo o enviado algo. Puedes parar cuando quieras, y no te vas a meter en problemas por pedir ayuda.
s-risky-contact-grooming-q2 = Un chat te da mala espina y la otra persona insiste. ¿Qué puedes hacer?
s-risky-contact-grooming-q2-a = Seguir hablando para que no se moleste
s-risky-contact-grooming-q2-a-why = Es bonito que te importen los sentimientos de los demás. Pero no le debes una respuesta a nadie, y su humor no es tu responsabilidad.
s-risky-contact-grooming-q2-b = Resolverlo sin que nadie se entere
s-risky-contact-grooming-q2-b-why = Mucha gente se siente así, y justo con eso cuentan quienes hacen grooming. No te vas a meter en problemas por pedir ayuda, y no tienes que enfrentarlo sin apoyo.
s-risky-contact-grooming-q2-c = Dejar de responder, bloquear, reportar, contarlo
s-risky-contact-grooming-q2-c-why = Puedes salir de cualquier chat, en cualquier momento, sin dar explicaciones. Si puedes, haz capturas de pantalla primero; luego bloquea, reporta y cuéntaselo a alguien de confianza.
s-risky-contact-grooming-what-to-do =
    <b>Qué hacer</b>
    Si un chat muestra señales de alerta: deja de responder y sal. Haz capturas de pantalla si puedes. Bloquea y reporta la cuenta en la app. Cuéntaselo a un adulto de confianza o llama a una línea de ayuda para jóvenes (el 116 111 en muchos países).

    No hiciste nada malo. Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 2: Presión para mandar nudes

s-risky-contact-nudes-title = Presión para mandar nudes
s-risky-contact-nudes-intro =
    A veces alguien te pide nudes o fotos sexys. Puede ser tu pareja, alguien que te gusta, un amigo o alguien que solo conoces por internet. Puede pedirlo con cariño, insistir o decirte «todo el mundo lo hace».

    La mayoría de los adolescentes no lo hace. Y siempre puedes decir <b>que no</b>, aunque te guste esa persona, aunque antes hayas dicho que sí.
s-risky-contact-nudes-lose-control =
    Cuando envías una foto, ya no controlas adónde va. Pueden hacerle una captura, guardarla o compartirla, incluso en apps que dicen que desaparece. Las parejas se terminan, y los teléfonos se pierden o los hackean.

    Si ya enviaste algo, puedes hablarlo. No te convierte en mala persona, y hay ayuda, también para conseguir que borren las imágenes.
s-risky-contact-nudes-say-no =
    Algunas formas de decir que no:
    • «No, gracias, no es lo mío».
    • «Si me respetas, deja de pedírmelo».
    • Un chiste, un meme o simplemente salir del chat.

    No le debes explicaciones a nadie. Quien te quiere acepta un no. Si insiste o te amenaza, es una señal de alerta, y no es tu culpa.
s-risky-contact-nudes-q1 = Tu pareja no deja de pedirte un nude y dice que todo el mundo lo hace. ¿Qué es verdad?
s-risky-contact-nudes-q1-a = Puedo decir que no, y con eso basta
s-risky-contact-nudes-q1-a-why = Un «no» es una respuesta completa y no tienes que explicarla. Si insiste, eso dice algo de esa persona, no de ti.
s-risky-contact-nudes-q1-b = Si no lo mando, voy a perder a mi pareja
s-risky-contact-nudes-q1-b-why = Es normal no querer perder a alguien. Pero quien te quiere de verdad no pone una foto como condición para quedarse. Mereces respeto.
s-risky-contact-nudes-q1-c = No pasa nada si la app borra las fotos
s-risky-contact-nudes-q1-c-why = Las fotos que desaparecen parecen seguras, pero la app no puede impedir una captura de pantalla ni que otro teléfono grabe la pantalla. Una vez enviada, ya no está en tus manos.
s-risky-contact-nudes-forwarding =
    Si alguien te manda un nude de otra persona, <b>no lo reenvíes</b> ni se lo muestres a nadie. Compartirlo le hace daño a esa persona. En muchos países, compartir imágenes sexuales de menores de 18 es un delito, aunque quien lo comparte también sea menor.

    No lo hagas circular. Repórtalo en la app, cuéntaselo a un adulto de confianza y después bórralo.
s-risky-contact-nudes-q2 = Alguien sube al chat del grupo un nude de una persona de tu clase. ¿Qué ayuda más?
s-risky-contact-nudes-q2-a = Reenviarlo para avisar a los demás
s-risky-contact-nudes-q2-a-why = Querer avisar a los demás nace de una buena intención. Pero reenviarlo hace que la imagen circule más y le hace aún más daño. Reportarla es lo que de verdad ayuda.
s-risky-contact-nudes-q2-b = No compartirlo, reportarlo y avisar a un adulto
s-risky-contact-nudes-q2-b-why = No hacerlo circular y reportarlo son pasos pequeños que cambian mucho. También puedes preguntarle cómo está: esa persona puede sentirse muy sola.
s-risky-contact-nudes-q2-c = Ignorarlo, no es mi problema
s-risky-contact-nudes-q2-c-why = Es incómodo meterse, y se entiende. Pero el silencio deja a esa persona sola con todo. Reportar lleva un minuto y ayuda de verdad.
s-risky-contact-nudes-what-to-do =
    <b>Qué hacer</b>
    Si alguien te presiona: di que no, sal del chat, bloquea y reporta. Si enviaste una imagen y te preocupa, habla con un adulto de confianza o con una línea de ayuda. No te vas a meter en problemas por pedir ayuda, y las imágenes tomadas antes de tus 18 años muchas veces se pueden eliminar.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 3: Sextorsión

s-risky-contact-sextortion-title = Sextorsión
s-risky-contact-sextortion-intro =
    La <b>sextorsión</b> es cuando alguien tiene (o dice tener) una imagen íntima o sexual tuya, y amenaza con compartirla si no le pagas, si no le mandas más o si no haces lo que te pide.

    Muchas veces empieza con un contacto nuevo que coquetea y va muy rápido. Muchos son estafadores que hacen esto a montones de jóvenes. Le puede pasar a cualquiera, y <b>nunca es tu culpa</b>.
s-risky-contact-sextortion-dont-pay =
    <b>No pagues</b> ni mandes nada más. Pagar casi nunca lo detiene: normalmente piden más.

    <b>Deja de responder.</b> No tienes que contestar amenazas ni plazos. Quieren que entres en pánico y actúes rápido. Respira: tienes tiempo para pedir ayuda.
s-risky-contact-sextortion-evidence =
    <b>Guarda pruebas</b> antes de bloquear: capturas de los mensajes, su nombre de usuario o el enlace a su perfil, y cualquier dato de pago que te hayan enviado.

    <b>Bloquea, pero no borres tu cuenta.</b> Borrarla puede eliminar los mensajes que ayudan a detener a esa persona. Después, <b>reporta</b> la cuenta en la app.
s-risky-contact-sextortion-q1 = Alguien amenaza con compartir tu foto si no le pagas antes de esta noche. ¿Qué haces primero?
s-risky-contact-sextortion-q1-a = Pagar rápido para que todo se acabe
s-risky-contact-sextortion-q1-a-why = Tiene sentido querer que termine pronto. Pero pagar suele traer más exigencias. Guarda tu dinero y pide ayuda.
s-risky-contact-sextortion-q1-b = Borrar mi cuenta y no decir nada
s-risky-contact-sextortion-q1-b-why = Querer desaparecer es una reacción muy normal. Pero borrar la cuenta puede eliminar pruebas, y callarte te deja con todo el peso. Mejor bloquea, guarda los mensajes y cuéntaselo a alguien.
s-risky-contact-sextortion-q1-c = Dejar de responder, guardar pruebas, pedir ayuda
s-risky-contact-sextortion-q1-c-why = Deja de responder, haz capturas, bloquea y reporta, y cuéntaselo a un adulto de confianza o a una línea de ayuda. El plazo es solo un truco para meterte prisa.
s-risky-contact-sextortion-not-your-fault =
    La sextorsión es un delito, y la única persona culpable es quien lo comete. No tú. Ni aunque hayas enviado una foto, ni aunque hayas roto una regla en casa.

    Sentir miedo, vergüenza o que no hay salida es normal. Pero hay gente que puede ayudarte, y sí hay salida. Contarlo es la forma más rápida de pararlo. No te vas a meter en problemas por pedir ayuda.
s-risky-contact-sextortion-q2 = ¿De quién es la culpa en una sextorsión?
s-risky-contact-sextortion-q2-a = Solo de quien hace las amenazas
s-risky-contact-sextortion-q2-a-why = Quien hace las amenazas está cometiendo un delito, así que la culpa es solo suya. Tú mereces ayuda y apoyo, no culpa.
s-risky-contact-sextortion-q2-b = Mía, si mandé una foto
s-risky-contact-sextortion-q2-b-why = Mucha gente se culpa, y es comprensible. Pero confiar en alguien no es un delito. Amenazarte sí lo es, así que la culpa es toda suya.
s-risky-contact-sextortion-q2-c = Un poco mía y un poco suya
s-risky-contact-sextortion-q2-c-why = Puede sentirse así, sobre todo si te pidieron que lo guardaras en secreto. Pero la culpa no se reparte: es solo de quien amenaza.
s-risky-contact-sextortion-what-to-do =
    <b>Qué hacer</b>
    No pagues. Deja de responder. Haz capturas. Bloquea y reporta, pero conserva tu cuenta. Cuéntaselo a un adulto de confianza o a una línea de ayuda. Las imágenes se pueden eliminar: lo verás en la próxima lección.
    Si te sientes en peligro o ya no puedes más, llama ahora al número de emergencias de tu país.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 4: Cómo conseguir que borren imágenes

s-risky-contact-takedown-title = Cómo conseguir que borren imágenes
s-risky-contact-takedown-intro =
    Si se compartió una imagen o un video íntimo o sexual tuyo, o te preocupa que pase, hay formas de conseguir que lo borren. No es demasiado tarde, y no tienes que hacerlo sin ayuda.

    Es así aunque la foto la hayas tomado tú. No te vas a meter en problemas por pedir ayuda.
s-risky-contact-takedown-take-it-down =
    <b>Take It Down</b> es un servicio gratuito del NCMEC, una organización de Estados Unidos que protege a la infancia, y lo pueden usar jóvenes de muchos países. Sirve para imágenes o videos tomados <b>antes de que cumplieras 18 años</b>.

    Entra en takeitdown.ncmec.org. No tienes que dar tu nombre, y un adulto de confianza te puede ayudar.
s-risky-contact-takedown-how-it-works =
    Cómo funciona: en tu propio dispositivo, la web convierte la imagen en un <b>hash</b>, una especie de huella digital. Solo se envía la huella, <b>nunca la imagen</b>. Las apps que participan la usan para encontrar copias, borrarlas y bloquear nuevas subidas.

    No todas las apps participan, así que reporta también la imagen en la app donde la viste.
s-risky-contact-takedown-q1 = ¿Qué es verdad sobre Take It Down?
s-risky-contact-takedown-q1-a = Tengo que mandarles mi foto
s-risky-contact-takedown-q1-a-why = Es una preocupación muy común, y tiene sentido. Pero la imagen se queda en tu dispositivo. Solo se comparte su huella digital.
s-risky-contact-takedown-q1-b = Es para imágenes de antes de mis 18 años
s-risky-contact-takedown-q1-b-why = Take It Down sirve para imágenes de cuando tenías menos de 18 años, y puedes usarlo sin dar tu nombre.
s-risky-contact-takedown-q1-c = Primero tengo que ir a la policía
s-risky-contact-takedown-q1-c-why = La policía puede ayudar, y está bien saberlo. Pero no necesitas ir primero. Puedes usar Take It Down por tu cuenta o con un adulto de confianza.
s-risky-contact-takedown-hotlines =
    También puedes denunciarlo en un <b>servicio de denuncia</b>. La <b>IWF</b> (Internet Watch Foundation) e <b>INHOPE</b>, una red internacional de servicios de denuncia, trabajan con sitios web y con la policía para eliminar imágenes sexuales de menores de 18.

    Muchos países tienen su propio sitio de denuncia. Es gratis, y no tienes que enviar tú la imagen.
s-risky-contact-takedown-what-to-do =
    <b>Qué hacer</b>
    Reporta la imagen en la app donde la viste. Usa takeitdown.ncmec.org para imágenes de antes de tus 18 años. Denúnciala también en un servicio de denuncia. Un adulto de confianza o una línea de ayuda te puede acompañar en cada paso.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 5: A quién contárselo

s-risky-contact-who-to-tell-title = A quién contárselo
s-risky-contact-who-to-tell-intro =
    Cuando algo en internet te parece raro, contárselo a alguien es una de las cosas más valientes e inteligentes que puedes hacer. No necesitas tener certeza ni pruebas.

    No te vas a meter en problemas por pedir ayuda. Haya pasado lo que haya pasado, no es tu culpa.
s-risky-contact-who-to-tell-trusted-adult =
    Un <b>adulto de confianza</b> es alguien que escucha y ayuda: tu madre, tu padre o quien te cuida, una tía o un tío, un primo mayor, un profe, el orientador de tu escuela, un entrenador o una enfermera.

    ¿No sabes cómo empezar? Prueba con: «Me pasó algo en internet y necesito ayuda». Si el primer adulto no te ayuda, cuéntaselo a otro. Sigue hasta que alguien lo haga.
s-risky-contact-who-to-tell-helplines =
    Una <b>línea de ayuda para jóvenes</b> suele ser gratuita y confidencial. Puedes hablar de cualquier cosa, sin dar tu nombre. En Europa y en muchos otros países, el número es el <b>116 111</b>. Algunos países tienen otro número.

    Un <b>servicio de denuncia</b> puede conseguir que borren imágenes sexuales de menores de 18. ¿Estás en peligro ahora? Llama al número de emergencias de tu país.
s-risky-contact-who-to-tell-q1 = Algo en internet te preocupa, pero no sabes si es grave. ¿Qué puedes hacer?
s-risky-contact-who-to-tell-q1-a = Contárselo a un adulto o a una línea de ayuda
s-risky-contact-who-to-tell-q1-a-why = No necesitas saber si es grave. Hablarlo es justo la manera de averiguarlo y de recibir apoyo.
s-risky-contact-who-to-tell-q1-b = Esperar a tener pruebas
s-risky-contact-who-to-tell-q1-b-why = Es normal querer tenerlo claro primero. Pero no necesitas pruebas: que algo te preocupe ya es motivo suficiente para hablarlo.
s-risky-contact-who-to-tell-q1-c = Guardármelo para no preocupar a nadie
s-risky-contact-who-to-tell-q1-c-why = Que te importen los sentimientos de los demás es muy bonito. Pero los adultos que te quieren prefieren saberlo, y tú también mereces apoyo.
s-risky-contact-who-to-tell-friend =
    Si alguien de tus amigos te cuenta que le pasó algo: escucha, créele y no vayas contando su historia. Recuérdale que no es su culpa.

    Luego, ofrécete a acompañar a esa persona a hablar con un adulto de confianza. Si está en peligro, avisa tú a un adulto, aunque te haya pedido que no lo hagas. Eso también es amistad.
s-risky-contact-who-to-tell-q2 = Una amiga te cuenta que alguien la está amenazando, pero te pide que lo guardes en secreto. ¿Qué haces?
s-risky-contact-who-to-tell-q2-a = Guardar el secreto, como le prometí
s-risky-contact-who-to-tell-q2-a-why = Cumplir las promesas es importante, y demuestra lealtad. Pero hay secretos demasiado pesados para cargarlos, y las amenazas son uno de ellos. Tu amiga necesita la ayuda de un adulto.
s-risky-contact-who-to-tell-q2-b = Publicarlo para avisar a todo el mundo
s-risky-contact-who-to-tell-q2-b-why = Quieres proteger a los demás, y eso está genial. Pero publicarlo podría exponer a tu amiga y empeorar las cosas. Hablar con un adulto de confianza es más seguro.
s-risky-contact-who-to-tell-q2-c = Ayudarla a contárselo a un adulto de confianza
s-risky-contact-who-to-tell-q2-c-why = Puedes ofrecerte a acompañarla o ayudarla a encontrar las palabras. Si no quiere, contárselo tú a un adulto sigue siendo lo correcto.
s-risky-contact-who-to-tell-what-to-do =
    <b>Qué hacer</b>
    Piensa en una persona a la que podrías contárselo si algo saliera mal en internet. Recuerda el número de las líneas de ayuda para jóvenes: el 116 111 en muchos países. Los servicios de denuncia ayudan a borrar imágenes.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país. No tienes que pasar por esto sin apoyo.

## La voz de la juventud: la pregunta de un toque, una vez al terminar la serie

s-risky-contact-voice-first-move = Si un chat empezara a darte mala espina, ¿qué harías primero?
s-risky-contact-voice-first-move-leave = Dejar de responder y salir del chat
s-risky-contact-voice-first-move-save = Hacer capturas de los mensajes como prueba
s-risky-contact-voice-first-move-report = Bloquear y reportar la cuenta en la app
s-risky-contact-voice-first-move-tell = Contárselo a un adulto de confianza
s-risky-contact-voice-first-move-helpline = Contactar una línea de ayuda para adolescentes

## Alt texts of the lesson pictures (for screen readers and the preview)

s-risky-contact-grooming-red-flags-alt = Una persona adolescente sostiene un teléfono. Una pantalla grande muestra burbujas de chat y un regalito, con banderas rojas al lado.
s-risky-contact-nudes-say-no-alt = Una persona adolescente sostiene un teléfono. Una burbuja pide una foto, y la burbuja de respuesta muestra un «no» bien claro.
s-risky-contact-sextortion-intro-alt = Una persona joven con el brazo de un adulto de confianza sobre los hombros, una moneda tachada y un escudo grande.
s-risky-contact-takedown-how-it-works-alt = Una foto en un teléfono se convierte en una huella, y una flecha lleva de ella a un escudo con una marca de verificación.
s-risky-contact-who-to-tell-intro-alt = Una persona adolescente habla con un adulto de confianza. Entre ellos flotan burbujas de chat y un corazón.
