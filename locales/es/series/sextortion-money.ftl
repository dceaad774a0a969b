## Serie: Sextorsión para pedir dinero (sextortion-money), para adolescentes de 13 a 17 años.
## Basada en las recomendaciones del FBI, NCMEC y Thorn sobre la sextorsión financiera, con palabras propias. La última
## lección sigue las pautas de comunicación segura (#chatsafe, marco de Action Alliance): sin detalles de métodos, con esperanza y búsqueda de ayuda.

s-sextortion-money-title = Sextorsión: estafas por dinero
s-sextortion-money-about = Cómo funcionan las estafas de sextorsión para sacar dinero, qué hacer en los primeros minutos, cómo conseguir que borren imágenes y a quién acudir si todo se te hace demasiado. No estás solo ni sola, y no es tu culpa.

## Lección 1: Cómo funciona la estafa

s-sextortion-money-pattern-title = Cómo funciona la estafa
s-sextortion-money-pattern-intro =
    La <b>sextorsión financiera</b> es una estafa. Alguien engaña a una persona joven para que le mande un nude (una foto íntima; en algunos países, un «pack») o un video sexual, y luego amenaza con compartirlo si no le paga.

    La cometen delincuentes, muchas veces grupos organizados de otros países, que lo intentan con muchos jóvenes a la vez. Tienen mucha práctica. Caer no significa que seas tonto o tonta. Significa que te eligieron como blanco.
s-sextortion-money-pattern-intro-alt = Una persona adolescente con un teléfono junto a otro teléfono más grande que muestra un perfil escondido tras una máscara, con relojes corriendo.
s-sextortion-money-pattern-how-it-goes =
    Muchas veces pasa así:
    • Te agrega un perfil nuevo y coqueto, que a menudo parece una chica de tu edad. Puede parecer que tienen amigos en común.
    • Todo va muy rápido. Te manda una «foto» suya y te pide una a cambio.
    • En minutos u horas todo cambia: «Paga ya o se lo mando a tus amigos y a tu familia». Puede enseñarte una lista de tus seguidores.
    • Te pone plazos cortos para que entres en pánico.
s-sextortion-money-pattern-who =
    Estas estafas apuntan sobre todo a <b>chicos adolescentes</b>. En los reportes de sextorsión financiera al NCMEC, unos 9 de cada 10 jóvenes afectados eran chicos de 14 a 17 años (Thorn y NCMEC, 2024). También les pasa a chicas y a adultos.

    Así que, si te pasa, no eres ni de lejos el único caso. Quienes ayudan con esto lo han visto muchas veces, y no te van a juzgar.
s-sextortion-money-pattern-q1 = Un perfil nuevo coquetea contigo, te manda una foto en menos de una hora y te pide una a cambio. ¿Qué está pasando?
s-sextortion-money-pattern-q1-a = Seguro que le gusto mucho
s-sextortion-money-pattern-q1-a-why = Se siente bien cuando alguien parece interesado en ti, y los estafadores cuentan con eso. Coquetear muy rápido y cambiar fotos enseguida es uno de los patrones más comunes de esta estafa.
s-sextortion-money-pattern-q1-b = Seguramente es una estafa: muy rápido y con fotos
s-sextortion-money-pattern-q1-b-why = La gente real casi nunca va con tanta prisa. Puedes dejar de responder y luego bloquear y reportar el perfil. No le debes una foto a un desconocido, ni una explicación.
s-sextortion-money-pattern-q1-c = No pasa nada, si mandó primero
s-sextortion-money-pattern-q1-c-why = Mandar primero es un truco para que te sientas en confianza. La foto que manda casi siempre es robada de otra persona.
s-sextortion-money-pattern-what-to-do =
    <b>Qué hacer</b>
    Si un contacto nuevo pasa muy rápido a temas sexuales: para, no mandes nada, y luego bloquea y reporta la cuenta. Si ya mandaste algo y te está amenazando, en la próxima lección verás los primeros pasos. Cuéntaselo a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países).

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 2: Los primeros minutos

s-sextortion-money-first-steps-title = Los primeros minutos
s-sextortion-money-first-steps-intro =
    Si alguien amenaza con compartir tu foto si no le pagas: <b>respira</b>. Ahora mismo puede parecer el fin del mundo. No lo es. La gente sale de esto, y hay personas cuyo trabajo es ayudarte.

    El estafador quiere que entres en pánico y pagues rápido. Ir más despacio es la forma de recuperar el control.
s-sextortion-money-first-steps-intro-alt = Una persona adolescente tranquila que levanta la mano para decir alto, junto a un montón de monedas tachado.
s-sextortion-money-first-steps-dont-pay =
    <b>No pagues.</b> Ni dinero, ni tarjetas de regalo, ni créditos para juegos. El FBI advierte que, incluso cuando los jóvenes pagan, los estafadores suelen pedir más y amenazar más.

    <b>Deja de responder.</b> No discutas, no supliques, no negocies. No tienes que contestar ningún mensaje ni cumplir ningún plazo. Con tu silencio no tienen nada con qué trabajar.
s-sextortion-money-first-steps-evidence =
    <b>Guarda pruebas</b> antes de bloquear: capturas del chat y de las amenazas, su nombre de usuario y el enlace a su perfil, y cualquier dato de pago que te haya mandado.

    <b>Bloquea y reporta</b> la cuenta en la app. Si hay una opción sobre amenazas, chantaje o desnudos, elígela.

    <b>No borres tu cuenta</b> todavía: los mensajes ayudan a las plataformas y a la policía a detenerlos.
s-sextortion-money-first-steps-q1 = Te escribe: «Paga en diez minutos o todo el mundo lo va a ver». ¿Qué es lo mejor?
s-sextortion-money-first-steps-q1-a = Pagar, para que se termine
s-sextortion-money-first-steps-q1-a-why = Querer que termine rápido es muy comprensible. Pero pagar casi siempre trae más exigencias. Guarda tu dinero y pide ayuda.
s-sextortion-money-first-steps-q1-b = Rogarle que lo borre
s-sextortion-money-first-steps-q1-b-why = Es natural intentar razonar. Pero responder le muestra que tienes miedo, y eso lo usa en tu contra. El silencio funciona mejor.
s-sextortion-money-first-steps-q1-c = Dejar de responder, guardar pruebas, bloquear, contarlo
s-sextortion-money-first-steps-q1-c-why = El plazo es un truco para presionarte. Capturas, un bloqueo y un reporte, y un adulto de confianza o una línea de ayuda de tu lado: así se sale de esto.
s-sextortion-money-first-steps-what-to-do =
    <b>Qué hacer</b>
    No pagues. Deja de responder. Guarda capturas. Bloquea y reporta, pero conserva tu cuenta. Luego cuéntaselo a alguien <b>ya</b>: a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países). Si te sientes en peligro, llama al número de emergencias de tu país.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 3: Cuéntalo y consigue que lo borren

s-sextortion-money-tell-takedown-title = Cuéntalo y consigue que lo borren
s-sextortion-money-tell-takedown-intro =
    Contarlo puede parecer lo más difícil. Quizá te preocupe meterte en problemas, o lo que van a pensar de ti.

    La mayoría de los adultos, y todas las líneas de ayuda para jóvenes, van a estar de tu lado. Esto es un delito contra ti. No te vas a meter en problemas por pedir ayuda, aunque hayas roto una regla o mandado la foto.
s-sextortion-money-tell-takedown-intro-alt = Una persona adolescente habla con un adulto de confianza que escucha con cariño, con un corazón entre los dos.
s-sextortion-money-tell-takedown-who-to-tell =
    A quién contárselo:
    • A tu mamá, tu papá o quien te cuida, un familiar mayor, un profe o el orientador de tu escuela.
    • A una línea de ayuda para jóvenes: gratis, privada y sin dar tu nombre (el 116 111 en muchos países).

    Cómo empezar: «Alguien en internet me está amenazando y necesito ayuda». No tienes que explicarlo todo de una vez. Si la primera persona no te ayuda, cuéntaselo a otra.
s-sextortion-money-tell-takedown-take-it-down =
    También puedes ayudar a frenar la imagen, incluso antes de que la compartan.

    <b>Take It Down</b> (takeitdown.ncmec.org) es gratis y puedes usarlo sin dar tu nombre. Es para imágenes íntimas o sexuales tuyas de antes de tus 18 años. Crea en tu propio dispositivo una huella digital de la imagen, y las apps que participan la usan para encontrar y borrar copias. La imagen nunca se sube.
s-sextortion-money-tell-takedown-q1 = ¿Qué es verdad sobre Take It Down?
s-sextortion-money-tell-takedown-q1-a = Puede funcionar antes de que compartan la imagen
s-sextortion-money-tell-takedown-q1-a-why = Puedes usarlo en cuanto te preocupe, sin dar tu nombre. Así, las apps que participan pueden bloquear la imagen si alguien intenta publicarla ahí.
s-sextortion-money-tell-takedown-q1-b = Tengo que subirles la imagen
s-sextortion-money-tell-takedown-q1-b-why = Es una preocupación muy común. Pero la imagen se queda en tu dispositivo: solo se envía su huella digital.
s-sextortion-money-tell-takedown-q1-c = Solo funciona si primero voy a la policía
s-sextortion-money-tell-takedown-q1-c-why = La policía puede ayudar, y contárselo es un buen paso. Pero puedes usar Take It Down por tu cuenta o con un adulto de confianza, sin ir primero a la policía.
s-sextortion-money-tell-takedown-not-your-fault =
    Pase lo que haya pasado antes de las amenazas, quien te chantajea es quien comete un delito. Confiar en alguien, coquetear o mandar una foto no hace que sea tu culpa.

    Los estafadores intentan que sientas vergüenza y que no tienes a nadie para que te calles. En cuanto se lo cuentas a alguien, empiezan a perder su poder.
s-sextortion-money-tell-takedown-q2 = ¿De quién es la culpa en una sextorsión?
s-sextortion-money-tell-takedown-q2-a = Mía, porque mandé la foto
s-sextortion-money-tell-takedown-q2-a-why = Mucha gente se culpa, y eso es justo lo que quiere el estafador. Pero mandar una foto a alguien en quien confiabas no es un delito. El chantaje sí.
s-sextortion-money-tell-takedown-q2-b = Solo de quien hace las amenazas
s-sextortion-money-tell-takedown-q2-b-why = Quien te amenaza eligió cometer un delito. Tú mereces ayuda y apoyo, no culpa.
s-sextortion-money-tell-takedown-q2-c = Un poco de los dos
s-sextortion-money-tell-takedown-q2-c-why = Puede sentirse así cuando tienes miedo. Pero la culpa no se reparte: es de quien hace las amenazas.
s-sextortion-money-tell-takedown-what-to-do =
    <b>Qué hacer</b>
    Cuéntaselo hoy a un adulto de confianza o a una línea de ayuda para jóvenes (el 116 111 en muchos países). Usa takeitdown.ncmec.org para ayudar a frenar la imagen, y reporta la cuenta en la app. No te vas a meter en problemas por pedir ayuda.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los sitios de denuncia de tu país.

## Lección 4: Cuando todo se te hace demasiado

s-sextortion-money-too-much-title = Cuando todo se te hace demasiado
s-sextortion-money-too-much-intro =
    Que te amenacen así puede ser abrumador. Puedes sentir pánico o vergüenza, no poder dormir o sentir que no hay salida.

    Esas emociones son una reacción normal ante algo que da miedo. No significan que las cosas no puedan mejorar. Con ayuda, mejoran. Muchos jóvenes han pasado por esto y han salido adelante.
s-sextortion-money-too-much-intro-alt = Una persona adolescente habla por teléfono con una línea de ayuda mientras sale el sol detrás.
s-sextortion-money-too-much-reach-out =
    <b>Si estás pensando en hacerte daño, llama ahora a tu línea de ayuda para jóvenes o al número de emergencias de tu país.</b> En muchos países, la línea de ayuda para jóvenes es el 116 111. Es gratis, y hay alguien para escucharte.

    No necesitas las palabras perfectas. «Me están amenazando en internet y no puedo más» es suficiente. No tienes que enfrentarlo sin apoyo, ni siquiera una noche.
s-sextortion-money-too-much-q1 = Es tarde, tienes miedo y sientes que no puedes más. ¿Qué te ayuda ahora mismo?
s-sextortion-money-too-much-q1-a = Guardármelo hasta la mañana
s-sextortion-money-too-much-q1-a-why = Querer esconderlo es comprensible, sobre todo de noche. Pero no tienes que esperar: las líneas de ayuda y los números de emergencia están disponibles ahora mismo, y hablar ayuda.
s-sextortion-money-too-much-q1-b = Llamar a una línea de ayuda o despertar a un adulto
s-sextortion-money-too-much-q1-b-why = Pedir ayuda enseguida es de valientes, no de débiles. Una línea de ayuda o un adulto puede ayudarte a sentirte más a salvo esta noche y a hacer un plan para mañana.
s-sextortion-money-too-much-q1-c = Pagarle para que se me pase el miedo
s-sextortion-money-too-much-q1-c-why = Cualquier cosa que acabe con el miedo puede parecer que vale la pena. Pero pagar casi siempre trae más exigencias. Hablar con alguien es lo que de verdad ayuda.
s-sextortion-money-too-much-friend =
    Si alguien de tus amigos te cuenta que está recibiendo amenazas y parece sin esperanza, o dice que quiere hacerse daño:
    • Tómalo en serio y quédate a su lado, en persona o por teléfono.
    • Dile: «No es tu culpa. Vamos a conseguir ayuda».
    • Avisa enseguida a un adulto de confianza, o llamen juntos a una línea de ayuda o al número de emergencias.

    No tienes que resolverlo. Conseguir ayuda es suficiente.
s-sextortion-money-too-much-what-to-do =
    <b>Qué hacer</b>
    Si estás pensando en hacerte daño, llama ahora a tu línea de ayuda para jóvenes (el 116 111 en muchos países) o al número de emergencias de tu país. Si tienes miedo pero estás a salvo, cuéntaselo hoy a un adulto de confianza. Esto va a pasar, y no tienes que pasarlo sin apoyo.

    Toca <b>Pedir ayuda</b> cuando quieras para ver la línea de ayuda y los números de emergencia de tu país.
