## Questionnaire : Justice et forces de l'ordre (justice-pulse), pour la police, la justice et le gouvernement.
## Structure : content/checkins/justice-pulse.yaml. Législation, enquêtes, tribunaux, gestion des auteurs, bases d'images, terminologie.

ci-justice-pulse-title = Justice et forces de l'ordre
ci-justice-pulse-about = Six questions sur la loi, les enquêtes, les tribunaux et la gestion des auteurs. Comptez environ 3 minutes ; les réponses ne sont présentées que sous forme agrégée.
ci-justice-pulse-legislation = Où en est la législation de votre pays pour offrir un cadre complet permettant d'enquêter sur les auteurs et de protéger les victimes d'exploitation et d'abus sexuels d'enfants, en ligne et hors ligne ?
ci-justice-pulse-barrier = Quel est le principal obstacle aux enquêtes sur l'exploitation et les abus sexuels d'enfants en ligne dans votre pays ?
ci-justice-pulse-barrier-funding = Moyens financiers et effectifs
ci-justice-pulse-barrier-training = Formation spécialisée
ci-justice-pulse-barrier-tools = Outils techniques et criminalistique numérique
ci-justice-pulse-barrier-cooperation = Coopération internationale
ci-justice-pulse-barrier-laws = Lacunes de la loi
ci-justice-pulse-barrier-other = Autre chose
ci-justice-pulse-judiciary = Dans mon pays, les juges et les procureurs sont formés aux affaires d'exploitation et d'abus sexuels d'enfants et placent les besoins de l'enfant victime au centre.
ci-justice-pulse-offender-mgmt = Où en est votre pays dans la gestion des personnes condamnées pour des infractions sexuelles sur enfants, pour prévenir la récidive dans le pays comme à l'étranger ?
ci-justice-pulse-image-database = Votre pays dispose-t-il d'une base nationale de matériel d'abus sexuels sur enfants reliée à la base de données internationale sur l'exploitation sexuelle des enfants (ICSE) d'INTERPOL ?
ci-justice-pulse-terminology = Dans mon pays, la police, les procureurs et les tribunaux emploient systématiquement des termes communs, comme « matériel d'abus sexuels sur enfants », conformément aux Lignes directrices de Luxembourg.
