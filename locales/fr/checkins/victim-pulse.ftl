## Questionnaire : Soutien aux victimes (victim-pulse), pour les services sociaux, la santé, les ONG et le gouvernement.
## Structure : content/checkins/victim-pulse.yaml. Accompagnement des enfants victimes, personnel, indemnisation, ligne d'écoute et ligne de signalement.

ci-victim-pulse-title = Soutien aux victimes
ci-victim-pulse-about = Six questions sur l'accompagnement des enfants victimes, les lignes d'écoute et le signalement. Comptez environ 3 minutes ; les réponses ne sont présentées que sous forme agrégée.
ci-victim-pulse-end-to-end = Où en est votre pays dans l'accompagnement de bout en bout des enfants victimes d'exploitation et d'abus sexuels, coordonné de l'enquête et des poursuites jusqu'au suivi dans la durée ?
ci-victim-pulse-workforce = Dans mon pays, des professionnels de la protection de l'enfance formés sont disponibles pour soutenir les enfants victimes d'exploitation et d'abus sexuels quand c'est nécessaire.
ci-victim-pulse-gap = Quelle est la principale lacune dans le soutien aux enfants victimes d'exploitation et d'abus sexuels dans votre pays ?
ci-victim-pulse-gap-staff = Trop peu de personnel formé
ci-victim-pulse-gap-coordination = Coordination insuffisante entre les services
ci-victim-pulse-gap-reach = Services difficiles d'accès hors des villes
ci-victim-pulse-gap-aftercare = Peu de suivi psychologique à long terme
ci-victim-pulse-gap-funding = Financement insuffisant ou à court terme
ci-victim-pulse-gap-other = Autre chose
ci-victim-pulse-compensation = Où en est votre pays pour offrir aux enfants victimes et à leurs familles des voies accessibles pour obtenir indemnisation et réparation et pour porter plainte ?
ci-victim-pulse-helpline = Existe-t-il dans votre pays une ligne d'écoute gratuite pour enfants, où ils peuvent signaler des abus, trouver du soutien et être orientés vers un suivi ?
ci-victim-pulse-hotline = Où en est la ligne de signalement de votre pays pour le matériel d'abus sexuels sur enfants en ligne, y compris ses liens avec les forces de l'ordre et les fournisseurs Internet ?
