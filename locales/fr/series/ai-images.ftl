## Série : Fausses images IA et applis « nudify » (ai-images), pour les ados de 13 à 17 ans.
## S’appuie sur les conseils du NCMEC (IA générative, Take It Down), de Thorn, de l’IWF et Childline et de l’eSafety Commissioner, reformulés.

s-ai-images-title = Fausses images IA et applis « nudify »
s-ai-images-about = Comment l’IA peut transformer une photo ordinaire en faux nude, pourquoi en fabriquer ou en partager un, c’est une violence, et que faire si ça t’arrive, à toi ou à un ami. Ce n’est jamais de ta faute.

## Leçon 1 : C’est quoi, les fausses images IA ?

s-ai-images-what-they-are-title = C’est quoi, les fausses images IA ?
s-ai-images-what-they-are-intro =
    Plein d’applis utilisent l’IA pour modifier des photos. La plupart du temps, c’est pour s’amuser : filtres, grimaces, nouveaux décors.

    Mais certains outils, souvent appelés applis <b>nudify</b> ou « de déshabillage », prennent la photo ordinaire d’une vraie personne, tout habillée, et en font une fausse image nue ou sexuelle. Ces faux s’appellent aussi des <b>deepfakes</b>.

    La personne sur la photo n’a jamais donné son accord. Souvent, elle ne sait même pas que l’image existe.
s-ai-images-what-they-are-intro-alt = Un portrait photo ordinaire, une flèche avec des étincelles, et une deuxième photo cachée par un panneau d’interdiction rouge.
s-ai-images-what-they-are-how-made =
    Il suffit d’une photo normale : un selfie, une photo d’équipe, une photo de profil. Le faux peut avoir l’air très réel, même s’il ne l’est pas.

    Ça peut donc arriver à n’importe qui, même à quelqu’un qui n’a jamais envoyé de nude. Si ça t’arrive, ce n’est pas à cause de quelque chose que tu as fait ou publié.
s-ai-images-what-they-are-how-common =
    Ce n’est pas rare, et tu n’es pas seul ou seule à tomber dessus. Dans une enquête auprès de jeunes de 13 à 20 ans, <b>1 ado sur 17</b> a dit que quelqu’un avait fait un faux nude de lui ou d’elle, et <b>84 %</b> des ados ont dit que ces faux font du mal (Thorn, 2025).

    La plupart des jeunes savent que c’est mal. Et ça compte : plus on refuse de partager ces faux, moins ils circulent.
s-ai-images-what-they-are-q1 = Quelqu’un a utilisé une appli pour faire un faux nude d’une personne de ta classe. Qu’est-ce qui est vrai ?
s-ai-images-what-they-are-q1-a = C’est faux, donc personne n’a vraiment mal
s-ai-images-what-they-are-q1-a-why = L’image n’est pas réelle, ça, c’est vrai. Mais la personne vit la honte, la peur et les rumeurs comme si elle l’était. C’est pour ça que fabriquer ou partager un faux nude, c’est une violence.
s-ai-images-what-they-are-q1-b = C’est une violence, même si c’est un faux
s-ai-images-what-they-are-q1-b-why = Le mal est réel, même quand l’image ne l’est pas : la personne n’a jamais donné son accord, et ceux qui voient l’image peuvent y croire. Fabriquer ou partager un faux nude de quelqu’un, c’est une violence, peu importe qui c’est.
s-ai-images-what-they-are-q1-c = C’est grave seulement si ça a l’air vrai
s-ai-images-what-they-are-q1-c-why = Que ça ait l’air vrai ou pas ne change pas grand-chose. Même un faux grossier peut humilier quelqu’un et servir à le harceler, et la personne n’a toujours pas donné son accord.
s-ai-images-what-they-are-what-to-do =
    <b>Que faire</b>
    Si tu vois un faux nude de quelqu’un : ne le partage pas, ne le commente pas, et signale-le dans l’appli. Si c’est toi ou un ami, parles-en à un adulte de confiance ou appelle une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Les leçons suivantes montrent les étapes.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 2 : Fausse image, vraie souffrance

s-ai-images-still-abuse-title = Fausse image, vraie souffrance
s-ai-images-still-abuse-intro =
    Certains fabriquent des faux « pour rigoler », pour se venger de quelqu’un, ou parce qu’un groupe de discussion les a mis au défi. Pour eux, ça peut sembler être juste un jeu.

    Pour la personne sur l’image, c’est comme si on lui avait volé son corps et sa vie privée. Elle peut avoir honte, avoir peur d’aller en cours ou se sentir très seule. Et une fois partagé, un faux peut circuler loin et très vite.
s-ai-images-still-abuse-intro-alt = Un ado inquiet au centre, avec la même image qui apparaît sur plusieurs téléphones autour de lui.
s-ai-images-still-abuse-not-a-joke =
    Fabriquer, demander ou partager un faux nude d’une vraie personne, c’est une <b>violence par l’image</b>. Peu importe que l’image soit fausse.

    Quand la personne a moins de 18 ans, le NCMEC, une association de protection de l’enfance, prévient que fabriquer ou partager ces faux ne fait pas que beaucoup de mal : ça peut aussi avoir de graves conséquences devant la loi, même quand ce sont d’autres ados qui le font.
s-ai-images-still-abuse-q1 = Un ami te dit : « Envoie-moi sa photo, je la passe dans l’appli nudify. Juste pour rire. » Tu fais quoi ?
s-ai-images-still-abuse-q1-a = L’envoyer, c’est juste une blague
s-ai-images-still-abuse-q1-a-why = Suivre un ami peut sembler plus facile que de dire non. Mais une « blague » comme ça peut faire très mal à cette fille, et envoyer la photo ferait de toi un complice.
s-ai-images-still-abuse-q1-b = Dire non, et lui dire que ce n’est pas OK
s-ai-images-still-abuse-q1-b-why = Dire non l’arrête avant que ça commence, et pas besoin d’une longue explication : « Non. C’est pas drôle, c’est une violence. » S’il le fait quand même, signale-le et parles-en à un adulte de confiance.
s-ai-images-still-abuse-q1-c = Ne rien dire et le laisser décider
s-ai-images-still-abuse-q1-c-why = Rester en dehors peut sembler plus sûr. Mais se taire peut passer pour un accord. Un simple non, ou en parler à un adulte, peut la protéger.
s-ai-images-still-abuse-in-a-chat =
    Si un faux apparaît dans une discussion où tu es, tu as encore des choix :
    • Ne l’enregistre pas et ne le transfère pas.
    • Dis que ce n’est pas OK, si tu te sens en sécurité pour le faire.
    • Signale la publication et le compte dans l’appli.
    • Parles-en à un adulte de confiance, et prends des nouvelles de la personne sur l’image.

    Si tu en as déjà partagé un et que tu le regrettes, il n’est pas trop tard : supprime-le, arrête de partager, et parles-en à un adulte de confiance.
s-ai-images-still-abuse-q2 = Qu’est-ce qui aide le plus la personne sur une fausse image ?
s-ai-images-still-abuse-q2-a = La lui transférer pour qu’elle sache
s-ai-images-still-abuse-q2-a-why = Vouloir qu’elle soit au courant part d’une bonne intention. Mais transférer l’image la diffuse encore plus. Tu peux la prévenir, ou prévenir un adulte, sans envoyer l’image.
s-ai-images-still-abuse-q2-b = La signaler, et ne pas la faire circuler
s-ai-images-still-abuse-q2-b-why = Chaque partage rend une image plus difficile à faire retirer. La signaler aide à la faire supprimer, et ne pas la faire circuler, c’est faire en sorte qu’elle s’arrête avec toi.
s-ai-images-still-abuse-q2-c = Publier que c’est un faux
s-ai-images-still-abuse-q2-c-why = Prendre sa défense, c’est gentil. Mais une publication visible par tous peut pousser encore plus de gens à chercher l’image. Signale-la, et soutiens la personne en privé.
s-ai-images-still-abuse-what-to-do =
    <b>Que faire</b>
    Ne fabrique, ne demande et ne partage jamais un faux nude de qui que ce soit. Si tu en vois un : ne le fais pas circuler, signale-le dans l’appli et parles-en à un adulte de confiance. Tu ne sais pas quoi faire ? Une ligne d’écoute pour les jeunes peut en parler avec toi (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 3 : Si ça t’arrive

s-ai-images-if-it-happens-title = Si ça t’arrive
s-ai-images-if-it-happens-intro =
    Découvrir un faux nude de toi peut déclencher une vague d’émotions : choc, colère, honte, panique. Toutes sont normales.

    Retiens bien ceci : <b>ce n’est pas de ta faute</b>. Tu ne l’as pas fabriqué et tu n’as rien accepté. C’est la personne qui l’a fabriqué ou partagé qui est responsable. Tu n’auras pas d’ennuis, et tu peux te faire aider pour régler ça.
s-ai-images-if-it-happens-intro-alt = Un adulte bienveillant qui passe un bras autour d’un ado, à côté d’un grand bouclier vert avec un cœur.
s-ai-images-if-it-happens-first-steps =
    Premières étapes :
    • <b>Ne le partage pas</b>, avec personne, même pas pour montrer à quel point c’est grave.
    • <b>Garde des preuves</b> : fais des captures d’écran des messages, des pseudos et des liens qui montrent où il a été publié. Pas besoin de garder une copie de l’image elle-même.
    • <b>Ne réponds pas</b> à la personne qui l’a fabriqué, et ne paie jamais quelqu’un qui te menace avec.
    • <b>Parles-en</b> à quelqu’un de confiance, aujourd’hui.
s-ai-images-if-it-happens-report =
    Ensuite, <b>signale-le</b> :
    • Dans l’appli où il est : signale la publication et le compte.
    • À un <b>service de signalement</b> d’images sexuelles de mineurs, qui traite aussi les faux : 19 % des signalements confirmés au service britannique Report Remove portaient sur des images retouchées, y compris par IA (IWF, 2025).
    • <b>Take It Down</b> (takeitdown.ncmec.org) aide à retirer des applis participantes tes images nues ou sexuelles d’avant tes 18 ans. Vérifie sur le site si c’est ton cas.
s-ai-images-if-it-happens-q1 = Quelqu’un a fait un faux nude de toi et il circule. Quelle est une bonne première étape ?
s-ai-images-if-it-happens-q1-a = Supprimer tous mes comptes et disparaître
s-ai-images-if-it-happens-q1-a-why = Vouloir disparaître est une réaction très normale. Mais supprimer tes comptes peut effacer des preuves qui aident à faire retirer l’image. Garde-les pour l’instant, bloque, et fais-toi aider.
s-ai-images-if-it-happens-q1-b = Garder des preuves, signaler, en parler
s-ai-images-if-it-happens-q1-b-why = Des captures d’écran qui montrent où et par qui il a été publié, des signalements dans l’appli et à un service de signalement, et un adulte de confiance ou une ligne d’écoute à tes côtés : c’est comme ça qu’on fait retirer les faux.
s-ai-images-if-it-happens-q1-c = Écrire à tout le monde que c’est un faux
s-ai-images-if-it-happens-q1-c-why = Bien sûr que tu veux que les gens sachent la vérité. Mais des messages à tout le monde peuvent pousser encore plus de gens à chercher l’image. Laisse les signalements, et les personnes qui t’aident, faire le travail.
s-ai-images-if-it-happens-what-to-do =
    <b>Que faire</b>
    Ce n’est pas de ta faute. Ne le partage pas. Garde des preuves. Signale-le dans l’appli et à un service de signalement, et va voir takeitdown.ncmec.org. Parles-en à un adulte de confiance ou appelle une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Si on te menace ou si tu te sens en danger, appelle le numéro d’urgence de ton pays.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 4 : Si ça arrive à un ami

s-ai-images-friend-title = Si ça arrive à un ami
s-ai-images-friend-intro =
    Si quelqu’un parmi tes amis est visé, ta façon de réagir peut changer beaucoup de choses.

    Ton ami peut se sentir gêné, en colère, ou avoir peur que tout le monde ait vu l’image. Au début, il n’aura peut-être pas envie d’en parler, et c’est OK. Ce dont il a le plus besoin, c’est de savoir que tu es de son côté.
s-ai-images-friend-intro-alt = Deux amis tout proches, l’un réconforte l’autre, à côté d’un téléphone qui affiche une image bloquée.
s-ai-images-friend-support =
    Ce qui aide :
    • « Je te crois. Ce n’est pas de ta faute. »
    • « Je ne l’ai pas partagée, et je ne le ferai pas. »
    • « Tu veux que je t’aide à la signaler, ou que je vienne avec toi en parler à un adulte ? »

    Ce qu’il vaut mieux éviter : demander à la voir, lui reprocher d’avoir publié des photos, ou raconter son histoire à d’autres.
s-ai-images-friend-q1 = Ton ami découvre qu’il existe un faux nude de lui. Qu’est-ce que tu lui dis d’abord ?
s-ai-images-friend-q1-a = « Pourquoi t’as publié cette photo ? »
s-ai-images-friend-q1-a-why = Tu essaies peut-être juste de comprendre ce qui s’est passé. Mais ça sonne comme un reproche, et le problème, ce n’était pas la photo : c’était la personne qui a fabriqué le faux.
s-ai-images-friend-q1-b = « C’est horrible. C’est pas ta faute. Je suis là. »
s-ai-images-friend-q1-b-why = Commencer par le croire et le soutenir l’aide à se sentir moins seul. Ensuite, tu peux l’aider à garder des preuves, à signaler et à en parler à un adulte de confiance.
s-ai-images-friend-q1-c = « Montre, je veux voir si c’est grave. »
s-ai-images-friend-q1-c-why = Vouloir comprendre, c’est naturel. Mais regarder l’image peut ajouter à sa honte, et tu n’as pas besoin de la voir pour l’aider.
s-ai-images-friend-next-steps =
    Aide ton ami à faire les démarches : captures d’écran qui montrent où l’image a été publiée, signalements dans l’appli et à un service de signalement, et un adulte de confiance ou une ligne d’écoute.

    Si ton ami a l’air très mal, reçoit des menaces ou te demande de tout garder secret, parles-en quand même à un adulte de confiance. Ce n’est pas le trahir. C’est lui apporter l’aide dont il a besoin.
s-ai-images-friend-q2 = Ton ami te supplie de n’en parler à personne, et il a l’air vraiment mal. Tu fais quoi ?
s-ai-images-friend-q2-a = Garder le secret, comme il me l’a demandé
s-ai-images-friend-q2-a-why = La loyauté, c’est important. Mais certaines choses sont trop lourdes à porter à deux, et quand un ami va aussi mal, un adulte doit être au courant.
s-ai-images-friend-q2-b = En parler à un adulte, et le dire à mon ami
s-ai-images-friend-q2-b-why = Tu peux lui dire : « Tu comptes trop pour moi, je ne peux pas garder ça pour moi. » Un adulte de confiance ou une ligne d’écoute peut vous soutenir tous les deux.
s-ai-images-friend-q2-c = Publier un message pour qu’on arrête de partager
s-ai-images-friend-q2-c-why = Vouloir le protéger, c’est bien. Mais une publication peut pousser encore plus de gens à chercher l’image. Signaler discrètement et faire intervenir un adulte marche mieux.
s-ai-images-friend-what-to-do =
    <b>Que faire</b>
    Crois ton ami. Ne partage pas l’image et ne demande pas à la voir. Aide-le à garder des preuves, à signaler et à en parler à un adulte de confiance. Vous pouvez aussi contacter ensemble une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.
