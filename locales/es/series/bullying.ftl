## Serie: Bullying en internet (bullying), para adolescentes de 13 a 17 años.
## Basada en las recomendaciones de UNICEF (preguntas y respuestas sobre ciberacoso, encuesta de U-Report), eSafety y ThinkUKnow Australia, con palabras propias.

s-bullying-title = Bullying en internet
s-bullying-about = Qué hacer si te hacen bullying, cómo actuar cuando se lo hacen a otra persona, cómo conseguir que quiten publicaciones que hacen daño y cómo cuidarte.

## Lección 1: Si te hacen bullying

s-bullying-target-title = Si te hacen bullying
s-bullying-target-intro =
    El bullying en internet, o ciberacoso, es cuando alguien usa una y otra vez mensajes, publicaciones, chats de grupo o juegos para herirte, asustarte o avergonzarte: comentarios crueles, mentiras, cuentas falsas, dejarte fuera a propósito, compartir fotos vergonzosas.

    Si te está pasando, no eres la única persona. En una encuesta de UNICEF a jóvenes de 30 países, 1 de cada 3 dijo haber sufrido bullying en internet (UNICEF, 2019). No es tu culpa, y se puede parar.
s-bullying-target-intro-alt = Una persona adolescente con un teléfono, con dos amigos sonrientes a cada lado y corazones flotando a su alrededor.
s-bullying-target-dont-hit-back =
    Es natural querer devolver el golpe. Pero responder con rabia puede hacer que dure más, y darles algo que usar en tu contra.

    Mejor: no respondas, respira y aléjate un rato de la pantalla. Puedes decidir qué hacer cuando estés con más calma. No responder no es debilidad. Les quita lo que buscan.
s-bullying-target-evidence-block =
    <b>Guarda pruebas</b>: haz capturas de los mensajes, comentarios o publicaciones, con los nombres de usuario y las fechas. Copia los enlaces si puedes.

    Luego <b>bloquea</b> a quienes lo hacen y <b>reporta</b> las publicaciones y las cuentas en la app. También puedes limitar quién puede comentar tus publicaciones o escribirte.
s-bullying-target-q1 = Alguien sigue publicando comentarios crueles sobre ti. ¿Cuál es el mejor primer paso?
s-bullying-target-q1-a = Publicar algo cruel de vuelta
s-bullying-target-q1-a-why = Querer defenderte es justo. Pero devolver el golpe suele hacer que siga, y también te puede meter en problemas.
s-bullying-target-q1-b = Hacer capturas, bloquear y reportar
s-bullying-target-q1-b-why = Las pruebas ayudan a que los reportes funcionen, bloquear impide que te sigan contactando y reportar le pide a la app que quite los comentarios.
s-bullying-target-q1-c = Borrar mi cuenta
s-bullying-target-q1-c-why = Tomarte un descanso está bien. Pero borrar tu cuenta hace que pierdas las pruebas y deja que te saquen. Primero bloquea y reporta.
s-bullying-target-tell =
    <b>Cuéntaselo</b> a alguien de confianza: tu mamá, tu papá o quien te cuida, un profe, el orientador de tu escuela. Si hay gente de tu escuela metida, tu escuela también puede ayudar.

    Si todavía no te animas a hablar con alguien que conoces, una línea de ayuda para jóvenes es gratis y confidencial (el 116 111 en muchos países). Si alguien amenaza con hacerte daño, cuéntaselo enseguida a un adulto.
s-bullying-target-what-to-do =
    <b>Qué hacer</b>
    No respondas. Haz capturas de las pruebas. Bloquea y reporta. Cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países). No es tu culpa, y no tienes que enfrentarlo sin apoyo.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 2: No te quedes mirando

s-bullying-upstander-title = No te quedes mirando
s-bullying-upstander-intro =
    Casi todo el bullying en internet pasa delante de otras personas: en un chat de grupo, debajo de una publicación, en un juego. Lo que hace quien está mirando marca una gran diferencia.

    Un <b>testigo activo</b> es alguien que no sigue de largo. No tienes que hacer ruido ni ser valiente en público. Los pasos pequeños y discretos cuentan.
s-bullying-upstander-intro-alt = Un teléfono con una burbuja de chat cruel tachada y burbujas amables con corazones, entre dos adolescentes sonrientes.
s-bullying-upstander-dont-spread =
    <b>No le sumes</b>: no des like, no compartas, no reacciones con risas ni reenvíes publicaciones, memes o capturas que hacen daño. Cada like o cada vez que se comparte le dice a quien acosa que hay público, y hace que circule más.

    Si ya lo hiciste, está bien: quita tu like, borra lo que compartiste y haz algo que ayude ahora.
s-bullying-upstander-support =
    <b>Apoya a esa persona</b>. Un mensaje privado puede significar mucho: «Oye, vi lo que pasó. Eso no está bien. ¿Estás bien?». Acompáñala, inclúyela, recuérdale que no es su culpa.

    Si te parece seguro, puedes decir algo: «Eso no da risa». Pero no tienes que empezar una pelea. eSafety señala que hasta un mensaje sencillo puede ayudar a que alguien se sienta apoyado.
s-bullying-upstander-q1 = En tu chat de grupo circula un meme que se burla de alguien de tu clase. ¿Qué ayuda más?
s-bullying-upstander-q1-a = Reaccionar con risa para no desentonar
s-bullying-upstander-q1-a-why = Encajar importa, y desentonar puede dar miedo. Pero cada reacción suma al daño. No participar es un comienzo; ayudar es todavía mejor.
s-bullying-upstander-q1-b = No compartirlo, reportarlo, escribirle con cariño
s-bullying-upstander-q1-b-why = No difundirlo, reportarlo y preguntarle a esa persona cómo está son pasos pequeños que ayudan de verdad.
s-bullying-upstander-q1-c = Ignorarlo, no es asunto mío
s-bullying-upstander-q1-c-why = No meterse puede parecer más fácil. Pero a esa persona el silencio le puede parecer que todo el mundo está de acuerdo. Un mensaje amable o un reporte puede cambiar cómo se siente.
s-bullying-upstander-report =
    <b>Repórtalo</b>: reporta la publicación o la cuenta en la app. En la mayoría de las apps no le dicen a nadie quién reportó. También puedes guardar capturas, por si tu amigo o amiga quiere reportarlo más adelante.

    <b>Busca a un adulto</b> cuando sea grave: amenazas, imágenes sexuales, la dirección de alguien publicada, o alguien de tus amigos que se ve muy mal. Eso no es delatar a nadie. Es frenar un daño.
s-bullying-upstander-q2 = A alguien de tus amigos le hacen bullying, pero te dice: «No hagas nada, lo vas a empeorar». ¿Qué puedes hacer?
s-bullying-upstander-q2-a = Nada, me pidió que no hiciera nada
s-bullying-upstander-q2-a-why = Respetar lo que quiere tu amigo o amiga importa. Pero igual puedes apoyarle, y si es grave, un adulto tiene que saberlo.
s-bullying-upstander-q2-b = Apoyarle y ayudarle a contárselo a un adulto
s-bullying-upstander-q2-b-why = Puedes estar a su lado, ayudarle a guardar pruebas y ofrecerte a acompañarle con un adulto de confianza. Si está en peligro, cuéntaselo tú a un adulto.
s-bullying-upstander-q2-c = Enfrentar en público a quien acosa
s-bullying-upstander-q2-c-why = Quieres proteger a tu amigo o amiga, y eso es muy noble. Pero una pelea en público puede empeorar las cosas para esa persona. Los pasos más discretos suelen ayudar más.
s-bullying-upstander-what-to-do =
    <b>Qué hacer</b>
    No des like ni compartas. Reporta la publicación. Mándale un mensaje amable a esa persona. Cuéntaselo a un adulto de confianza si es grave. ¿Te preocupa alguien de tus amigos? Una línea de ayuda para jóvenes puede ayudarte a pensar qué hacer (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 3: Conseguir que quiten publicaciones

s-bullying-removal-title = Conseguir que quiten publicaciones
s-bullying-removal-intro =
    Una publicación que hace daño, una cuenta falsa que se hace pasar por ti, una foto vergonzosa: puedes pedir que la quiten.

    No siempre funciona a la primera, pero muchas veces sí, y si no, hay más ayuda.
s-bullying-removal-intro-alt = Una publicación que hace daño es reportada con una bandera y va a parar a la papelera, con una marca de verificación verde.
s-bullying-removal-report-app =
    <b>Primero, repórtala a la app o al sitio.</b> Usa la opción de reportar en la publicación, comentario, foto o cuenta, y elige el motivo que mejor encaje: bullying o acoso, suplantación de identidad, desnudos o amenazas.

    Guarda una captura de lo que reportaste y de cuándo. Si no pasa nada, vuelve a reportarlo y pide ayuda a un adulto de confianza.
s-bullying-removal-more-help =
    <b>Si la app no hace nada</b>, hay más ayuda:
    • Algunos países tienen una oficina de seguridad en internet. En Australia, eSafety puede ayudar a quitar ciberacoso grave contra menores de 18 si la plataforma no lo hace.
    • Una línea de ayuda para jóvenes te ayuda a ver tus opciones (el 116 111 en muchos países).
    • Imagen desnuda o sexual de un menor de 18, real o falsa: denúnciala en un servicio de denuncia y mira takeitdown.ncmec.org.
    • Amenazas de hacerte daño: avisa a un adulto y a la policía.
s-bullying-removal-q1 = Reportaste una cuenta falsa que se hace pasar por ti, pero días después sigue ahí. ¿Y ahora?
s-bullying-removal-q1-a = Me rindo, nada funciona
s-bullying-removal-q1-a-why = Da mucha rabia cuando parece que ignoran un reporte. Pero hay más pasos: vuelve a reportarla y pide a un adulto o a una línea de ayuda que te ayude a llevarlo más lejos.
s-bullying-removal-q1-b = Hacer una cuenta falsa de esa persona
s-bullying-removal-q1-b-why = Querer desquitarte se entiende. Pero hace daño, y te puede meter en problemas. Mantén tu lado limpio.
s-bullying-removal-q1-c = Reportar otra vez y pedir ayuda a un adulto o línea
s-bullying-removal-q1-c-why = Volver a reportar con capturas, y sumar a un adulto de confianza, a tu escuela o a una línea de ayuda, muchas veces da resultado. Algunos países también tienen una oficina que puede intervenir.
s-bullying-removal-what-to-do =
    <b>Qué hacer</b>
    Repórtalo en la app y guarda capturas. Si sigue ahí, vuelve a reportarlo y pide ayuda a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países). Para imágenes sexuales de menores de 18, usa un servicio de denuncia y takeitdown.ncmec.org.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 4: Cuidarte

s-bullying-self-care-title = Cuidarte
s-bullying-self-care-intro =
    El bullying te puede seguir hasta tu casa en el teléfono, y puede sentirse como si nunca hubiera un respiro. Puedes sentir tristeza, rabia o cansancio, o no querer ir a la escuela.

    UNICEF dice que estos efectos son reales, y que la gente sí sale adelante y vuelve a sentirse como antes.
s-bullying-self-care-intro-alt = Una persona adolescente descansa en un sofá con auriculares, el teléfono guardado, una planta y una luna en el cielo de la noche.
s-bullying-self-care-breaks =
    Formas de tomar distancia:
    • Silencia las notificaciones, o deja el teléfono un rato en otro cuarto.
    • No releas una y otra vez los mensajes que hacen daño. Guárdalos una vez como prueba y deja de mirarlos.
    • Haz cosas que te hagan sentir tú: deporte, música, dibujo, jugar con amigos de confianza.
    • Dormir ayuda con todo: intenta no llevarte el teléfono a la cama.
s-bullying-self-care-your-people =
    Piensa en tu gente: amigos que te hacen reír, alguien de tu familia, un profe, un entrenador. Pasa tiempo con ellos también fuera de internet.

    Lo que dicen de ti quienes te acosan no es la verdad sobre ti. Si sigues sintiéndote mal, no puedes dormir o ya no disfrutas lo que antes te encantaba, habla con alguien: un adulto de confianza, el orientador de tu escuela o una línea de ayuda.
s-bullying-self-care-q1 = Es medianoche y no dejas de releer los comentarios crueles. ¿Qué te ayudaría más?
s-bullying-self-care-q1-a = Seguir leyendo para saberlo todo
s-bullying-self-care-q1-a-why = Querer saber qué se dice es normal. Pero releer mantiene la herida abierta. Una vez guardadas las pruebas, puedes dejar de mirar.
s-bullying-self-care-q1-b = Responder a cada uno para aclararlo
s-bullying-self-care-q1-b-why = Querer defenderte tiene sentido. Pero responder de madrugada puede hacerlo más grande. Puede esperar a que hayas dormido y hablado con alguien.
s-bullying-self-care-q1-c = Guardar el teléfono y hablar con alguien mañana
s-bullying-self-care-q1-c-why = Un descanso y dormir te ayudan a pensar con claridad. Después, un adulto de confianza o una línea de ayuda puede ayudarte a planear qué hacer.
s-bullying-self-care-what-to-do =
    <b>Qué hacer</b>
    Tómate descansos, mantén cerca a tu gente y habla con alguien si te sientes mal. Si alguna vez piensas en hacerte daño, llama ahora a una línea de ayuda para jóvenes (el 116 111 en muchos países) o al número de emergencias de tu país.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.
