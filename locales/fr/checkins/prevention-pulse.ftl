## Questionnaire : Prévention (prevention-pulse), pour l'éducation, les ONG, le numérique, le gouvernement et les autres secteurs.
## Structure : content/checkins/prevention-pulse.yaml. Éducation, participation des enfants, aide aux personnes à risque de passer à l'acte, industrie et médias.

ci-prevention-pulse-title = Prévention
ci-prevention-pulse-about = Sept questions sur l'éducation, la participation des enfants, l'aide aux personnes à risque de passer à l'acte, et le rôle de l'industrie et des médias. Comptez environ 3 minutes ; les réponses ne sont présentées que sous forme agrégée.
ci-prevention-pulse-education-reach = Dans votre pays, quel groupe est le moins bien atteint par l'éducation sur l'exploitation et les abus sexuels d'enfants en ligne ?
ci-prevention-pulse-education-reach-children = Enfants et jeunes
ci-prevention-pulse-education-reach-parents = Parents et autres adultes responsables
ci-prevention-pulse-education-reach-teachers = Enseignants et personnel scolaire
ci-prevention-pulse-education-reach-practitioners = Professionnels de la santé, du social et autres
ci-prevention-pulse-education-reach-faith = Responsables religieux et communautaires
ci-prevention-pulse-education-reach-other = Un autre groupe
ci-prevention-pulse-participation = Dans mon pays, les enfants et les jeunes ont de réelles occasions de donner leur avis et d'influencer les politiques et les pratiques relatives à l'exploitation et aux abus sexuels.
ci-prevention-pulse-offender-support = Où en est votre pays pour offrir une aide médicale, psychologique et d'auto-assistance aux personnes à risque de commettre des abus sexuels sur des enfants ?
ci-prevention-pulse-takedown = Où en est votre pays en matière de procédures pour retirer ou bloquer rapidement le matériel d'abus sexuels sur enfants hébergé ou consulté dans le pays ?
ci-prevention-pulse-industry-reporting = La loi de votre pays offre-t-elle une protection juridique claire aux entreprises du numérique lorsqu'elles signalent l'exploitation et les abus sexuels d'enfants aux forces de l'ordre ?
ci-prevention-pulse-company-programmes = Dans mon pays, les entreprises mènent des programmes qui font passer la sécurité et le bien-être des enfants en premier dans leurs produits et services.
ci-prevention-pulse-media = Dans mon pays, les médias traitent l'exploitation et les abus sexuels d'enfants de façon exacte et éthique, sans identifier ni blâmer les victimes.
