## Cuestionario: Panorama general (general-pulse), para todos los sectores.
## Estructura: content/checkins/general-pulse.yaml. Una pregunta por ámbito del Modelo de Respuesta Nacional.

ci-general-pulse-title = Panorama general
ci-general-pulse-about = Ocho preguntas rápidas sobre los seis ámbitos del Modelo de Respuesta Nacional. Lleva unos 3 minutos y las respuestas solo se muestran de forma agregada.
ci-general-pulse-leadership = ¿En qué punto se encuentra su país en cuanto al liderazgo nacional frente a la explotación y el abuso sexual infantil en línea, con un organismo responsable que reúna a todos los sectores?
ci-general-pulse-research = ¿En qué punto se encuentra su país en la investigación y el seguimiento de la explotación y el abuso sexual infantil en línea, con un análisis nacional de la situación e indicadores para medir los avances?
ci-general-pulse-law-enforcement = ¿En qué punto se encuentra su país en cuanto a fuerzas del orden especializadas en la explotación y el abuso sexual infantil en línea?
ci-general-pulse-victim-support = ¿En qué punto se encuentra su país en el apoyo integral a niños y niñas víctimas, desde la investigación y el proceso judicial hasta la atención posterior?
ci-general-pulse-hotline = ¿Existe en su país una línea de denuncia donde cualquier persona pueda denunciar material de abuso sexual infantil encontrado en internet?
ci-general-pulse-education = ¿En qué punto se encuentra el programa educativo de su país sobre explotación y abuso sexual infantil en línea, dirigido a niños, niñas y adolescentes, familias, docentes y otros profesionales?
ci-general-pulse-industry = En mi país, las empresas tecnológicas colaboran activamente con las autoridades y otros actores para combatir la explotación y el abuso sexual infantil en línea.
ci-general-pulse-media = ¿En qué punto se encuentra su país en cuanto a una cobertura mediática ética e informada sobre la explotación y el abuso sexual infantil?
