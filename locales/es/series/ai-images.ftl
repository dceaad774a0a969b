## Serie: Imágenes falsas con IA y apps para «desnudar» (ai-images), para adolescentes de 13 a 17 años.
## Basada en las recomendaciones de NCMEC (IA generativa, Take It Down), Thorn, IWF/Childline y eSafety, con palabras propias.

s-ai-images-title = Deepfakes y apps para «desnudar»
s-ai-images-about = Cómo la IA puede convertir una foto normal en un nude falso, por qué crearlo o compartirlo es abuso y qué hacer si te pasa a ti o a alguien de tus amigos. Nunca es tu culpa.

## Lección 1: Qué son las imágenes falsas con IA

s-ai-images-what-they-are-title = Qué son las imágenes falsas con IA
s-ai-images-what-they-are-intro =
    Muchas apps usan IA para cambiar fotos. Casi siempre es para divertirse: filtros, caras chistosas, fondos nuevos.

    Pero algunas herramientas, muchas veces llamadas apps de <b>nudify</b> o para «desnudar», toman una foto normal de una persona real, con ropa, y crean una imagen falsa de esa persona desnuda o en una escena sexual. A estas imágenes falsas también se les dice <b>deepfakes</b>.

    La persona de la foto nunca estuvo de acuerdo. Muchas veces ni siquiera sabe que la imagen existe.
s-ai-images-what-they-are-intro-alt = Una foto de retrato normal, una flecha con destellos y una segunda foto tapada con una señal roja de prohibido.
s-ai-images-what-they-are-how-made =
    Basta con una foto normal: una selfie, una foto del equipo, una foto de perfil. La imagen falsa puede verse muy real, aunque no lo sea.

    Por eso le puede pasar a cualquiera, también a quien nunca ha mandado un nude. Si te pasa a ti, no es por nada que hayas hecho o publicado.
s-ai-images-what-they-are-how-common =
    No es algo raro, y no eres la única persona que se ha topado con esto. En una encuesta a jóvenes de 13 a 20 años, <b>1 de cada 17</b> adolescentes dijo que alguien había hecho un deepfake desnudo suyo, y el <b>84%</b> dijo que estas imágenes hacen daño (Thorn, 2025).

    La mayoría de los jóvenes sabe que está mal. Y eso importa: cuanta más gente se niega a compartirlas, menos circulan.
s-ai-images-what-they-are-q1 = Alguien usó una app para crear un nude falso de una persona de su clase. ¿Qué es verdad?
s-ai-images-what-they-are-q1-a = Es falso, así que en realidad nadie sale herido
s-ai-images-what-they-are-q1-a-why = Es cierto que la imagen no es real. Pero la persona que aparece siente la vergüenza, el miedo y los chismes como si lo fuera. Por eso crearla o compartirla es abuso.
s-ai-images-what-they-are-q1-b = Es abuso, aunque sea falso
s-ai-images-what-they-are-q1-b-why = El daño es real aunque la imagen no lo sea: esa persona nunca estuvo de acuerdo, y quien la vea se lo puede creer. Crear o compartir un nude falso de alguien es abuso, sea de quien sea.
s-ai-images-what-they-are-q1-c = Solo es un problema si parece real
s-ai-images-what-they-are-q1-c-why = Que parezca más o menos real no cambia mucho. Hasta una imagen claramente falsa puede avergonzar a alguien y usarse para hacerle bullying, y esa persona nunca estuvo de acuerdo.
s-ai-images-what-they-are-what-to-do =
    <b>Qué hacer</b>
    Si ves un nude falso de cualquier persona: no lo compartas, no lo comentes y repórtalo en la app. Si es tuyo o de alguien de tus amigos, cuéntaselo a un adulto de confianza o llama a una línea de ayuda para jóvenes (el 116 111 en muchos países). En las próximas lecciones verás los pasos.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 2: Imagen falsa, daño real

s-ai-images-still-abuse-title = Imagen falsa, daño real
s-ai-images-still-abuse-intro =
    A veces la gente crea imágenes falsas «de broma», para vengarse de alguien o porque se lo pidieron como reto en un grupo. Para quien lo hace, puede parecer solo un juego.

    Para la persona de la imagen, puede sentirse como si le hubieran quitado su cuerpo y su privacidad. Puede sentir vergüenza, miedo de ir a la escuela o mucha soledad. Y una vez que se comparte, la imagen puede llegar muy lejos y muy rápido.
s-ai-images-still-abuse-intro-alt = Una persona adolescente preocupada en el centro, con la misma imagen apareciendo en varios teléfonos a su alrededor.
s-ai-images-still-abuse-not-a-joke =
    Crear, pedir o compartir un nude falso de una persona real es <b>abuso basado en imágenes</b>. Da igual que la imagen sea falsa.

    Cuando la persona es menor de 18 años, NCMEC, una organización que protege a la infancia, advierte que crear o compartir estas imágenes no solo hace mucho daño: también puede tener consecuencias legales graves, aunque lo hagan otros adolescentes.
s-ai-images-still-abuse-q1 = Un amigo te dice: «Pásame su foto, la meto en la app de nudify. Es solo para reírnos». ¿Qué haces?
s-ai-images-still-abuse-q1-a = Se la paso, solo es una broma
s-ai-images-still-abuse-q1-a-why = Seguirle la corriente a un amigo puede parecer más fácil que decir que no. Pero una «broma» así le puede hacer mucho daño a ella, y si mandas la foto, tú también participas.
s-ai-images-still-abuse-q1-b = Le digo que no, y que eso no está bien
s-ai-images-still-abuse-q1-b-why = Decir que no lo frena antes de que empiece, y no necesitas una gran explicación: «No. No es gracioso, es abuso». Si lo hace igual, repórtalo y cuéntaselo a un adulto de confianza.
s-ai-images-still-abuse-q1-c = No digo nada y dejo que decida
s-ai-images-still-abuse-q1-c-why = No meterse puede parecer más seguro. Pero el silencio puede parecer que estás de acuerdo. Un «no» corto, o contárselo a un adulto, puede protegerla.
s-ai-images-still-abuse-in-a-chat =
    Si aparece una imagen falsa en un chat donde estás, igual tienes opciones:
    • No la guardes ni la reenvíes.
    • Di que no está bien, si te parece seguro hacerlo.
    • Reporta la publicación y la cuenta en la app.
    • Cuéntaselo a un adulto de confianza y pregúntale a la persona de la imagen cómo está.

    Si antes compartiste una y te arrepientes, no es tarde: bórrala, deja de compartirla y habla con un adulto de confianza.
s-ai-images-still-abuse-q2 = ¿Qué ayuda más a la persona que aparece en una imagen falsa?
s-ai-images-still-abuse-q2-a = Reenviársela para que sepa que circula
s-ai-images-still-abuse-q2-a-why = Querer que lo sepa nace de la preocupación. Pero reenviarla hace que circule más. Puedes contárselo, o contárselo a un adulto, sin mandar la imagen.
s-ai-images-still-abuse-q2-b = Reportarla y no pasarla a nadie
s-ai-images-still-abuse-q2-b-why = Cada vez que se comparte, es más difícil eliminarla. Reportarla ayuda a que la quiten, y no pasarla hace que se detenga contigo.
s-ai-images-still-abuse-q2-c = Publicar que es falsa
s-ai-images-still-abuse-q2-c-why = Defender a esa persona es un gesto bonito. Pero una publicación puede hacer que más gente busque la imagen. Repórtala y apoya a esa persona en privado.
s-ai-images-still-abuse-what-to-do =
    <b>Qué hacer</b>
    Nunca crees, pidas ni compartas un nude falso de nadie. Si ves uno: no lo pases, repórtalo en la app y cuéntaselo a un adulto de confianza. ¿No sabes qué hacer? Una línea de ayuda para jóvenes puede hablarlo contigo (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 3: Si te pasa a ti

s-ai-images-if-it-happens-title = Si te pasa a ti
s-ai-images-if-it-happens-intro =
    Encontrar un nude falso tuyo puede traer muchas emociones de golpe: sorpresa, rabia, vergüenza, pánico. Todas tienen sentido.

    Recuerda esto: <b>no es tu culpa</b>. Tú no la creaste ni estuviste de acuerdo. La persona que la creó o la compartió es la responsable. No estás en problemas, y puedes conseguir ayuda para enfrentarlo.
s-ai-images-if-it-happens-intro-alt = Una persona adulta que abraza con cariño a un adolescente, junto a un gran escudo verde con un corazón.
s-ai-images-if-it-happens-first-steps =
    Primeros pasos:
    • <b>No la compartas</b> con nadie, ni para mostrar lo grave que es.
    • <b>Guarda pruebas</b>: capturas de los mensajes, nombres de usuario y enlaces que muestren dónde se publicó. No hace falta que guardes copias de la imagen.
    • <b>No respondas</b> a quien la creó, y nunca le pagues a nadie que te amenace con ella.
    • <b>Cuéntaselo</b> hoy a alguien de confianza.
s-ai-images-if-it-happens-report =
    Luego, <b>denúncialo</b>:
    • En la app donde está: reporta la publicación y la cuenta.
    • En un <b>servicio de denuncia</b> de imágenes sexuales de menores de 18. También atienden falsas: el 19% de las denuncias confirmadas a Report Remove (Reino Unido) eran imágenes alteradas digitalmente, también con IA (IWF, 2025).
    • <b>Take It Down</b> (takeitdown.ncmec.org) ayuda a quitar de las apps participantes tus desnudos o imágenes sexuales de antes de los 18. Mira en su página si sirve en tu caso.
s-ai-images-if-it-happens-q1 = Alguien hizo un nude falso tuyo y está circulando. ¿Qué es un buen primer paso?
s-ai-images-if-it-happens-q1-a = Borrar todas mis cuentas y desaparecer
s-ai-images-if-it-happens-q1-a-why = Querer desaparecer es una reacción muy normal. Pero borrar tus cuentas puede eliminar pruebas que ayudan a quitar la imagen. Consérvalas por ahora, bloquea y pide ayuda.
s-ai-images-if-it-happens-q1-b = Guardar pruebas, denunciar, contarlo
s-ai-images-if-it-happens-q1-b-why = Capturas de dónde se publicó y de quién lo hizo, reportes en la app y en un servicio de denuncia, y un adulto de confianza o una línea de ayuda de tu lado: así se consigue quitar las imágenes falsas.
s-ai-images-if-it-happens-q1-c = Escribirle a todo el mundo que es falso
s-ai-images-if-it-happens-q1-c-why = Claro que quieres que la gente sepa la verdad. Pero los mensajes masivos pueden hacer que más gente la busque. Deja que los reportes, y las personas que te ayudan, hagan su trabajo.
s-ai-images-if-it-happens-what-to-do =
    <b>Qué hacer</b>
    No es tu culpa. No la compartas. Guarda pruebas. Repórtala en la app y denúnciala en un servicio de denuncia, y revisa takeitdown.ncmec.org. Cuéntaselo a un adulto de confianza o llama a una línea de ayuda para jóvenes (el 116 111 en muchos países). Si alguien te amenaza o no te sientes a salvo, llama al número de emergencias de tu país.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 4: Si le pasa a alguien de tus amigos

s-ai-images-friend-title = Si le pasa a alguien de tus amigos
s-ai-images-friend-intro =
    Si alguien de tus amigos sufrió esto, puedes hacer una gran diferencia solo con tu forma de reaccionar.

    Puede sentir vergüenza, rabia o miedo de que todo el mundo lo haya visto. Quizá al principio no quiera hablar, y está bien. Lo que más necesita es saber que estás de su lado.
s-ai-images-friend-intro-alt = Dos amigos muy cerca, uno consolando al otro, junto a un teléfono que muestra una imagen bloqueada.
s-ai-images-friend-support =
    Lo que ayuda:
    • «Te creo. No es tu culpa».
    • «Yo no lo compartí, y no lo voy a compartir».
    • «¿Quieres que te ayude a reportarlo, o te acompaño a contárselo a un adulto?».

    Lo que conviene evitar: pedir verlo, culparle por publicar fotos o contarle su historia a otras personas.
s-ai-images-friend-q1 = Alguien de tus amigos descubre que hay un nude falso suyo. ¿Qué le dices primero?
s-ai-images-friend-q1-a = «¿Por qué publicaste esa foto?»
s-ai-images-friend-q1-a-why = Quizá solo intentas entender qué pasó. Pero suena a reproche, y la foto no era el problema: el problema es quien hizo la imagen falsa.
s-ai-images-friend-q1-b = «Qué horrible. No es tu culpa. Aquí estoy».
s-ai-images-friend-q1-b-why = Empezar creyéndole y apoyándole le muestra que no está sin apoyo. Después puedes ayudarle a guardar pruebas, reportarlo y contárselo a un adulto de confianza.
s-ai-images-friend-q1-c = «Enséñamelo, quiero ver qué tan grave es».
s-ai-images-friend-q1-c-why = Querer entender es natural. Pero verlo puede aumentar su vergüenza, y no necesitas verlo para ayudar.
s-ai-images-friend-next-steps =
    Ayúdale a dar los pasos: capturas de dónde se publicó, reportes en la app y en un servicio de denuncia, y un adulto de confianza o una línea de ayuda.

    Si se ve muy mal, si recibe amenazas o si te pide que guardes todo en secreto, cuéntaselo igual a un adulto de confianza. Eso no es traicionar a nadie. Es conseguirle la ayuda que necesita.
s-ai-images-friend-q2 = Te ruega que no se lo cuentes a nadie, y se le ve muy mal. ¿Qué haces?
s-ai-images-friend-q2-a = Guardar el secreto, como me pidió
s-ai-images-friend-q2-a-why = La lealtad importa. Pero hay cosas demasiado pesadas para cargarlas entre dos amigos, y cuando alguien está tan mal, un adulto tiene que saberlo.
s-ai-images-friend-q2-b = Contárselo a un adulto de confianza, y avisarle
s-ai-images-friend-q2-b-why = Puedes decirle: «Me importas demasiado para guardarme esto». Un adulto de confianza o una línea de ayuda puede darles apoyo a los dos.
s-ai-images-friend-q2-c = Publicar algo para que dejen de compartirlo
s-ai-images-friend-q2-c-why = Querer protegerle está muy bien. Pero una publicación puede hacer que más gente lo busque. Reportarlo con discreción y pedir ayuda a un adulto funciona mejor.
s-ai-images-friend-what-to-do =
    <b>Qué hacer</b>
    Créele a tu amigo o amiga. No lo compartas y no pidas verlo. Ayúdale a guardar pruebas, reportarlo y contárselo a un adulto de confianza. También pueden llamar juntos a una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.
