## Serie: Cómo dar una sesión con el bot (trainer-guide), para formadores y docentes.
## Estructura: content/series/trainer-guide.yaml. Basada en la Respuesta Nacional Modelo de WeProtect (capacidad 13),
## las orientaciones de la eSafety Commissioner para educadores, las pautas de protección de la NSPCC, UNICEF y la PSHE Association
## (con palabras propias; fuentes en el yaml).

s-trainer-guide-title = Cómo dar una sesión con el bot
s-trainer-guide-about = Cuatro lecciones cortas para docentes y formadores: qué preparar, cómo llevar la sesión, cómo darle seguimiento y qué hacer si un menor le cuenta un abuso.

## Lección 1: Antes de la sesión

s-trainer-guide-before-title = Antes de la sesión
s-trainer-guide-before-intro =
    Este bot ofrece a jóvenes (de 13 a 17 años) y a sus familias lecciones cortas con cuestionarios, y ayuda para su país en cualquier momento. Su sesión forma parte de algo más grande: la Respuesta Nacional Modelo (MNR) de WeProtect pide a cada país un programa educativo que informe a niños, niñas, familias y profesionales de su derecho a la protección, y de dónde pedir ayuda y denunciar (capacidad 13 del MNR).

    Una buena sesión se planifica con la escuela, no solo se imparte.
s-trainer-guide-before-intro-alt = Una persona formadora junto a una lista con casillas marcadas, un calendario y un teléfono que muestra un enlace, con un escudo.
s-trainer-guide-before-check-help =
    <b>Primero, revise la ayuda.</b> Abra usted el bot, elija el país donde vive su grupo y toque <b>Pedir ayuda</b>. Compruebe lo que aparece: la línea de ayuda a la infancia, el servicio de denuncia y el número de emergencias.

    Luego añada sus recursos locales: el orientador escolar, su responsable de protección y la vía nacional de derivación en protección infantil. Si falta algo en el bot o está desactualizado, avise al equipo del programa antes de la sesión.
s-trainer-guide-before-plan =
    <b>Acuerde un plan con su responsable de protección</b>, la persona a cargo de la protección infantil en la escuela:
    • qué series y lecciones, y por qué
    • los permisos que necesita la escuela y la información para las familias
    • edad: los jóvenes deben tener 13 años o más (16 en la UE y el Reino Unido)
    • quién estará en el aula, y un espacio tranquilo para quien necesite una pausa
    • qué pasa si un menor revela un abuso, durante o después de la sesión
s-trainer-guide-before-q1 = ¿Qué debe pasar antes de compartir el enlace para unirse con una clase?
s-trainer-guide-before-q1-a = Publicarlo en el chat de grupo de los alumnos
s-trainer-guide-before-q1-a-why = Compartir el enlace es la parte fácil. Sin un plan acordado con la escuela, nadie sabe qué hacer si un alumno se angustia o revela un abuso.
s-trainer-guide-before-q1-b = Acordar un plan con el responsable de protección
s-trainer-guide-before-q1-b-why = El responsable de protección conoce el procedimiento de la escuela y las vías de derivación. Con el plan acordado antes, todo el mundo sabe qué hacer si un menor necesita ayuda.
s-trainer-guide-before-q1-c = Nada: el bot se encarga de la seguridad
s-trainer-guide-before-q1-c-why = El bot muestra recursos de ayuda en cualquier momento, pero no puede investigar ni cuidar de un menor en el aula. Eso sigue siendo tarea suya y de la escuela.
s-trainer-guide-before-cohort =
    <b>Cree un grupo.</b> Envíe /newcohort con un nombre, por ejemplo /newcohort 9.º B. En la ficha del grupo, fije el público, el idioma, el país y la zona horaria. Después comparta el enlace para unirse en clase o por el canal habitual de la escuela.

    Verá cuántas personas se unieron, nunca quiénes son ni qué responden. Cada lección dura unos cinco minutos; deje también tiempo para conversar.
s-trainer-guide-before-q2 = ¿Qué puede ver de los miembros de su grupo?
s-trainer-guide-before-q2-a = Sus nombres y sus respuestas
s-trainer-guide-before-q2-a-why = El bot está hecho para que los formadores nunca vean quién se unió ni qué respondió cada persona. Eso protege al alumnado, y vale la pena decírselo.
s-trainer-guide-before-q2-b = Cuántos se unieron, nunca quiénes
s-trainer-guide-before-q2-b-why = Los formadores ven el número de miembros y el avance de los envíos, nunca nombres ni respuestas. Puede decírselo al alumnado con total honestidad: les ayuda a participar con libertad.
s-trainer-guide-before-q2-c = Lo que escriben al bot
s-trainer-guide-before-q2-c-why = Lo que un joven le escribe al bot nunca se guarda ni se muestra a nadie, tampoco a usted. Al formador solo le llegan cifras.
s-trainer-guide-before-what-to-do =
    <b>Qué hacer: su lista de comprobación</b>
    • Ayuda revisada en el bot para el país de su grupo
    • Plan acordado con el responsable de protección
    • Permisos e información para las familias listos
    • Grupo creado y enlace para unirse preparado
    • Tiempo planificado y un espacio tranquilo disponible

    El botón <b>Pedir ayuda</b> del bot muestra las líneas de ayuda de cada país; el 116 111 conecta con una línea de ayuda a la infancia en muchos países.

## Lección 2: Durante la sesión

s-trainer-guide-during-title = Durante la sesión
s-trainer-guide-during-introduce =
    <b>Presentar el bot.</b> Mantenga un tono positivo: estar en internet es parte de su vida, y esto trata de tener el control, no de tener miedo. Dígale al grupo:
    • son lecciones cortas y cuestionarios, a su propio ritmo
    • usted ve cuántos se unieron, nunca quiénes ni qué responden
    • <b>Pedir ayuda</b> funciona en cualquier momento, y /stop detiene los mensajes
    • nadie tiene que compartir nada personal
s-trainer-guide-during-introduce-alt = Una persona formadora señala una pantalla con un escudo y burbujas de chat mientras cuatro jóvenes miran.
s-trainer-guide-during-ground-rules =
    <b>Acuerden juntos unas normas básicas</b>, y vuelva a ellas:
    • escucharse con respeto
    • no dar nombres de personas reales; no hace falta contar historias personales
    • cualquiera puede pasar
    • lo que se dice aquí no se convierte en chisme

    Use situaciones inventadas («¿qué podría hacer alguien de tu edad?») en lugar de preguntar por su propia vida. Diga dónde pueden llevar una preocupación después de clase, en privado.
s-trainer-guide-during-q1 = Un alumno empieza a contar a la clase algo que le pasó a un amigo, con nombres. ¿Qué hace?
s-trainer-guide-during-q1-a = Dejarle seguir: es un ejemplo real
s-trainer-guide-during-q1-a-why = Los ejemplos reales pueden impactar. Pero dar nombres delante de la clase puede exponer a un menor y difundir aún más su historia.
s-trainer-guide-during-q1-b = Pararle con amabilidad y ofrecer hablar luego
s-trainer-guide-during-q1-b-why = Una pausa amable protege la privacidad de todos, y la norma básica hace que parezca algo normal y no un regaño. Hágale seguimiento en privado: puede ser una revelación.
s-trainer-guide-during-q1-c = Regañarle delante de la clase
s-trainer-guide-during-q1-c-why = La norma importa, pero un regaño en público puede avergonzar a un alumno que quizá estaba pidiendo ayuda.
s-trainer-guide-during-questions =
    <b>Responder preguntas</b>
    • Responda con sencillez y honestidad. «No lo sé, lo voy a averiguar» es una buena respuesta.
    • Ofrezca una forma anónima de preguntar, como un buzón de preguntas.
    • Corrija la culpa cuando la oiga: mandar una foto nunca significa que alguien merezca ser chantajeado ni expuesto.
    • Aténgase a los hechos y a qué hacer. Nada de historias que asusten.
s-trainer-guide-during-distress =
    <b>Preste atención a las señales de angustia.</b> Algunos alumnos pueden haber vivido aquello de lo que se habla. Las señales incluyen quedarse muy callado, salir del aula, llorar, enojarse o bromear de forma inusual.

    Permita que se tomen una pausa sin tener que explicar por qué, y asegúrese de que un adulto designado pueda ir a ver cómo están. Haga seguimiento en privado después de la sesión, y comunique cualquier preocupación al responsable de protección.
s-trainer-guide-during-q2 = Durante la lección sobre sextorsión, un alumno parece angustiado y sale del aula. ¿Qué ayuda más?
s-trainer-guide-during-q2-a = Seguir, para que no se sienta observado
s-trainer-guide-during-q2-a-why = No llamar la atención sobre él es un gesto amable. Pero a un alumno que sale angustiado no se le debe dejar solo.
s-trainer-guide-during-q2-b = Un adulto designado va a ver cómo está ahora
s-trainer-guide-during-q2-b-why = Ir a verle con discreción enseguida asegura que el alumno esté a salvo y acompañado. Haga seguimiento en privado más tarde, y avise al responsable de protección si le preocupa.
s-trainer-guide-during-q2-c = Preguntarle delante de la clase qué le pasa
s-trainer-guide-during-q2-c-why = Preguntar delante de todos puede avergonzar al alumno y hacer menos probable que hable. Una conversación en privado funciona mejor.
s-trainer-guide-during-what-to-do =
    <b>Qué hacer</b>
    • Presente el bot en positivo y muestre el botón <b>Pedir ayuda</b>.
    • Acuerden normas básicas: nadie comparte historias personales.
    • Responda con sencillez y corrija la culpa.
    • Preste atención a la angustia y haga seguimiento en privado.

    Termine cada sesión diciendo dónde pedir ayuda: un adulto de confianza, el responsable de protección y una línea de ayuda a la infancia (el 116 111 en muchos países).

## Lección 3: Después de la sesión

s-trainer-guide-after-title = Después de la sesión
s-trainer-guide-after-drip =
    <b>Mantenga vivo el aprendizaje.</b> En la ficha del grupo, toque <b>Enviar una serie</b>. Elija <b>Ahora</b> para mandar a cada miembro su siguiente lección, o un envío gradual: una lección al día, o cada día laborable, a la hora local que usted elija.

    Nunca se envía nada en el horario de descanso nocturno, quien se une más tarde empieza por la primera lección, y quien envió /stop no recibe nada.
s-trainer-guide-after-drip-alt = Un calendario con días marcados envía lecciones a tres teléfonos, con valoraciones de pulgar arriba debajo.
s-trainer-guide-after-follow-up =
    <b>Seguimiento</b>
    • Una charla corta una semana después: ¿qué recuerdan y qué harían?
    • Recuerde a todo el mundo dónde pedir ayuda.
    • Hable con el responsable de protección: ¿surgió algo?
    • Llegue también a las familias: un grupo de madres, padres y cuidadores puede recibir la serie para familias, para que la conversación siga en casa.
s-trainer-guide-after-q1 = ¿Cuál es la mejor forma de mantener vivo el aprendizaje?
s-trainer-guide-after-q1-a = Enviar todas las lecciones juntas, de noche
s-trainer-guide-after-q1-a-why = Ahorra tiempo, pero un montón de lecciones es fácil de ignorar, y las que caen en el horario de descanso esperan de todos modos hasta la mañana.
s-trainer-guide-after-q1-b = Una lección al día, más una charla de seguimiento
s-trainer-guide-after-q1-b-why = Una lección al día a una hora razonable es fácil de seguir, y un breve seguimiento en clase ayuda a fijar los mensajes clave.
s-trainer-guide-after-q1-c = Nada más: con una sesión basta
s-trainer-guide-after-q1-c-why = Una sesión es un buen comienzo, pero los mensajes se fijan mejor cuando vuelven y se conversan otra vez.
s-trainer-guide-after-feedback =
    <b>Recoja opiniones de forma segura.</b> Tras cada lección, se puede valorar con un toque (me sirvió, no sé, no me sirvió), y al final de una serie el bot hace una pregunta breve. El equipo del programa también puede lanzar encuestas rápidas.

    Nadie escribe nada, y los resultados solo aparecen como totales cuando al menos 5 personas respondieron. Comparta lo que aprenda con el equipo del programa, y pregunte también a su grupo qué le ayudó.
s-trainer-guide-after-q2 = ¿Qué opiniones puede usar sin poner en riesgo a ningún alumno?
s-trainer-guide-after-q2-a = Capturas de las respuestas de cada alumno
s-trainer-guide-after-q2-a-why = Puede parecer minucioso, pero expone a cada alumno y lo que sabe o ha vivido. Los totales le dicen lo que necesita.
s-trainer-guide-after-q2-b = Las valoraciones de un toque del bot, en totales
s-trainer-guide-after-q2-b-why = Las valoraciones y encuestas son anónimas para usted y solo se muestran como totales, así que el alumnado puede responder con sinceridad sin que se le identifique.
s-trainer-guide-after-q2-c = Preguntar en voz alta a cada uno en qué falló
s-trainer-guide-after-q2-c-why = Las preguntas en público pueden avergonzar al alumnado y hacer menos probable que hable. Las formas anónimas de preguntar funcionan mejor.
s-trainer-guide-after-what-to-do =
    <b>Qué hacer</b>
    • Envíe la serie de forma gradual, a una hora razonable.
    • Planifique un breve seguimiento y ofrezca una sesión para las familias.
    • Revise los totales de valoraciones y encuestas con el equipo del programa.
    • Hable con el responsable de protección después de cada sesión.

    Recuerde al alumnado el botón <b>Pedir ayuda</b> del bot, un adulto de confianza y una línea de ayuda a la infancia (el 116 111 en muchos países).

## Lección 4: Si un menor revela un abuso

s-trainer-guide-disclosure-title = Si un menor revela un abuso
s-trainer-guide-disclosure-listen =
    Un menor puede contarle algo durante o después de una sesión: directamente, con una insinuación o como si le hubiera pasado a «un amigo». Requiere mucho valor, y puede necesitar más de una conversación.

    <b>Escuche.</b> Mantenga la calma, préstele toda su atención y deje que vaya a su ritmo. No interrumpa ni haga preguntas que sugieran respuestas. Repita sus propias palabras para mostrar que entiende. Dígale: «Hiciste bien en contármelo. No es tu culpa».
s-trainer-guide-disclosure-listen-alt = Una persona docente sentada junto a un joven en un sofá le escucha, con un corazón, una burbuja de diálogo y una libreta cerca.
s-trainer-guide-disclosure-no-secret =
    <b>No prometa guardar el secreto.</b> Explíquele con amabilidad que no puede guardarlo, pero que solo se lo contará a personas cuyo trabajo es ayudar a protegerle, y dígale qué pasará después.

    <b>No investigue.</b> No le haga preguntas detalladas, no pida ver su teléfono ni ninguna imagen, y nunca copie ni reenvíe una imagen. No contacte a la persona que nombra. Eso corresponde a los servicios de protección infantil y a la policía.
s-trainer-guide-disclosure-q1 = Después de clase, un alumno le pregunta: «¿Le puedo contar algo si me promete no decírselo a nadie?». ¿Qué responde?
s-trainer-guide-disclosure-q1-a = «Te lo prometo. Puedes confiar en mí».
s-trainer-guide-disclosure-q1-a-why = Usted quiere que tenga la confianza para hablar. Pero si revela un daño, tendrá que comunicarlo, y una promesa rota puede destruir su confianza.
s-trainer-guide-disclosure-q1-b = «No puedo prometerlo; solo se lo diré a quien pueda ayudar».
s-trainer-guide-disclosure-q1-b-why = La honestidad desde el principio protege su confianza: sabe qué va a pasar antes de decidir hablar, y usted puede cumplir su palabra.
s-trainer-guide-disclosure-q1-c = «Mejor cuéntaselo a tus padres».
s-trainer-guide-disclosure-q1-c-why = La familia puede ser un gran apoyo, pero el menor le eligió a usted, y el daño puede venir de alguien de casa. Primero escuche y luego siga su procedimiento.
s-trainer-guide-disclosure-act =
    <b>Actúe el mismo día</b>
    • Avise enseguida a su responsable de protección. No deje solo al menor si está en riesgo.
    • Si un menor está en peligro inmediato, llame al número de emergencias.
    • Con su responsable de protección, siga el procedimiento de la escuela y la vía nacional de derivación: servicios de protección infantil, policía o servicio de denuncia.
    • El botón <b>Pedir ayuda</b> del bot muestra la línea de ayuda a la infancia y las vías de denuncia de cada país.
s-trainer-guide-disclosure-record =
    <b>Registre los hechos</b> en cuanto pueda:
    • la fecha, la hora, el lugar y quién estaba presente
    • lo que dijo el menor, con sus propias palabras
    • lo que usted dijo e hizo, a quién se lo contó y cuándo

    Deje fuera opiniones y suposiciones. Firme y feche el registro, guárdelo como indique su procedimiento y compártalo solo con quien necesite saberlo.
s-trainer-guide-disclosure-q2 = ¿Cuál de estas cosas va en su registro?
s-trainer-guide-disclosure-q2-a = Mi opinión sobre quién tiene la culpa
s-trainer-guide-disclosure-q2-a-why = Su preocupación importa, pero las opiniones se pueden cuestionar y pueden perjudicar una investigación. Aténgase a lo que vio y oyó.
s-trainer-guide-disclosure-q2-b = Las propias palabras del menor, y lo que hice yo
s-trainer-guide-disclosure-q2-b-why = Los hechos y las propias palabras del menor son lo que necesitan el responsable de protección y cualquier investigación. Añada la fecha, la hora y a quién se lo contó.
s-trainer-guide-disclosure-q2-c = Un resumen después de hacerle más preguntas
s-trainer-guide-disclosure-q2-c-why = Hacer más preguntas puede angustiar al menor y cambiar su relato. Escuche, no investigue, y anote lo que le contó.
s-trainer-guide-disclosure-yourself =
    <b>Cuídese usted también.</b> Escuchar una revelación puede afectarle durante un tiempo. Es normal sentirse mal, con enojo o con dudas sobre si lo hizo bien.

    Háblelo con su responsable de protección o su supervisor, y use el apoyo al personal si su escuela lo ofrece, sin compartir más datos del menor de los necesarios.
s-trainer-guide-disclosure-what-to-do =
    <b>Qué hacer</b>
    Escuche, mantenga la calma y créale. No prometa guardar el secreto y no investigue. Avise a su responsable de protección el mismo día y siga la vía nacional de derivación. Registre los hechos con las propias palabras del menor. Después, cuídese.

    En peligro inmediato: el número de emergencias. El botón <b>Pedir ayuda</b> del bot muestra las líneas de ayuda de cada país; el 116 111 conecta con una línea de ayuda a la infancia en muchos países.
