## Questionnaire : Vue d'ensemble (general-pulse), pour tous les secteurs.
## Structure : content/checkins/general-pulse.yaml. Une question par domaine du Modèle de réponse nationale.

ci-general-pulse-title = Vue d'ensemble
ci-general-pulse-about = Huit questions rapides sur les six domaines du Modèle de réponse nationale. Comptez environ 3 minutes ; les réponses ne sont présentées que sous forme agrégée.
ci-general-pulse-leadership = Où en est votre pays en matière de leadership national contre l'exploitation et les abus sexuels d'enfants en ligne, avec un organe responsable qui réunit tous les secteurs ?
ci-general-pulse-research = Où en est votre pays en matière de recherche et de suivi de l'exploitation et des abus sexuels d'enfants en ligne, avec une analyse nationale de la situation et des indicateurs pour mesurer les progrès ?
ci-general-pulse-law-enforcement = Où en est votre pays en matière de forces de l'ordre spécialisées dans l'exploitation et les abus sexuels d'enfants en ligne ?
ci-general-pulse-victim-support = Où en est votre pays dans l'accompagnement de bout en bout des enfants victimes, de l'enquête et des poursuites jusqu'au suivi dans la durée ?
ci-general-pulse-hotline = Existe-t-il dans votre pays une ligne de signalement où chacun peut signaler du matériel d'abus sexuels sur enfants trouvé en ligne ?
ci-general-pulse-education = Où en est le programme éducatif de votre pays sur l'exploitation et les abus sexuels d'enfants en ligne, destiné aux enfants et aux jeunes, aux parents, aux enseignants et aux autres professionnels ?
ci-general-pulse-industry = Dans mon pays, les entreprises du numérique collaborent activement avec les autorités et d'autres partenaires pour lutter contre l'exploitation et les abus sexuels d'enfants en ligne.
ci-general-pulse-media = Où en est votre pays en matière de traitement médiatique éthique et éclairé de l'exploitation et des abus sexuels d'enfants ?
