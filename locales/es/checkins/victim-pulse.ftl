## Cuestionario: Apoyo a las víctimas (victim-pulse), para servicios sociales, salud, ONG y gobierno.
## Estructura: content/checkins/victim-pulse.yaml. Apoyo a niños y niñas víctimas, personal, indemnización, línea de ayuda y línea de denuncia.

ci-victim-pulse-title = Apoyo a las víctimas
ci-victim-pulse-about = Seis preguntas sobre el apoyo a niños y niñas víctimas, las líneas de ayuda y la denuncia. Lleva unos 3 minutos y las respuestas solo se muestran de forma agregada.
ci-victim-pulse-end-to-end = ¿En qué punto se encuentra su país en el apoyo integral a niños y niñas víctimas de explotación y abuso sexual, coordinado desde la investigación y el proceso judicial hasta la atención posterior?
ci-victim-pulse-workforce = En mi país, hay profesionales de protección infantil capacitados y disponibles para apoyar a niños y niñas víctimas de explotación y abuso sexual cuando se necesita.
ci-victim-pulse-gap = ¿Cuál es la principal carencia en el apoyo a niños y niñas víctimas de explotación y abuso sexual en su país?
ci-victim-pulse-gap-staff = Poco personal capacitado
ci-victim-pulse-gap-coordination = Poca coordinación entre servicios
ci-victim-pulse-gap-reach = Servicios de difícil acceso fuera de las ciudades
ci-victim-pulse-gap-aftercare = Poca atención psicológica a largo plazo
ci-victim-pulse-gap-funding = Fondos insuficientes o a corto plazo
ci-victim-pulse-gap-other = Otro motivo
ci-victim-pulse-compensation = ¿En qué punto se encuentra su país en ofrecer a niños y niñas víctimas y a sus familias vías accesibles para obtener indemnización y reparación y para presentar quejas?
ci-victim-pulse-helpline = ¿Existe en su país una línea de ayuda a la infancia gratuita donde niños y niñas puedan denunciar abusos, recibir apoyo y ser derivados a servicios de seguimiento?
ci-victim-pulse-hotline = ¿En qué punto se encuentra la línea de denuncia de su país para material de abuso sexual infantil en internet, incluida su conexión con la policía y los proveedores de internet?
