## Cuestionario: Prevención (prevention-pulse), para educación, ONG, tecnología, gobierno y otros sectores.
## Estructura: content/checkins/prevention-pulse.yaml. Educación, participación infantil, apoyo a personas en riesgo de agredir, industria y medios.

ci-prevention-pulse-title = Prevención
ci-prevention-pulse-about = Siete preguntas sobre educación, participación infantil, apoyo a personas en riesgo de agredir y el papel de la industria y los medios. Lleva unos 3 minutos y las respuestas solo se muestran de forma agregada.
ci-prevention-pulse-education-reach = En su país, ¿a qué grupo llega peor la educación sobre explotación y abuso sexual infantil en línea?
ci-prevention-pulse-education-reach-children = Niños, niñas y adolescentes
ci-prevention-pulse-education-reach-parents = Madres, padres y personas cuidadoras
ci-prevention-pulse-education-reach-teachers = Docentes y personal escolar
ci-prevention-pulse-education-reach-practitioners = Profesionales de salud, servicios sociales y otros
ci-prevention-pulse-education-reach-faith = Líderes religiosos y comunitarios
ci-prevention-pulse-education-reach-other = Otro grupo
ci-prevention-pulse-participation = En mi país, niños, niñas y adolescentes tienen oportunidades reales de expresar su opinión e influir en las políticas y prácticas sobre explotación y abuso sexual.
ci-prevention-pulse-offender-support = ¿En qué punto se encuentra su país en ofrecer apoyo médico, psicológico y de autoayuda a las personas en riesgo de cometer abusos sexuales contra niños y niñas?
ci-prevention-pulse-takedown = ¿En qué punto se encuentra su país en cuanto a procedimientos para retirar o bloquear con rapidez material de abuso sexual infantil alojado o consultado en el país?
ci-prevention-pulse-industry-reporting = ¿Ofrece la ley de su país una protección jurídica clara a las empresas tecnológicas cuando denuncian explotación y abuso sexual infantil ante las fuerzas del orden?
ci-prevention-pulse-company-programmes = En mi país, las empresas llevan a cabo programas que anteponen la seguridad y el bienestar de niños, niñas y adolescentes en sus productos y servicios.
ci-prevention-pulse-media = En mi país, los medios informan sobre la explotación y el abuso sexual infantil de forma rigurosa y ética, sin identificar ni culpar a las víctimas.
