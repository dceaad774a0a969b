## Cuestionario: Justicia y fuerzas del orden (justice-pulse), para policía, justicia y gobierno.
## Estructura: content/checkins/justice-pulse.yaml. Legislación, investigaciones, tribunales, gestión de agresores, bases de imágenes, terminología.

ci-justice-pulse-title = Justicia y fuerzas del orden
ci-justice-pulse-about = Seis preguntas sobre la ley, las investigaciones, los tribunales y la gestión de agresores. Lleva unos 3 minutos y las respuestas solo se muestran de forma agregada.
ci-justice-pulse-legislation = ¿En qué punto se encuentra la legislación de su país para ofrecer un marco integral que permita investigar a los agresores y proteger a las víctimas de explotación y abuso sexual infantil, en línea y fuera de línea?
ci-justice-pulse-barrier = ¿Cuál es el principal obstáculo para investigar la explotación y el abuso sexual infantil en línea en su país?
ci-justice-pulse-barrier-funding = Fondos y personal
ci-justice-pulse-barrier-training = Formación especializada
ci-justice-pulse-barrier-tools = Herramientas técnicas e informática forense
ci-justice-pulse-barrier-cooperation = Cooperación internacional
ci-justice-pulse-barrier-laws = Vacíos en la legislación
ci-justice-pulse-barrier-other = Otro motivo
ci-justice-pulse-judiciary = En mi país, jueces y fiscales están capacitados para tratar casos de explotación y abuso sexual infantil y ponen en el centro las necesidades del niño o la niña víctima.
ci-justice-pulse-offender-mgmt = ¿En qué punto se encuentra su país en la gestión de personas condenadas por delitos sexuales contra menores, para prevenir la reincidencia dentro y fuera del país?
ci-justice-pulse-image-database = ¿Cuenta su país con una base de datos nacional de material de abuso sexual infantil conectada a la base de datos internacional sobre explotación sexual infantil (ICSE) de INTERPOL?
ci-justice-pulse-terminology = En mi país, la policía, la fiscalía y los tribunales usan de forma sistemática términos comunes, como “material de abuso sexual infantil”, de acuerdo con las Orientaciones de Luxemburgo.
