## Serie: Protegerlos sin dejar de hablar (caregivers-talking)
## Público: madres, padres y personas cuidadoras. Fuentes parafraseadas: Thorn for Parents, NCMEC, eSafety Commissioner, UNICEF. Trato de usted.

s-caregivers-talking-title = Protegerlos sin dejar de hablar
s-caregivers-talking-about = Cinco lecciones breves para madres, padres y personas cuidadoras: los riesgos en línea de hoy, cómo hablar de ellos, las señales a las que atender y qué hacer si su hijo o hija necesita ayuda.

## Lección 1: Los riesgos en línea hoy

s-caregivers-talking-risks-today-title = Los riesgos en línea hoy
s-caregivers-talking-risks-today-intro =
    Casi todo lo que los chicos y chicas hacen en internet es bueno: amistades, aprendizaje, diversión. Conviene conocer algunos riesgos para poder guiarlos con calma.

    No hace falta saber de tecnología. Su interés y la confianza de su hijo o hija valen más que cualquier aplicación.
s-caregivers-talking-risks-today-three-cs =
    Los riesgos en línea suelen ser de tres tipos:
    • <b>Contacto</b>: alguien se acerca a su hijo o hija para engañarle, presionarle o hacerle daño.
    • <b>Contenido</b>: ve cosas que le angustian o le dañan, como violencia o material sexual.
    • <b>Conducta</b>: cómo se tratan los jóvenes entre sí, por ejemplo el acoso o compartir la foto de otra persona.
s-caregivers-talking-risks-today-grooming =
    El grooming es cuando alguien se gana la cercanía de un niño, niña o adolescente para abusar de él o explotarlo.

    Suele empezar con amabilidad: atención, halagos, regalos, «nadie te entiende como yo». Luego llega la presión, y el miedo y la vergüenza sirven para que no cuente nada. Esa persona puede hacerse pasar por alguien joven o ser alguien a quien ya conoce.
s-caregivers-talking-risks-today-numbers =
    Pasa más de lo que muchas familias creen. En una encuesta de Thorn, el 22% de los niños, niñas y adolescentes participantes dijo haber tenido en línea una interacción sexual con una persona adulta (Thorn, 2023). Puede empezar con un mensaje amistoso en un juego o un chat.

    Saberlo es un motivo para hablar pronto, no para asustarse.
s-caregivers-talking-risks-today-q1 = ¿Cómo suele empezar el grooming?
s-caregivers-talking-risks-today-q1-a = Con amenazas desde el primer mensaje
s-caregivers-talking-risks-today-q1-a-why = Si hay amenazas, suelen llegar más tarde. El grooming tiende a empezar con amabilidad y atención, y por eso cuesta detectarlo.
s-caregivers-talking-risks-today-q1-b = Con atención amistosa y confianza
s-caregivers-talking-risks-today-q1-b-why = La persona se gana primero su confianza con atención, halagos o regalos. Después usa el miedo y la vergüenza para que guarde silencio.
s-caregivers-talking-risks-today-q1-c = Solo con desconocidos que usan fotos falsas
s-caregivers-talking-risks-today-q1-c-why = Algunas personas usan perfiles falsos, pero también puede ser alguien a quien ya conoce, en internet o en persona.
s-caregivers-talking-risks-today-what-to-do =
    Lo que puede hacer esta semana:
    • Pregunte a su hijo o hija qué aplicaciones y juegos le gustan, y deje que se los enseñe.
    • Dígale que puede contarle cualquier cosa que pase en internet, aunque crea que se ha equivocado.
    • Guarde el número de la línea de ayuda a la infancia de su país.

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## Lección 2: Hablar pronto y a menudo, sin vergüenza ni castigos

s-caregivers-talking-talking-title = Hablar pronto y a menudo
s-caregivers-talking-talking-intro =
    Varias charlas cortas funcionan mejor que una gran conversación. Pregunte por su vida en línea como pregunta por la escuela o las amistades: en la cena, de camino a algún sitio, viendo una serie.

    Empiece antes de que pase algo, para que hablar de esto sea normal. Escuche más de lo que habla.
s-caregivers-talking-talking-red-flags =
    Advertir sobre los «desconocidos» no basta: alguien con quien chatea desde hace semanas ya parece un amigo. Mejor enséñele las señales de alerta. Cuidado con quien:
    • le pide guardar secretos
    • quiere pasar a una app privada
    • ofrece regalos, dinero o créditos de juego
    • pide fotos o habla de sexo
    • halaga mucho, presiona o amenaza
s-caregivers-talking-talking-exit-plan =
    Ayúdele a planear una salida antes de necesitarla. Acuerden qué hacer si un chat le incomoda: dejar de responder, salir, bloquear, reportar y acudir a usted.

    Ofrézcale una excusa fácil: «Échame la culpa a mí. Di que tus padres no te dejan». Practíquenlo juntos para que la tenga lista.
s-caregivers-talking-talking-no-shame =
    Muchos chicos y chicas callan por miedo al castigo o a quedarse sin teléfono. Dígaselo con claridad: «Pase lo que pase en internet, puedes contármelo. No vas a tener problemas y no te quitaré el teléfono por contármelo».

    Y cumpla su palabra. Cuando alguien hace daño a un menor, la culpa es de esa persona, nunca del menor.
s-caregivers-talking-talking-q1 = ¿Qué mensaje ayuda más a su hijo o hija?
s-caregivers-talking-talking-q1-a = «Nunca hables con desconocidos en internet».
s-caregivers-talking-talking-q1-a-why = Suena seguro, pero ayuda poco. Un amigo de internet de hace tiempo no parece un desconocido, y el daño también puede venir de gente conocida.
s-caregivers-talking-talking-q1-b = «Si alguien te incomoda, ven a contármelo».
s-caregivers-talking-talking-q1-b-why = Se centra en cómo se comporta la persona, no en quién es, y le dice a su hijo o hija que siempre puede acudir a usted.
s-caregivers-talking-talking-q1-c = «Si pasa algo, te quedas sin teléfono».
s-caregivers-talking-talking-q1-c-why = El miedo a perder el teléfono es una de las razones principales por las que callan. La amenaza de castigo hace menos probable que se lo cuenten.
s-caregivers-talking-talking-q2 = Su hijo o hija le cuenta que un amigo de un videojuego le pidió guardar un secreto. ¿Qué le dice primero?
s-caregivers-talking-talking-q2-a = «Gracias por contármelo».
s-caregivers-talking-talking-q2-a-why = Dar las gracias primero le muestra que hizo bien en contárselo. Luego puede preguntar con calma qué pasó y decidir juntos los siguientes pasos.
s-caregivers-talking-talking-q2-b = «¿Por qué hablabas con esa persona?»
s-caregivers-talking-talking-q2-b-why = Puede sonar a reproche, y quizá deje de contarle cosas. Pregunte qué pasó más adelante, con calma y sin juzgar.
s-caregivers-talking-talking-q2-c = «Se acabó, no más videojuegos».
s-caregivers-talking-talking-q2-c-why = Una prohibición se vive como un castigo por hablar, y la próxima vez puede callar. Céntrese en protegerle sin dejar de hablar.
s-caregivers-talking-talking-what-to-do =
    Para probar esta semana:
    • Haga una pregunta abierta, como «¿Qué es lo mejor y lo peor de internet para ti ahora?».
    • Acuerden juntos un plan de salida.
    • Dígale en voz alta que no tendrá problemas por contarle algo.

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## Lección 3: Señales de alerta

s-caregivers-talking-warning-signs-title = Señales de alerta
s-caregivers-talking-warning-signs-intro =
    Ninguna señal por sí sola demuestra que algo va mal. Muchas tienen causas normales, como exámenes, amistades o la propia adolescencia.

    Lo importante es el cambio: un giro repentino en su conducta o varias señales a la vez. Confíe en su intuición y deje que le lleve a una charla tranquila, no a una acusación.
s-caregivers-talking-warning-signs-device =
    Señales en torno al teléfono y los contactos:
    • oculta el teléfono, tapa la pantalla o cierra apps deprisa
    • un nuevo «amigo» en línea del que no quiere hablar, a menudo mayor
    • usa el teléfono de madrugada o se inquieta al recibir un mensaje
    • cuentas, apps o un segundo teléfono que usted no conocía
s-caregivers-talking-warning-signs-other-signs =
    Otras señales a tener en cuenta:
    • regalos, dinero, créditos de juego o un teléfono nuevo de origen poco claro
    • cambios de ánimo: enfado, miedo, tristeza, vergüenza
    • se aleja de la familia o de sus amistades
    • duerme mal o cambia de golpe en los estudios
    • se altera después de usar el teléfono, o de pronto lo evita
s-caregivers-talking-warning-signs-q1 = ¿Cuál de estas situaciones merece más una charla tranquila?
s-caregivers-talking-warning-signs-q1-a = Jugar en línea con compañeros de clase
s-caregivers-talking-warning-signs-q1-a-why = Suele ser algo normal. Interesarse por sus juegos es una buena forma de mantener la conversación, pero no es una señal de alerta en sí.
s-caregivers-talking-warning-signs-q1-b = Un «amigo» en línea mayor y secreto
s-caregivers-talking-warning-signs-q1-b-why = El secreto en torno a un contacto nuevo, sobre todo si es mayor, es una señal de alerta frecuente. Pregunte con suavidad y sin culpar.
s-caregivers-talking-warning-signs-q1-c = Querer más privacidad en la adolescencia
s-caregivers-talking-warning-signs-q1-c-why = Querer algo de privacidad es parte normal de crecer. Fíjese en cambios repentinos o en el secreto sobre una persona concreta, no en la privacidad en general.
s-caregivers-talking-warning-signs-how-to-ask =
    Si nota señales, elija un momento tranquilo. Lado a lado es más fácil que cara a cara: paseando o de camino a algún sitio.

    Diga lo que ha notado, no lo que teme: «Noto que algunos mensajes te inquietan. Estoy aquí, sea lo que sea». No le quite el teléfono de las manos. Si todavía no quiere hablar, dígale que su puerta sigue abierta.
s-caregivers-talking-warning-signs-q2 = Cuando usted entra, su hijo o hija esconde la pantalla y parece que algo le angustia. ¿Cuál es un buen primer paso?
s-caregivers-talking-warning-signs-q2-a = Esperar a que se le pase
s-caregivers-talking-warning-signs-q2-a-why = Quizá no sea nada, pero esperar en silencio puede dejarle a solas con un problema. Una pregunta amable cuesta poco.
s-caregivers-talking-warning-signs-q2-b = Leer sus mensajes a escondidas
s-caregivers-talking-warning-signs-q2-b-why = Revisar a escondidas puede romper la confianza, y si lo descubre, puede ocultar todavía más. Una charla tranquila es mejor primer paso.
s-caregivers-talking-warning-signs-q2-c = Preguntar con calma, en un buen momento
s-caregivers-talking-warning-signs-q2-c-why = Contarle lo que ha notado, y que está ahí para ayudar y no para castigar, mantiene la puerta abierta.
s-caregivers-talking-warning-signs-what-to-do =
    Próximos pasos:
    • Preste atención a los cambios, sin espiar.
    • Tenga una charla tranquila y recuérdele que no tendrá problemas.
    • Si le cuenta que alguien le hace daño o le amenaza, vea la lección «Si su hijo o hija se lo cuenta».

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## Lección 4: Si su hijo o hija se lo cuenta

s-caregivers-talking-if-they-tell-title = Si su hijo o hija se lo cuenta
s-caregivers-talking-if-they-tell-stay-calm =
    Si su hijo o hija le cuenta que algo pasó en internet, su reacción es lo que más importa. Mantenga la calma, aunque por dentro sienta sorpresa o rabia.

    Dígale: «Gracias por contármelo. No vas a tener problemas. No es tu culpa». Créale, escuche y no insista en cada detalle. Contárselo le ha costado valor.
s-caregivers-talking-if-they-tell-evidence =
    Guarde pruebas: capturas de pantalla de los mensajes, del usuario y perfil de esa persona, y de las fechas. No borre todavía el chat ni la cuenta.

    <b>Importante:</b> nunca reenvíe, guarde ni capture una imagen sexual de un menor, ni siquiera para denunciarla. Puede ser un delito y extiende el daño. Indique dónde está.
s-caregivers-talking-if-they-tell-q1 = Su hijo o hija le enseña una imagen sexual suya que está circulando. ¿Qué hace con ella?
s-caregivers-talking-if-they-tell-q1-a = Guardar una copia como prueba
s-caregivers-talking-if-they-tell-q1-a-why = Guardar o copiar una imagen sexual de un menor puede ser un delito, aunque la intención sea buena. Mejor anote dónde aparece y denuncie eso.
s-caregivers-talking-if-they-tell-q1-b = Reenviarla a la policía
s-caregivers-talking-if-they-tell-q1-b-why = No la reenvíe, ni siquiera a la policía. Indíqueles a ellos o a un servicio de denuncia dónde está la imagen, y le dirán qué hacer.
s-caregivers-talking-if-they-tell-q1-c = No copiarla y denunciar dónde está
s-caregivers-talking-if-they-tell-q1-c-why = Denunciar el enlace o la cuenta donde aparece, y usar Take It Down, ayuda a retirarla. Nunca copie ni comparta la imagen.
s-caregivers-talking-if-they-tell-dont-confront =
    No contacte con esa persona, no la amenace ni se haga pasar por su hijo o hija. Puede alertarla, poner en riesgo a su hijo o hija y perjudicar una investigación. En su lugar:
    • reporte la cuenta en la aplicación
    • denuncie ante un servicio nacional de denuncia o la policía
    • después, bloquee a esa persona

    Haga cada paso junto con su hijo o hija.
s-caregivers-talking-if-they-tell-sextortion =
    Si alguien amenaza con difundir imágenes de su hijo o hija si no paga o envía más, es sextorsión. Ayúdele a:
    • no pagar ni enviar nada; pagar suele traer más exigencias
    • dejar de responder, pero conservar el chat como prueba
    • bloquear y reportar la cuenta

    Take It Down puede ayudar a retirar las imágenes. La culpa es de quien amenaza.
s-caregivers-talking-if-they-tell-q2 = Alguien amenaza con difundir una foto de su hijo o hija si no paga. ¿Qué conviene hacer?
s-caregivers-talking-if-they-tell-q2-a = Pagar una vez para que pare
s-caregivers-talking-if-they-tell-q2-a-why = Pagar rara vez lo detiene y suele traer más exigencias. Es mejor dejar de responder, guardar pruebas y denunciar.
s-caregivers-talking-if-they-tell-q2-b = Dejar de responder, guardar pruebas, denunciar
s-caregivers-talking-if-they-tell-q2-b-why = Corte el contacto, haga capturas, bloquee y denuncie ante la aplicación, un servicio de denuncia o la policía. Take It Down puede ayudar a retirar las imágenes.
s-caregivers-talking-if-they-tell-q2-c = Escribirle y amenazarle también
s-caregivers-talking-if-they-tell-q2-c-why = Enfrentarse a esa persona puede empeorar las cosas y perjudicar una investigación. Deje eso en manos de la aplicación, el servicio de denuncia o la policía.
s-caregivers-talking-if-they-tell-what-to-do =
    Busque apoyo para su hijo o hija y para usted. Una línea de ayuda a la infancia puede hablar con su hijo o hija, y a menudo también con usted; en muchos países es el 116 111. Si hay peligro inmediato, llame a la policía.

    Mantenga la calma en el día a día y no le quite el teléfono como castigo.

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## Lección 5: Herramientas y vías para denunciar

s-caregivers-talking-tools-title = Herramientas y vías para denunciar
s-caregivers-talking-tools-together =
    Los ajustes de privacidad y el control parental pueden ayudar, sobre todo con los más jóvenes. Funcionan mejor si los configuran juntos y usted explica por qué, no a escondidas.

    Revise quién puede ver el perfil de su hijo o hija y escribirle. En Telegram, mire quién ve su número de teléfono y quién puede añadirle a grupos. Las herramientas apoyan la conversación; no la sustituyen.
s-caregivers-talking-tools-q1 = ¿Cuál es la mejor forma de usar el control parental?
s-caregivers-talking-tools-q1-a = Activarlo a escondidas
s-caregivers-talking-tools-q1-a-why = Si descubre un control oculto, la confianza se puede romper y quizá se pase a apps que usted no conoce. Ser transparente funciona mejor.
s-caregivers-talking-tools-q1-b = Configurarlo juntos y explicar por qué
s-caregivers-talking-tools-q1-b-why = Cuando entiende las razones, es más probable que mantenga los ajustes y que acuda a usted si algo va mal.
s-caregivers-talking-tools-q1-c = Usarlo en lugar de hablar
s-caregivers-talking-tools-q1-c-why = Los ajustes ayudan, pero ninguna herramienta lo detecta todo. Lo que protege es la confianza y las charlas frecuentes.
s-caregivers-talking-tools-take-it-down =
    Si una imagen desnuda o sexual de su hijo o hija se tomó antes de cumplir 18 años, <b>Take It Down</b> (takeitdown.ncmec.org) puede ayudar a retirarla de las plataformas participantes.

    Funciona con una huella digital de la imagen, así que la foto no se envía a nadie, y se puede usar sin dar el nombre. Su hijo o hija puede usarlo con usted o sin ayuda.
s-caregivers-talking-tools-hotlines =
    Para denunciar imágenes o videos sexuales de menores, use un servicio de denuncia. La red INHOPE tiene servicios miembros en muchos países. La Internet Watch Foundation (IWF) ofrece portales de denuncia para muchos países que no tienen uno propio. En Estados Unidos, es la CyberTipline del NCMEC.

    Reporte también la cuenta en la propia aplicación.
s-caregivers-talking-tools-helplines =
    Las líneas de ayuda a la infancia escuchan a niños, niñas y adolescentes, y muchas también orientan a las familias. En muchos países, el 116 111 conecta con una de ellas; las llamadas son confidenciales y a menudo gratuitas.

    Si su hijo o hija está en peligro inmediato, llame enseguida a la policía o al número de emergencias.
s-caregivers-talking-tools-q2 = Se está compartiendo una foto desnuda que su hijo o hija de 15 años se tomó. ¿Qué puede ayudar a retirarla?
s-caregivers-talking-tools-q2-a = Take It Down
s-caregivers-talking-tools-q2-a-why = Take It Down es para imágenes tomadas antes de los 18 años. Ayuda a las plataformas participantes a encontrar y retirar la imagen, sin que usted la envíe a nadie.
s-caregivers-talking-tools-q2-b = Pedir a esa persona que la borre
s-caregivers-talking-tools-q2-b-why = Contactar con esa persona puede empeorar las cosas. Mejor reporte la cuenta y use Take It Down.
s-caregivers-talking-tools-q2-c = Nada: lo que está en internet se queda
s-caregivers-talking-tools-q2-c-why = Las plataformas y los servicios de denuncia sí retiran imágenes sexuales de menores, y Take It Down puede ayudar. Vale la pena actuar.
s-caregivers-talking-tools-what-to-do =
    Esta semana:
    • Revisen juntos los ajustes de privacidad.
    • Guarde en su teléfono el número de la línea de ayuda a la infancia de su país y muéstrele dónde está.
    • Averigüe cómo reportar en las apps que usa su hijo o hija.

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## La voz de la juventud: la pregunta de un toque, una vez al terminar la serie

s-caregivers-talking-voice-first-step = ¿Cuál de estas cosas hará primero?
s-caregivers-talking-voice-first-step-ask = Preguntar a mi hijo o hija por su vida en línea
s-caregivers-talking-voice-first-step-settings = Revisar juntos la configuración de privacidad
s-caregivers-talking-voice-first-step-plan = Acordar qué hacer si algo sale mal
s-caregivers-talking-voice-first-step-no-blame = Prometer que no habrá castigo por contármelo
s-caregivers-talking-voice-first-step-links = Guardar los enlaces de ayuda y denuncia del país

## Alt texts of the lesson pictures (for screen readers and the preview)

s-caregivers-talking-risks-today-intro-alt = Una madre o un padre y un niño sentados juntos en un sofá con un teléfono, cerca de un control de videojuegos y un escudo.
s-caregivers-talking-talking-intro-alt = Una madre o un padre y un niño lado a lado, cada uno con una burbuja de diálogo, conversan con calma.
s-caregivers-talking-warning-signs-intro-alt = Una persona adolescente mira un teléfono con dudas. Cerca, su madre o padre piensa en ella con cariño, con un corazón en una nube de pensamiento.
s-caregivers-talking-if-they-tell-stay-calm-alt = Una madre o un padre sentado en un sofá abraza a su hijo preocupado, bajo un corazón.
s-caregivers-talking-tools-together-alt = Una madre o un padre y una persona adolescente a cada lado de una tableta con ajustes de configuración, con un engranaje y un escudo.
