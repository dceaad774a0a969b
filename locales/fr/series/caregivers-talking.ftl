## Série : Les protéger, garder le dialogue (caregivers-talking)
## Public : parents et personnes qui s’occupent d’enfants. Sources reformulées : Thorn for Parents, NCMEC, eSafety Commissioner, UNICEF.

s-caregivers-talking-title = Les protéger, garder le dialogue
s-caregivers-talking-about = Cinq courtes leçons pour les parents et les proches : les risques en ligne aujourd’hui, comment en parler, les signes à repérer et que faire si votre enfant a besoin d’aide.

## Leçon 1 : Les risques en ligne aujourd’hui

s-caregivers-talking-risks-today-title = Les risques en ligne aujourd’hui
s-caregivers-talking-risks-today-intro =
    En ligne, la plupart des choses que font les enfants sont positives : amis, apprentissage, loisirs. Quelques risques méritent d’être connus pour pouvoir les guider sereinement.

    Inutile d’être expert en technologie. Votre intérêt et la confiance de votre enfant comptent plus que n’importe quelle application.
s-caregivers-talking-risks-today-three-cs =
    Les risques en ligne se rangent en trois familles :
    • <b>Les contacts</b> : quelqu’un approche votre enfant pour le tromper, faire pression ou lui nuire.
    • <b>Les contenus</b> : votre enfant voit des images qui le choquent ou lui font du mal, comme la violence ou la pornographie.
    • <b>Les comportements</b> : la façon dont les jeunes se traitent entre eux, comme le harcèlement ou le partage de la photo de quelqu’un.
s-caregivers-talking-risks-today-grooming =
    Le pédopiégeage (grooming), c’est quand une personne crée un lien fort avec un enfant pour l’abuser ou l’exploiter.

    Cela commence souvent par de la gentillesse : attention, compliments, cadeaux, « personne ne te comprend comme moi ». La pression vient ensuite, et la peur et la honte servent à faire taire l’enfant. La personne peut se faire passer pour un jeune, ou être quelqu’un que l’enfant connaît déjà.
s-caregivers-talking-risks-today-numbers =
    C’est plus fréquent qu’on ne le pense. Dans une enquête de Thorn, 22 % des enfants et des jeunes interrogés ont dit avoir eu en ligne un échange à caractère sexuel avec un adulte (Thorn, 2023). Cela peut commencer par un message amical dans un jeu ou une discussion.

    C’est une raison d’en parler tôt, pas de paniquer.
s-caregivers-talking-risks-today-q1 = Comment le pédopiégeage commence-t-il le plus souvent ?
s-caregivers-talking-risks-today-q1-a = Par des menaces dès le premier message
s-caregivers-talking-risks-today-q1-a-why = Les menaces, s’il y en a, arrivent plutôt plus tard. Le pédopiégeage commence souvent par de la gentillesse et de l’attention, c’est pourquoi il est difficile à repérer.
s-caregivers-talking-risks-today-q1-b = Par de l’attention et de la confiance
s-caregivers-talking-risks-today-q1-b-why = La personne gagne d’abord la confiance de l’enfant, avec de l’attention, des compliments ou des cadeaux. Ensuite, la peur et la honte servent à le faire taire.
s-caregivers-talking-risks-today-q1-c = Seulement par des inconnus aux fausses photos
s-caregivers-talking-risks-today-q1-c-why = Certains utilisent de faux profils, mais la personne peut aussi être quelqu’un que l’enfant connaît déjà, en ligne ou dans la vie.
s-caregivers-talking-risks-today-what-to-do =
    Ce que vous pouvez faire cette semaine :
    • Demandez à votre enfant quels jeux et applications il aime, et laissez-le vous les montrer.
    • Dites-lui qu’il peut tout vous raconter, même s’il pense avoir fait une erreur.
    • Enregistrez le numéro de la ligne d’écoute pour enfants de votre pays.

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## Leçon 2 : Parler tôt et souvent, sans honte ni punition

s-caregivers-talking-talking-title = Parler tôt et souvent
s-caregivers-talking-talking-intro =
    De courtes discussions régulières valent mieux qu’une seule grande conversation. Parlez de sa vie en ligne comme de l’école ou des copains : à table, en voiture, devant une série.

    Commencez avant qu’un problème n’arrive, pour que ces échanges deviennent naturels. Écoutez plus que vous ne parlez.
s-caregivers-talking-talking-red-flags =
    Se méfier des « inconnus » ne suffit pas : quelqu’un avec qui votre enfant discute depuis des semaines devient un ami. Apprenez-lui plutôt les signaux d’alerte. Méfiance si quelqu’un :
    • lui demande de garder des secrets
    • veut passer sur une application privée
    • offre cadeaux, argent ou crédits de jeu
    • demande des photos ou parle de sexe
    • flatte beaucoup, insiste ou menace
s-caregivers-talking-talking-exit-plan =
    Aidez votre enfant à prévoir une porte de sortie avant d’en avoir besoin. Mettez-vous d’accord : si une discussion le met mal à l’aise, il arrête de répondre, quitte, bloque, signale et vient vous voir.

    Offrez-lui une excuse facile : « Tu peux dire que tes parents ne veulent pas. » Entraînez-vous ensemble.
s-caregivers-talking-talking-no-shame =
    Les enfants se taisent souvent par peur d’être punis ou de perdre leur téléphone. Dites-le clairement : « Quoi qu’il arrive en ligne, tu peux me le dire. Tu ne seras pas puni et je ne te prendrai pas ton téléphone parce que tu m’as parlé. »

    Puis tenez parole. Quand quelqu’un fait du mal à un enfant, la faute est à lui, jamais à l’enfant.
s-caregivers-talking-talking-q1 = Quel message aide le plus votre enfant ?
s-caregivers-talking-talking-q1-a = « Ne parle jamais aux inconnus en ligne. »
s-caregivers-talking-talking-q1-a-why = Ce conseil rassure, mais il aide peu. Un ami en ligne de longue date n’est plus un inconnu pour un enfant, et le danger peut venir de personnes qu’il connaît.
s-caregivers-talking-talking-q1-b = « Viens me voir si quelqu’un te met mal à l’aise. »
s-caregivers-talking-talking-q1-b-why = Ce message porte sur le comportement de la personne, pas sur qui elle est, et il dit à votre enfant qu’il peut toujours compter sur vous.
s-caregivers-talking-talking-q1-c = « Au moindre problème, je prends ton téléphone. »
s-caregivers-talking-talking-q1-c-why = La peur de perdre son téléphone est l’une des principales raisons pour lesquelles les enfants se taisent. La menace d’une punition les rend moins susceptibles de vous parler.
s-caregivers-talking-talking-q2 = Votre enfant vous dit qu’un ami rencontré dans un jeu lui a demandé de garder un secret. Que dites-vous d’abord ?
s-caregivers-talking-talking-q2-a = « Merci de me l’avoir dit. »
s-caregivers-talking-talking-q2-a-why = Le remercier d’abord lui montre qu’il a bien fait de vous parler. Ensuite, vous pouvez lui demander calmement ce qui s’est passé et décider ensemble de la suite.
s-caregivers-talking-talking-q2-b = « Pourquoi tu parlais avec lui ? »
s-caregivers-talking-talking-q2-b-why = Cela peut sonner comme un reproche, et votre enfant risque de ne plus rien vous confier. Demandez plus tard ce qui s’est passé, calmement et sans juger.
s-caregivers-talking-talking-q2-c = « Terminé, plus de jeux vidéo. »
s-caregivers-talking-talking-q2-c-why = Une interdiction ressemble à une punition pour avoir parlé : la prochaine fois, votre enfant risque de se taire. Pensez à le protéger tout en gardant le dialogue.
s-caregivers-talking-talking-what-to-do =
    À essayer cette semaine :
    • Posez une question ouverte, par exemple : « Qu’est-ce qui est le mieux et le pire en ligne en ce moment ? »
    • Convenez ensemble d’une porte de sortie.
    • Dites-lui clairement qu’il ne sera pas puni s’il vous parle.

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## Leçon 3 : Les signes qui doivent alerter

s-caregivers-talking-warning-signs-title = Les signes qui doivent alerter
s-caregivers-talking-warning-signs-intro =
    Aucun signe ne prouve à lui seul qu’il y a un problème. Beaucoup ont des causes ordinaires : examens, amitiés, adolescence.

    Ce qui compte, c’est le changement : un comportement qui change d’un coup, ou plusieurs signes à la fois. Fiez-vous à votre intuition, et qu’elle mène à une discussion douce, pas à une accusation.
s-caregivers-talking-warning-signs-device =
    Signes autour des écrans et des contacts :
    • il cache son téléphone, son écran, ou ferme vite ses applications
    • un nouvel « ami » en ligne dont il ne veut pas parler, souvent plus âgé
    • il utilise son téléphone tard la nuit, ou semble tendu quand un message arrive
    • de nouveaux comptes, applications ou un second téléphone dont vous ignoriez l’existence
s-caregivers-talking-warning-signs-other-signs =
    Autres signes à remarquer :
    • cadeaux, argent, crédits de jeu ou nouveau téléphone d’origine floue
    • changements d’humeur : colère, peur, tristesse, air honteux
    • il s’éloigne de la famille ou des amis
    • troubles du sommeil, changements soudains à l’école
    • il est bouleversé après avoir utilisé son téléphone, ou l’évite d’un coup
s-caregivers-talking-warning-signs-q1 = Lequel de ces signes mérite le plus une discussion en douceur ?
s-caregivers-talking-warning-signs-q1-a = Jouer en ligne avec des camarades de classe
s-caregivers-talking-warning-signs-q1-a-why = C’est généralement banal. S’intéresser à ses jeux est un bon moyen de garder le dialogue, mais ce n’est pas un signe d’alerte en soi.
s-caregivers-talking-warning-signs-q1-b = Un « ami » en ligne plus âgé et secret
s-caregivers-talking-warning-signs-q1-b-why = Le secret autour d’un nouveau contact, surtout plus âgé, est un signal d’alerte fréquent. Abordez le sujet en douceur, sans reproche.
s-caregivers-talking-warning-signs-q1-c = Vouloir plus d’intimité à l’adolescence
s-caregivers-talking-warning-signs-q1-c-why = Vouloir un peu d’intimité fait partie du fait de grandir. Ce qui doit alerter, ce sont les changements soudains ou le secret autour d’une personne précise.
s-caregivers-talking-warning-signs-how-to-ask =
    Si vous remarquez des signes, choisissez un moment calme. Côte à côte, c’est souvent plus facile que face à face : en marchant, en voiture.

    Dites ce que vous avez vu, pas ce que vous craignez : « Tu as l’air inquiet après certains messages. Je suis là, quoi qu’il se passe. » Ne lui arrachez pas son téléphone. S’il n’est pas prêt, dites-lui que votre porte reste ouverte.
s-caregivers-talking-warning-signs-q2 = Votre enfant semble anxieux et cache son écran quand vous entrez. Quelle est une bonne première étape ?
s-caregivers-talking-warning-signs-q2-a = Attendre que ça passe
s-caregivers-talking-warning-signs-q2-a-why = Ce n’est peut-être rien, mais attendre en silence peut laisser votre enfant seul face à un problème. Une question douce ne coûte pas grand-chose.
s-caregivers-talking-warning-signs-q2-b = Lire ses messages en cachette
s-caregivers-talking-warning-signs-q2-b-why = Surveiller en cachette peut briser la confiance, et s’il le découvre, il risque de cacher encore plus. Une discussion calme est un meilleur premier pas.
s-caregivers-talking-warning-signs-q2-c = Lui poser la question calmement
s-caregivers-talking-warning-signs-q2-c-why = Lui dire ce que vous avez remarqué, et que vous êtes là pour l’aider, pas pour le punir, garde la porte ouverte.
s-caregivers-talking-warning-signs-what-to-do =
    Prochaines étapes :
    • Observez les changements, sans espionner.
    • Parlez-lui en douceur et rappelez-lui qu’il ne sera pas puni.
    • S’il vous dit que quelqu’un lui fait du mal ou le menace, voyez la leçon « Si votre enfant se confie ».

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## Leçon 4 : Si votre enfant se confie

s-caregivers-talking-if-they-tell-title = Si votre enfant se confie
s-caregivers-talking-if-they-tell-stay-calm =
    Si votre enfant vous raconte qu’il s’est passé quelque chose en ligne, votre réaction compte plus que tout. Restez calme, même si vous êtes sous le choc ou en colère.

    Dites-lui : « Merci de me l’avoir dit. Tu n’as rien fait de mal. Ce n’est pas ta faute. » Croyez-le, écoutez, sans exiger tous les détails. Il lui a fallu du courage.
s-caregivers-talking-if-they-tell-evidence =
    Gardez des preuves : captures d’écran des messages, du pseudo et du profil de la personne, et des dates. Ne supprimez pas encore la conversation ni le compte.

    <b>Important :</b> ne transférez, n’enregistrez et ne capturez jamais une image sexuelle d’un enfant, même pour la signaler. Cela peut être un délit et aggrave le mal. Indiquez plutôt où elle se trouve.
s-caregivers-talking-if-they-tell-q1 = Votre enfant vous montre une image sexuelle de lui qui circule. Que faites-vous de cette image ?
s-caregivers-talking-if-they-tell-q1-a = En garder une copie comme preuve
s-caregivers-talking-if-they-tell-q1-a-why = Enregistrer ou copier une image sexuelle d’un enfant peut être un délit, même avec de bonnes intentions. Notez plutôt où elle apparaît et signalez-le.
s-caregivers-talking-if-they-tell-q1-b = La transférer à la police
s-caregivers-talking-if-they-tell-q1-b-why = Ne la transférez pas, même à la police. Indiquez-leur, ou à un service de signalement, où se trouve l’image : ils vous guideront.
s-caregivers-talking-if-they-tell-q1-c = Ne pas la copier ; signaler où elle est
s-caregivers-talking-if-they-tell-q1-c-why = Signaler le lien ou le compte où elle apparaît, et utiliser Take It Down, aide à la faire retirer. Ne copiez ni ne partagez jamais l’image elle-même.
s-caregivers-talking-if-they-tell-dont-confront =
    Ne contactez pas la personne, ne la menacez pas et ne vous faites pas passer pour votre enfant. Cela peut l’alerter, mettre votre enfant en danger et nuire à une enquête. À la place :
    • signalez le compte sur l’application
    • signalez-le à un service national de signalement ou à la police
    • puis bloquez la personne

    Faites chaque étape avec votre enfant.
s-caregivers-talking-if-they-tell-sextortion =
    Si quelqu’un menace de diffuser des images de votre enfant s’il ne paie pas ou n’en envoie pas d’autres, c’est de la sextorsion. Aidez votre enfant à :
    • ne pas payer et ne rien envoyer : payer entraîne souvent d’autres demandes
    • arrêter de répondre, en gardant la conversation comme preuve
    • bloquer et signaler le compte

    Take It Down peut aider à faire retirer les images. La faute revient à l’auteur des menaces.
s-caregivers-talking-if-they-tell-q2 = Quelqu’un menace de diffuser une photo de votre enfant s’il ne paie pas. Que faire ?
s-caregivers-talking-if-they-tell-q2-a = Payer une fois pour que ça s’arrête
s-caregivers-talking-if-they-tell-q2-a-why = Payer y met rarement fin et entraîne souvent d’autres demandes. Il vaut mieux cesser de répondre, garder des preuves et signaler.
s-caregivers-talking-if-they-tell-q2-b = Ne plus répondre, garder les preuves, signaler
s-caregivers-talking-if-they-tell-q2-b-why = Coupez le contact, faites des captures d’écran, bloquez et signalez à l’application, à un service de signalement ou à la police. Take It Down peut aider à retirer les images.
s-caregivers-talking-if-they-tell-q2-c = Lui écrire et le menacer à son tour
s-caregivers-talking-if-they-tell-q2-c-why = L’affronter peut aggraver la situation et nuire à une enquête. Laissez cela à l’application, au service de signalement ou à la police.
s-caregivers-talking-if-they-tell-what-to-do =
    Faites-vous aider, votre enfant et vous. Une ligne d’écoute pour enfants peut parler avec lui, et souvent avec vous ; dans de nombreux pays, c’est le 116 111. En cas de danger immédiat, appelez la police.

    Gardez un quotidien calme et ne lui retirez pas son téléphone en guise de punition.

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## Leçon 5 : Outils et moyens de signalement

s-caregivers-talking-tools-title = Outils et moyens de signalement
s-caregivers-talking-tools-together =
    Les paramètres de confidentialité et le contrôle parental peuvent aider, surtout avec les plus jeunes. Ils marchent mieux installés ensemble, en expliquant pourquoi, pas en cachette.

    Vérifiez qui peut voir son profil et lui écrire. Sur Telegram, regardez qui voit son numéro et qui peut l’ajouter à des groupes. Les outils complètent le dialogue, ils ne le remplacent pas.
s-caregivers-talking-tools-q1 = Quelle est la meilleure façon d’utiliser le contrôle parental ?
s-caregivers-talking-tools-q1-a = L’installer en cachette
s-caregivers-talking-tools-q1-a-why = Si votre enfant découvre un contrôle caché, la confiance peut se briser et il risque de passer sur des applications que vous ne connaissez pas. La transparence marche mieux.
s-caregivers-talking-tools-q1-b = L’installer ensemble en expliquant pourquoi
s-caregivers-talking-tools-q1-b-why = Quand votre enfant comprend les raisons, il est plus enclin à garder les réglages et à venir vous voir en cas de problème.
s-caregivers-talking-tools-q1-c = L’utiliser au lieu de parler
s-caregivers-talking-tools-q1-c-why = Les réglages aident, mais aucun outil ne repère tout. C’est la confiance de votre enfant et vos discussions régulières qui le protègent.
s-caregivers-talking-tools-take-it-down =
    Si une image nue ou sexuelle de votre enfant a été prise avant ses 18 ans, <b>Take It Down</b> (takeitdown.ncmec.org) peut aider à la faire retirer des plateformes participantes.

    Le service utilise une empreinte numérique de l’image : la photo n’est envoyée à personne, et on peut l’utiliser sans donner son nom. Votre enfant peut s’en servir avec vous ou seul.
s-caregivers-talking-tools-hotlines =
    Pour signaler des images ou vidéos sexuelles d’enfants, utilisez un service de signalement. Le réseau INHOPE compte des services membres dans de nombreux pays. L’Internet Watch Foundation (IWF) gère des portails de signalement pour de nombreux pays qui n’ont pas leur propre service. Aux États-Unis, c’est la CyberTipline du NCMEC.

    Signalez aussi le compte dans l’application.
s-caregivers-talking-tools-helplines =
    Les lignes d’écoute pour enfants écoutent les jeunes, et beaucoup aident aussi les parents. Dans de nombreux pays, le 116 111 joint une ligne d’écoute ; les appels sont confidentiels et souvent gratuits.

    Si votre enfant est en danger immédiat, appelez tout de suite la police ou le numéro d’urgence local.
s-caregivers-talking-tools-q2 = Une photo nue que votre enfant de 15 ans a prise de lui-même circule. Qu’est-ce qui peut aider à la faire retirer ?
s-caregivers-talking-tools-q2-a = Take It Down
s-caregivers-talking-tools-q2-a-why = Take It Down concerne les images prises avant 18 ans. Il aide les plateformes participantes à trouver et retirer l’image, sans que vous l’envoyiez à qui que ce soit.
s-caregivers-talking-tools-q2-b = Demander à la personne de l’effacer
s-caregivers-talking-tools-q2-b-why = Contacter la personne peut aggraver les choses. Signalez plutôt le compte et utilisez Take It Down.
s-caregivers-talking-tools-q2-c = Rien : ce qui est en ligne y reste
s-caregivers-talking-tools-q2-c-why = Les plateformes et les services de signalement retirent bel et bien les images sexuelles d’enfants, et Take It Down peut aider. Cela vaut la peine d’agir.
s-caregivers-talking-tools-what-to-do =
    Cette semaine :
    • Vérifiez les paramètres de confidentialité avec votre enfant.
    • Enregistrez le numéro de la ligne d’écoute pour enfants dans votre téléphone, et montrez-lui où il se trouve.
    • Renseignez-vous sur la façon de signaler dans les applications qu’il utilise.

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## La voix des jeunes : la question en un appui posée une fois après la série

s-caregivers-talking-voice-first-step = Laquelle de ces actions ferez-vous en premier ?
s-caregivers-talking-voice-first-step-ask = Demander à mon enfant ce qu’il vit en ligne
s-caregivers-talking-voice-first-step-settings = Vérifier ensemble les paramètres de confidentialité
s-caregivers-talking-voice-first-step-plan = Convenir de ce qu’il peut faire en cas de problème
s-caregivers-talking-voice-first-step-no-blame = Lui promettre qu’il ne sera pas puni s’il m’en parle
s-caregivers-talking-voice-first-step-links = Enregistrer les liens d'aide et de signalement

## Alt texts of the lesson pictures (for screen readers and the preview)

s-caregivers-talking-risks-today-intro-alt = Un parent et un enfant assis ensemble sur un canapé avec un téléphone, près d’une manette de jeu et d’un bouclier.
s-caregivers-talking-talking-intro-alt = Un parent et un enfant côte à côte, chacun avec une bulle de parole, discutent tranquillement.
s-caregivers-talking-warning-signs-intro-alt = Un ou une ado regarde un téléphone, l’air hésitant. Un parent tout près pense à lui ou à elle avec tendresse, un cœur dans une bulle.
s-caregivers-talking-if-they-tell-stay-calm-alt = Un parent assis sur un canapé entoure de son bras son enfant inquiet, sous un cœur.
s-caregivers-talking-tools-together-alt = Un parent et un ou une ado de chaque côté d’une tablette qui montre des réglages, avec un engrenage et un bouclier.
