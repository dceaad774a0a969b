## Serie: Los riesgos de hoy en internet (caregivers-today), para madres, padres y cuidadores.
## Estructura: content/series/caregivers-today.yaml. Basada en NCMEC, Thorn, las advertencias del FBI, la eSafety
## Commissioner, la Policía Federal Australiana, CEOP Thinkuknow y la NSPCC (con palabras propias; fuentes en el yaml).

s-caregivers-today-title = Riesgos de hoy para las familias
s-caregivers-today-about = Cinco lecciones cortas para madres, padres y cuidadores: imágenes falsas hechas con IA, sextorsión, videojuegos y transmisiones en vivo, ajustes que se configuran juntos y qué decir si su hijo o hija le cuenta que algo pasó.

## Lección 1: Imágenes falsas hechas con IA

s-caregivers-today-ai-images-title = Imágenes falsas hechas con IA
s-caregivers-today-ai-images-intro =
    Algunas apps y sitios web pueden convertir una foto normal, como una selfie o una foto escolar, en una imagen falsa de desnudo o sexual. Se les suele llamar apps para «desnudar» (nudify) o deepfakes.

    La imagen es falsa, pero el daño es real. NCMEC, la organización estadounidense de protección infantil, informa que las imágenes falsas se usan para acosar y humillar a niños, niñas y adolescentes, y que los agresores las usan para chantajear a menores y exigirles dinero o más imágenes. Crear o compartir una imagen sexual de un menor, aunque sea falsa, es abuso y puede ser un delito.
s-caregivers-today-ai-images-intro-alt = Una foto en un teléfono es copiada por la IA en una imagen alterada con marco punteado y una señal de advertencia, junto a un escudo y una bandera de denuncia.
s-caregivers-today-ai-images-how-common =
    No es algo raro. En una encuesta de Thorn a jóvenes de 9 a 17 años, el 11% dijo creer que amigos o compañeros de clase habían usado herramientas de IA para crear imágenes de desnudos de otros menores (Thorn, 2025).

    Por eso vale la pena hablarlo antes de que pase algo, con calma, como un tema más de los que hablan en familia.
s-caregivers-today-ai-images-q1 = Su hija le cuenta que circula en su clase un desnudo falso de ella, hecho con una app. ¿Qué es verdad?
s-caregivers-today-ai-images-q1-a = Es falso, así que no es grave
s-caregivers-today-ai-images-q1-a-why = Puede parecer menos grave porque la imagen no es real. Pero puede difundirse como una real, y la vergüenza, el miedo y el acoso que trae son reales. Merece la misma atención.
s-caregivers-today-ai-images-q1-b = Es abuso, y no es culpa de ella
s-caregivers-today-ai-images-q1-b-why = Quien creó o compartió la imagen es el responsable, no su hija. Las imágenes sexuales falsas de menores se pueden denunciar y retirar, y lo que ella más necesita ahora es su apoyo.
s-caregivers-today-ai-images-q1-c = Debería publicar menos fotos
s-caregivers-today-ai-images-q1-c-why = Compartir fotos es parte normal de crecer, y casi cualquier imagen se puede usar mal. Esto pone la culpa en ella en lugar de en quien hizo la imagen falsa.
s-caregivers-today-ai-images-if-it-happens =
    <b>Si le pasa a su hijo o hija</b>
    • Mantenga la calma y dígale que no es su culpa.
    • No guarde, copie ni reenvíe la imagen, ni siquiera como prueba. Anote dónde aparece (enlaces, usuarios) y capture los mensajes de alrededor.
    • Repórtela en la app y denúnciela en un servicio de denuncia o ante la policía.
    • Take It Down (takeitdown.ncmec.org) puede ayudar a frenar la difusión de imágenes de desnudos de menores de 18 en las apps participantes.
    • Si hay compañeros implicados, avise a la escuela.
s-caregivers-today-ai-images-talk-first =
    Hable del tema antes de que pase. Algunos jóvenes crean estas imágenes «de broma» o por venganza, sin pensar en el daño. Asegúrese de que su hijo o hija sepa que:
    • crear o compartir un desnudo falso de cualquier persona causa un daño grave, y puede ser un delito
    • si ve uno, no debe pasarlo, sino reportarlo y contárselo a un adulto
    • si le pasa, puede acudir a usted y no tendrá problemas
s-caregivers-today-ai-images-q2 = Su hijo le cuenta que un amigo compartió en un chat de grupo un desnudo hecho con IA de una compañera. ¿Cuál es el mejor consejo?
s-caregivers-today-ai-images-q2-a = Borrar el chat y olvidarse
s-caregivers-today-ai-images-q2-a-why = Es comprensible querer mantenerse al margen. Pero la imagen sigue circulando, y puede que la compañera ni lo sepa. Reportarla y avisar a un adulto ayuda a frenarla.
s-caregivers-today-ai-images-q2-b = No pasarlo; reportarlo y avisar a un adulto
s-caregivers-today-ai-images-q2-b-why = No compartirla frena su difusión, reportarla ayuda a que la retiren y un adulto puede implicar a la escuela. Una palabra amable a la compañera, que puede sentirse muy sola, también ayuda.
s-caregivers-today-ai-images-q2-c = Reenviármelo para que yo lo vea
s-caregivers-today-ai-images-q2-c-why = Querer entender es natural, pero reenviar o guardar una imagen sexual de un menor, aunque sea falsa, puede ser un delito. Pregunte dónde se compartió y denuncie eso.
s-caregivers-today-ai-images-what-to-do =
    <b>Qué hacer</b>
    • Hable esta semana con su hijo o hija sobre las imágenes falsas.
    • Si pasa: mantenga la calma, no copie la imagen, anote dónde está y denúnciela a la app y a un servicio de denuncia o a la policía.
    • Una línea de ayuda a la infancia (el 116 111 en muchos países) puede apoyar a su hijo o hija, y a menudo también a usted.

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## Lección 2: Sextorsión financiera

s-caregivers-today-sextortion-title = Sextorsión: señales y qué decir
s-caregivers-today-sextortion-intro =
    La <b>sextorsión financiera</b> es un chantaje por dinero. Alguien, a menudo haciéndose pasar por una chica o un joven, coquetea con un adolescente y pronto le pide un desnudo o una videollamada. Luego llega la amenaza: «Paga o se lo mando a tus amigos y familia».

    Puede empezar y agravarse en horas, y pueden falsificar una imagen con IA. El FBI y NCMEC advierten que los chicos adolescentes son las víctimas más frecuentes, pero le puede pasar a cualquier menor, en cualquier familia.
s-caregivers-today-sextortion-signs =
    Señales de que algo puede ir mal:
    • pánico, miedo o llanto repentinos después de usar el teléfono
    • pedir dinero o tarjetas de regalo con urgencia, sin una razón clara
    • una nueva «novia» o amistad en línea que avanzó muy rápido
    • borrar cuentas o apps deprisa, o evitar el teléfono
    • aislarse, o hablar como si no hubiera salida

    Si alguna vez teme por la seguridad de su hijo o hija, busque ayuda urgente de inmediato.
s-caregivers-today-sextortion-what-to-say =
    <b>Qué decir</b>
    Antes de que pase nada: «Si alguien alguna vez te amenaza con una foto, ven a contármelo. Le pasa a mucha gente. Te voy a ayudar, no a castigar».

    Si se lo cuenta: «Gracias por contármelo. No vas a tener problemas. Lo vamos a resolver juntos». Deje el «¿por qué la mandaste?» para mucho más adelante, o para nunca. Su calma es lo que más ayuda.
s-caregivers-today-sextortion-what-to-say-alt = Una madre o un padre, en un sofá, abraza a un chico adolescente, con un escudo y un corazón cerca.
s-caregivers-today-sextortion-q1 = Su hijo, en pánico, le dice que alguien mandará su foto a todo el mundo si no paga esta noche. ¿Qué le dice primero?
s-caregivers-today-sextortion-q1-a = «¿Cómo pudiste ser tan descuidado?»
s-caregivers-today-sextortion-q1-a-why = La sorpresa y el enojo son naturales. Pero la culpa hace que un adolescente asustado se cierre justo cuando necesita seguir hablando con usted. Las preguntas pueden esperar.
s-caregivers-today-sextortion-q1-b = «Gracias por contármelo. Lo resolveremos juntos».
s-caregivers-today-sextortion-q1-b-why = Las gracias y la calma le dicen que hizo bien en acudir a usted. Los chantajistas cuentan con la vergüenza y el pánico; una reacción serena les quita ese poder.
s-caregivers-today-sextortion-q1-c = «Págales y que se acabe».
s-caregivers-today-sextortion-q1-c-why = Querer que termine pronto tiene sentido. Pero pagar rara vez lo detiene: los chantajistas suelen pedir más, y pueden compartir la imagen de todos modos.
s-caregivers-today-sextortion-next-steps =
    <b>Siguientes pasos</b>
    • No pague ni envíe nada más. Dejen de responder.
    • Guarde pruebas: capturas de los mensajes, el nombre de la cuenta, el enlace al perfil y cualquier dato de pago que hayan enviado.
    • Bloquee y reporte la cuenta, pero no borre todavía la cuenta de su hijo o hija ni el chat.
    • Denúncielo ante la policía o el servicio de denuncia de su país.
    • Take It Down puede ayudar a frenar la difusión de una imagen desnuda de un menor de 18.
s-caregivers-today-sextortion-q2 = ¿Qué debe pasar con la cuenta de su hijo y con el chat?
s-caregivers-today-sextortion-q2-a = Borrarlo todo enseguida
s-caregivers-today-sextortion-q2-a-why = Querer que todo desaparezca es una reacción muy natural. Pero borrar la cuenta o el chat puede eliminar las pruebas que la policía y las plataformas necesitan para detener al chantajista.
s-caregivers-today-sextortion-q2-b = Bloquear al chantajista, pero conservar el chat
s-caregivers-today-sextortion-q2-b-why = Bloquear corta el contacto, y conservar el chat y la cuenta conserva las pruebas. Después, reporte la cuenta en la plataforma y denúnciela ante la policía o un servicio de denuncia.
s-caregivers-today-sextortion-q2-c = Responderle y amenazarle yo
s-caregivers-today-sextortion-q2-c-why = Es comprensible sentir rabia contra quien hace esto. Pero enfrentarse a esa persona puede empeorar las cosas y ponerla sobre aviso antes de que actúe la policía. Deje eso en manos de la plataforma, el servicio de denuncia o la policía.
s-caregivers-today-sextortion-what-to-do =
    <b>Qué hacer</b>
    Dígalo en voz alta esta semana: «Siempre puedes acudir a mí, incluso por una foto». Si pasa: mantenga la calma, no pague, guarde las pruebas, bloquee y reporte. Esté cerca de su hijo o hija en los días siguientes, y busque apoyo.

    Si su hijo o hija puede estar en peligro o habla de hacerse daño, llame ahora al número de emergencias de su país.

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## Lección 3: Videojuegos y transmisiones en vivo

s-caregivers-today-games-title = Videojuegos, streams y regalos
s-caregivers-today-games-intro =
    Los videojuegos son espacios sociales. Chicos y chicas juegan juntos, chatean por voz y por texto, hacen amigos y ven transmisiones en vivo. En una encuesta australiana, 8 de cada 10 adolescentes jugaban en línea con otras personas (eSafety Commissioner, 2021).

    Casi todo esto es pura diversión. Pero las funciones que hacen sociales los juegos (chat de voz, solicitudes de amistad, regalos y mensajes privados) también las puede usar alguien que quiere hacer daño a un menor.
s-caregivers-today-games-intro-alt = Un adolescente con auriculares sostiene un control de videojuegos frente a una pantalla con un regalo, monedas y burbujas de chat.
s-caregivers-today-games-misused =
    Cómo se pueden usar mal estas funciones:
    • El <b>chat de voz</b> puede hacer que un desconocido parezca un amigo muy rápido.
    • <b>Regalos</b> como skins, monedas o créditos del juego, seguidos de «me debes». La policía australiana advierte que los agresores usan monedas del juego para hacer grooming.
    • <b>Una app privada</b>: piden llevar el chat a donde nadie más lo ve.
    • <b>Transmisiones en vivo</b>: quien mira puede enviar regalos virtuales, pedir «retos» o pedir hablar en privado.
s-caregivers-today-games-q1 = Un jugador le ha estado regalando monedas del juego a su hijo o hija de 13 años, y ahora quiere chatear en otra app. ¿Qué es esto?
s-caregivers-today-games-q1-a = Generosidad normal entre jugadores
s-caregivers-today-games-q1-a-why = Los jugadores sí comparten y se ayudan. Pero regalos seguidos de presión para pasar a una app privada es un patrón de grooming conocido, así que vale la pena una charla tranquila.
s-caregivers-today-games-q1-b = Una señal de alerta: regalos y luego chat privado
s-caregivers-today-games-q1-b-why = Los regalos pueden crear la sensación de deber algo, y una app privada saca el chat de la vista. Juntos son un patrón de grooming frecuente. Hable con calma con su hijo o hija: no es su culpa.
s-caregivers-today-games-q1-c = Solo es un problema si pide dinero
s-caregivers-today-games-q1-c-why = El dinero es un riesgo, pero no el único. Quienes hacen grooming suelen buscar confianza, secretos, imágenes o un encuentro, y puede que nunca hablen de dinero.
s-caregivers-today-games-together =
    Configuren los juegos juntos:
    • Juegue o mire con su hijo o hija de vez en cuando, y pregúntele con quién juega.
    • Revise quién puede chatear con él o ella (solo amigos es un buen inicio) y si el chat de voz está activado.
    • Active la aprobación de compras, para ver los regalos y los gastos.
    • En las transmisiones en vivo, revise quién puede ver, comentar y enviar regalos.
    • Acuerden qué hacer si alguien pide secretos, fotos o un chat privado: salir, bloquear, reportar, contárselo a usted.
s-caregivers-today-games-q2 = Su hijo o hija de 15 años transmite videojuegos. Un espectador le envía regalos y le pide una videollamada privada. ¿Qué ayuda más?
s-caregivers-today-games-q2-a = Dejarlo en sus manos: es su canal
s-caregivers-today-games-q2-a-why = Dar independencia a los adolescentes importa. Pero alguien que envía regalos y luego pide pasar a privado es una señal de alerta, y su hijo o hija no debería enfrentarlo sin apoyo.
s-caregivers-today-games-q2-b = Hablarlo: bloquear, reportar, seguir en público
s-caregivers-today-games-q2-b-why = Regalos seguidos de una petición para pasar a privado es una señal de alerta conocida. Bloquear y reportar a esa persona, y mantener las transmisiones públicas o solo para amigos, protege a su hijo o hija.
s-caregivers-today-games-q2-c = Prohibir los juegos y los streams para siempre
s-caregivers-today-games-q2-c-why = Una prohibición puede parecer lo más seguro, pero puede enseñarle a ocultar las cosas la próxima vez. Mantenerse cerca y acordar reglas juntos le protege más, y mantiene la conversación abierta.
s-caregivers-today-games-what-to-do =
    <b>Qué hacer</b>
    • Pídale esta semana a su hijo o hija que le enseñe su juego favorito.
    • Revisen juntos los ajustes de chat, voz y compras.
    • Recuérdele que un regalo nunca significa deberle nada a nadie.
    • Si alguien pasó un límite: guarde capturas, bloquee y reporte en el juego, y denuncie las peticiones sexuales ante la policía o un servicio de denuncia.

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## Lección 4: Ajustes y herramientas, configurados juntos

s-caregivers-today-settings-title = Ajustes y herramientas, juntos
s-caregivers-today-settings-intro =
    El control parental y los ajustes de seguridad pueden ayudar, sobre todo con adolescentes más jóvenes. Funcionan mejor cuando se ajustan a la edad de su hijo o hija y los configura con él o ella, no a sus espaldas.

    Un adolescente más joven puede necesitar más límites. A medida que crecen, necesitan más independencia, junto con un plan para saber qué hacer cuando algo sale mal.
s-caregivers-today-settings-intro-alt = Una madre o un padre y un adolescente, a cada lado de un teléfono que muestra interruptores de ajustes, bajo un candado.
s-caregivers-today-settings-tools =
    Herramientas útiles:
    • <b>Controles del teléfono y la consola</b>: aprobar apps y compras nuevas, limitar el tiempo de pantalla.
    • <b>Ajustes de las apps</b>: cuenta privada, quién puede escribir o comentar, sin compartir la ubicación.
    • <b>Funciones familiares</b>: muchas apps y juegos permiten vincular su cuenta a la de un adolescente para gestionar ajustes. Vea qué le muestra cada una y cuénteselo a su hijo o hija.
    • <b>En Telegram</b>: quién ve su número y quién puede añadirle a grupos.
s-caregivers-today-settings-open =
    La transparencia funciona mejor que el secreto. Leer a escondidas los mensajes de su hijo o hija puede romper la confianza, y si lo descubre, puede ocultar más o pasarse a apps que usted no conoce. Dígale qué puede ver usted y por qué.

    Trate los ajustes como cualquier otra regla familiar: acuérdenlos, explíquelos y revísenlos a medida que su hijo o hija crece.
s-caregivers-today-settings-q1 = Su hijo o hija de 13 años va a tener su primer teléfono. ¿Cuál es el mejor comienzo?
s-caregivers-today-settings-q1-a = Una app de vigilancia oculta
s-caregivers-today-settings-q1-a-why = Querer saber que está a salvo es natural. Pero la vigilancia oculta puede romper la confianza cuando se descubre, y no le enseña qué hacer cuando algo sale mal.
s-caregivers-today-settings-q1-b = Configurar los controles juntos y explicar por qué
s-caregivers-today-settings-q1-b-why = Cuando su hijo o hija sabe qué está configurado y por qué, es más probable que lo mantenga y que acuda a usted si algo sale mal. Revisen los ajustes a medida que crece.
s-caregivers-today-settings-q1-c = Ningún ajuste: basta con la confianza
s-caregivers-today-settings-q1-c-why = La confianza es lo más importante, y los ajustes la apoyan en lugar de sustituirla. Los ajustes de privacidad y de contacto bloquean mucho contacto no deseado antes de que empiece.
s-caregivers-today-settings-agreement =
    Un acuerdo familiar ayuda. Decidan juntos:
    • qué apps y juegos están bien, y quién puede contactarle
    • qué queda en privado: dirección, escuela, ubicación en tiempo real
    • qué hacer si algo no se siente bien: parar, capturar, bloquear, reportar, contarlo
    • su promesa: contárselo a usted nunca significará quedarse sin teléfono

    Pónganlo por escrito, y cámbienlo a medida que su hijo o hija crece.
s-caregivers-today-settings-q2 = Su hijo o hija de 15 años le pide que quite un control. ¿Qué hace?
s-caregivers-today-settings-q2-a = Negarme: las reglas son las reglas
s-caregivers-today-settings-q2-a-why = Ser constante importa, pero negarse sin hablar puede llevar a un adolescente a buscar la forma de saltarse la regla. Hablarlo le permite a usted seguir presente.
s-caregivers-today-settings-q2-b = Hablarlo y acordar un periodo de prueba
s-caregivers-today-settings-q2-b-why = Los adolescentes mayores necesitan cada vez más independencia. Acordar qué cambia, qué se queda y cómo van a revisarlo juntos respeta su autonomía y mantiene la seguridad en el plan.
s-caregivers-today-settings-q2-c = Añadir en secreto otro control
s-caregivers-today-settings-q2-c-why = Puede parecer un punto medio seguro, pero si su hijo o hija lo descubre, la confianza se puede romper y puede pasarse a apps que usted no ve.
s-caregivers-today-settings-what-to-do =
    <b>Qué hacer</b>
    • Siéntese esta semana con su hijo o hija y revisen juntos los ajustes de una app.
    • Redacten juntos un acuerdo familiar corto, con su promesa sobre el teléfono.
    • Decidan cuándo lo van a revisar.

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## Lección 5: Cuando su hijo o hija se lo cuenta

s-caregivers-today-after-telling-title = Cuando su hijo o hija se lo cuenta
s-caregivers-today-after-telling-stay-calm =
    Si su hijo o hija le cuenta que algo pasó en internet, los primeros minutos son los que más importan. Respire y mantenga la calma, aunque por dentro sienta sorpresa o enojo.

    Dígale: «Gracias por contármelo. No vas a tener problemas. No es tu culpa». Créale. Escuche más de lo que pregunta, y no insista en cada detalle. Contárselo le ha costado valor.
s-caregivers-today-after-telling-stay-calm-alt = Una madre o un padre en un sofá abraza a un menor preocupado y le escucha, con una burbuja de diálogo y un corazón cerca.
s-caregivers-today-after-telling-phone =
    <b>No le quite el teléfono como castigo.</b> El miedo a perder el teléfono es una de las razones principales por las que los menores callan. Quitárselo puede sentirse como un castigo por contarlo, y le aísla de sus amistades y de su apoyo.

    Si el teléfono hace falta como prueba, explíquele que es para protegerle, no una sanción, y decidan juntos qué pasa después.
s-caregivers-today-after-telling-q1 = Su hijo o hija le cuenta que alguien le presiona para que mande imágenes. ¿Qué le dice primero?
s-caregivers-today-after-telling-q1-a = «Dame tu teléfono, ahora mismo».
s-caregivers-today-after-telling-q1-a-why = Querer protegerle es natural. Pero quitarle el teléfono puede sentirse como un castigo y hacer que deje de hablar. Primero dele las gracias y luego decidan juntos los siguientes pasos.
s-caregivers-today-after-telling-q1-b = «Gracias por contármelo. No vas a tener problemas».
s-caregivers-today-after-telling-q1-b-why = Le dice que hizo lo correcto y que está a salvo con usted. Eso mantiene la conversación, y de ella dependen los siguientes pasos.
s-caregivers-today-after-telling-q1-c = «¿Y por qué le respondiste?»
s-caregivers-today-after-telling-q1-c-why = Querer entender es natural, pero las preguntas con «por qué» suenan a reproche en este momento. Céntrese primero en su seguridad; la historia puede venir después, a su ritmo.
s-caregivers-today-after-telling-evidence =
    <b>Guarde pruebas y denuncie</b>
    • Haga capturas de los mensajes, usuarios, enlaces a perfiles y fechas. No borre todavía el chat ni la cuenta.
    • Nunca copie, guarde ni reenvíe una imagen sexual de un menor, ni siquiera para denunciarla. Anote dónde está.
    • Reporte la cuenta en la app y denúnciela en un servicio de denuncia o ante la policía.
    • Take It Down puede ayudar a retirar imágenes de desnudos de menores de 18 de las apps participantes.
    • No contacte ni enfrente usted a esa persona.
s-caregivers-today-after-telling-support =
    <b>Busque apoyo, para su hijo o hija y para usted</b>
    Una línea de ayuda a la infancia puede hablar con su hijo o hija, y a menudo con usted; muchos países usan el 116 111. El orientador escolar o un médico también pueden ayudar.

    En los días siguientes, mantenga las rutinas, pregúntele con suavidad cómo está y fíjese en cambios de ánimo o de sueño. Cuídese también: hable con alguien de confianza o con una línea de ayuda para familias. No tiene que cargar con esto sin apoyo.
s-caregivers-today-after-telling-q2 = Una semana después, su hijo o hija parece estar bien. ¿Y ahora?
s-caregivers-today-after-telling-q2-a = No volver a sacar el tema nunca
s-caregivers-today-after-telling-q2-a-why = Darle espacio es un gesto amable. Pero el silencio puede hacer que parezca un tema cerrado. Preguntar de vez en cuando, sin darle peso, muestra que la puerta sigue abierta.
s-caregivers-today-after-telling-q2-b = Preguntarle con suavidad de vez en cuando
s-caregivers-today-after-telling-q2-b-why = Las emociones pueden volver más adelante. Preguntas breves y tranquilas muestran que usted sigue ahí, y le ayudan a notar si necesita más apoyo.
s-caregivers-today-after-telling-q2-c = Pedirle que cuente toda la historia otra vez
s-caregivers-today-after-telling-q2-c-why = Querer conocer cada detalle es natural, pero contarlo otra vez puede angustiar, y puede que la policía o los profesionales necesiten oírlo de primera mano. Deje que su hijo o hija marque el ritmo.
s-caregivers-today-after-telling-what-to-do =
    <b>Qué hacer</b>
    Recuerde las palabras: «Gracias por contármelo. No vas a tener problemas. No es tu culpa». Después: nada de castigos, guardar las pruebas, denunciar y buscar apoyo.

    Si su hijo o hija está en peligro inmediato o podría hacerse daño, llame ahora al número de emergencias de su país.

    Toque <b>Pedir ayuda</b> en cualquier momento para ver la línea de ayuda y los sitios de denuncia de su país.

## Pregunta de la voz de la juventud: se hace una vez al terminar la serie (voice_question en content/series/caregivers-today.yaml)

s-caregivers-today-voice-first-step = ¿Cuál de estas cosas hará primero?
s-caregivers-today-voice-first-step-ai-talk = Hablar con mi hijo o hija de las imágenes falsas con IA
s-caregivers-today-voice-first-step-photo-talk = Decirle que puede acudir a mí, incluso por una foto
s-caregivers-today-voice-first-step-play = Pedirle que me enseñe su juego favorito
s-caregivers-today-voice-first-step-settings = Revisar juntos los ajustes
s-caregivers-today-voice-first-step-promise = Prometer que contármelo no le costará el teléfono
