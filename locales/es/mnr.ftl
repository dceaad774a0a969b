## Modelo MNR: nombres y descripciones de una línea de los 6 ámbitos, las 21 capacidades y las 4 fases de madurez.
## Estructura: content/mnr/model.yaml. Con palabras propias, a partir del Modelo de Respuesta Nacional de la WeProtect Global Alliance y su modelo de madurez.

## Ámbitos
mnr-domain-policy = Políticas y gobernanza
mnr-domain-justice = Justicia penal
mnr-domain-victim = Víctimas
mnr-domain-societal = Sociedad
mnr-domain-industry = Industria
mnr-domain-media = Medios de comunicación

## Capacidades: nombre y, después, cómo se ve una buena práctica
mnr-cap-1 = Liderazgo
mnr-cap-1-desc = Un organismo nacional que rinde cuentas, idealmente liderado por el gobierno, reúne a todos los sectores para dirigir y supervisar la respuesta.
mnr-cap-2 = Investigación, análisis y seguimiento
mnr-cap-2-desc = Un análisis nacional de la situación, los riesgos y la respuesta, con indicadores medibles para seguir los avances.
mnr-cap-3 = Legislación
mnr-cap-3-desc = Un marco jurídico integral permite investigar a los agresores y proteger a las víctimas.
mnr-cap-4 = Fuerzas del orden especializadas
mnr-cap-4-desc = Agentes capacitados con competencia nacional realizan investigaciones proactivas y reactivas centradas en la víctima y cooperan a nivel internacional.
mnr-cap-5 = Poder judicial y fiscalía
mnr-cap-5-desc = Jueces y fiscales están capacitados y ponen a la víctima en el centro de cada caso.
mnr-cap-6 = Gestión de agresores
mnr-cap-6-desc = Se hace un seguimiento de los agresores para prevenir la reincidencia, dentro del país y a nivel internacional.
mnr-cap-7 = Acceso a bases de datos de imágenes
mnr-cap-7-desc = Existe una base de datos nacional de material de abuso sexual infantil conectada a la base ICSE de INTERPOL.
mnr-cap-8 = Apoyo integral
mnr-cap-8-desc = Las víctimas reciben apoyo integrado durante la investigación y el proceso judicial, y también después.
mnr-cap-9 = Personal de protección infantil
mnr-cap-9-desc = Hay profesionales de protección infantil capacitados, coordinados y disponibles para apoyar a las víctimas.
mnr-cap-10 = Indemnización, recursos y quejas
mnr-cap-10-desc = Las víctimas y sus familias cuentan con procedimientos accesibles para obtener indemnización y reparación y para presentar quejas.
mnr-cap-11 = Línea de ayuda a la infancia
mnr-cap-11-desc = Niños y niñas pueden denunciar abusos y recibir apoyo en una línea de ayuda que los deriva a servicios de seguimiento.
mnr-cap-12 = Línea de denuncia
mnr-cap-12-desc = El público puede denunciar material de abuso sexual infantil en internet ante una línea vinculada con la policía y los proveedores de internet.
mnr-cap-13 = Programa educativo
mnr-cap-13-desc = Niños, niñas y adolescentes, familias, docentes, profesionales y líderes religiosos conocen los riesgos y saben proteger a la infancia.
mnr-cap-14 = Participación infantil
mnr-cap-14-desc = Se anima y se ayuda a niños y niñas a aportar ideas e influir en las políticas y prácticas que les afectan.
mnr-cap-15 = Apoyo a personas en riesgo de agredir
mnr-cap-15-desc = Las personas en riesgo de agredir tienen acceso a apoyo médico, psicológico y de autoayuda, y saben que existe.
mnr-cap-16 = Procedimientos de retirada
mnr-cap-16-desc = El material de abuso sexual infantil alojado o consultado en el país se retira o bloquea con rapidez.
mnr-cap-17 = Denuncias por parte de la industria
mnr-cap-17-desc = La ley protege a las empresas para que puedan denunciar la explotación y el abuso sexual infantil ante las fuerzas del orden.
mnr-cap-18 = Desarrollo de soluciones innovadoras
mnr-cap-18-desc = La industria participa en el desarrollo de soluciones a los problemas locales de explotación y abuso sexual infantil.
mnr-cap-19 = Responsabilidad social empresarial
mnr-cap-19-desc = Las empresas llevan a cabo programas eficaces que anteponen la seguridad y el bienestar de la infancia.
mnr-cap-20 = Cobertura mediática ética e informada
mnr-cap-20-desc = Los medios informan de forma ética y rigurosa, y ayudan a conocer y comprender mejor el problema.
mnr-cap-21 = Terminología universal
mnr-cap-21-desc = Se aplican en todos los sectores pautas terminológicas comunes, como las Orientaciones de Luxemburgo.

## Fases de madurez, en orden
mnr-phase-building = Construcción
mnr-phase-building-desc = Primeros pasos: todavía hay poco en marcha, o solo sobre el papel.
mnr-phase-enhancement = Mejora
mnr-phase-enhancement-desc = Las bases existen y se están reforzando, pero la cobertura y la calidad aún son desiguales.
mnr-phase-integration = Integración
mnr-phase-integration-desc = Funciona en la práctica y está coordinado con otros servicios y sectores en todo el país.
mnr-phase-maturity = Madurez
mnr-phase-maturity-desc = Sostenido, con recursos suficientes, revisado y mejorado con regularidad; sirve de ejemplo a otros.
