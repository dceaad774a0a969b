## Série : Contacts à risque et images (risky-contact), pour les ados de 13 à 17 ans.
## S’appuie sur les conseils de Thorn, de l’eSafety Commissioner et du NCMEC, reformulés.

s-risky-contact-title = Contacts à risque et images
s-risky-contact-about = Repérer le grooming, gérer la pression pour des nudes ou la sextorsion, faire retirer des images et savoir à qui en parler. Ce n’est jamais de ta faute.

## Leçon 1 : Grooming, les signaux d’alerte

s-risky-contact-grooming-title = Grooming : les signaux d’alerte
s-risky-contact-grooming-intro =
    La plupart des gens que tu croises en ligne ne te veulent aucun mal. Mais certains gagnent exprès la confiance de jeunes, pour pouvoir leur faire du mal ensuite. On appelle ça le <b>grooming</b> (ou pédopiégeage).

    Ça ne vient pas que d’inconnus. Ça peut être quelqu’un avec qui tu parles depuis des mois, ou que tu connais en vrai. Repère plutôt les signaux d’alerte.
s-risky-contact-grooming-red-flags =
    Signal d’alerte : <b>les secrets</b>. La personne dit « ça reste entre nous » ou « tes parents ne comprendraient pas ».

    Signal d’alerte : <b>tout va trop vite</b>. Après quelques échanges, elle te dit que tu es unique, qu’elle t’aime, que personne ne te comprend comme elle. Elle pose des questions sur ton corps, tes relations, ou sur les moments où il n’y a personne chez toi.
s-risky-contact-grooming-more-flags =
    Signal d’alerte : <b>les cadeaux</b>. Crédits de jeu, skins, argent, recharges de téléphone… et ensuite, elle fait comme si tu lui devais quelque chose.

    Signal d’alerte : <b>une appli privée</b>. Elle veut passer d’un jeu ou d’un groupe à une discussion privée, souvent avec des messages éphémères.

    Signal d’alerte : <b>la pression</b>. Quand tu dis non, elle boude, te culpabilise ou se met en colère.
s-risky-contact-grooming-q1 = Quelqu’un rencontré dans un jeu te dit : « Parlons sur une autre appli. Ne parle pas de moi à tes parents. » C’est quoi ?
s-risky-contact-grooming-q1-a = Normal, entre amis on utilise plein d’applis
s-risky-contact-grooming-q1-a-why = C’est vrai, entre amis on utilise plein d’applis, et ça peut être OK. Mais te demander de le cacher à ta famille est un signal d’alerte, et avec le changement d’appli, c’est à prendre au sérieux.
s-risky-contact-grooming-q1-b = Deux signaux : le secret et l’appli privée
s-risky-contact-grooming-q1-b-why = Un vrai ami n’a pas besoin que tu le caches. Tu peux dire non, arrêter de répondre et en parler à quelqu’un de confiance.
s-risky-contact-grooming-q1-c = Un problème seulement si c’est un inconnu
s-risky-contact-grooming-q1-c-why = Le grooming peut venir de quelqu’un que tu crois bien connaître, en ligne ou dans la vraie vie. Les signaux d’alerte comptent plus que la durée depuis laquelle vous vous parlez.
s-risky-contact-grooming-fear-shame =
    Les personnes qui font ça utilisent souvent la peur et la honte pour que les jeunes se taisent : « Toi aussi, tu vas avoir des problèmes », « Personne ne te croira ». C’est faux.

    Si quelqu’un te traite comme ça, c’est sa faute, jamais la tienne. Même si tu as répondu, accepté un cadeau ou envoyé quelque chose. Tu peux arrêter à tout moment, et tu n’auras pas d’ennuis si tu demandes de l’aide.
s-risky-contact-grooming-q2 = Une conversation te met mal à l’aise et l’autre insiste. Que peux-tu faire ?
s-risky-contact-grooming-q2-a = Continuer à répondre pour ne vexer personne
s-risky-contact-grooming-q2-a-why = C’est gentil de penser aux sentiments des autres. Mais tu ne dois de réponse à personne, et son humeur n’est pas ton problème.
s-risky-contact-grooming-q2-b = Gérer ça sans en parler à personne
s-risky-contact-grooming-q2-b-why = Beaucoup de gens ressentent ça, et c’est justement sur ce sentiment que comptent les personnes qui font du grooming. Tu n’auras pas d’ennuis si tu demandes de l’aide, et tu n’as pas à gérer ça sans soutien.
s-risky-contact-grooming-q2-c = Ne plus répondre, bloquer, signaler, en parler
s-risky-contact-grooming-q2-c-why = Tu peux quitter n’importe quelle conversation, à tout moment, sans te justifier. Fais d’abord des captures d’écran si tu peux, puis bloque, signale et parles-en à quelqu’un de confiance.
s-risky-contact-grooming-what-to-do =
    <b>Que faire</b>
    Si une conversation montre des signaux d’alerte : arrête de répondre et quitte-la. Fais des captures d’écran si tu peux. Bloque et signale le compte dans l’appli. Parles-en à un adulte de confiance ou appelle une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Tu n’as rien fait de mal. Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 2 : La pression pour envoyer des nudes

s-risky-contact-nudes-title = La pression pour envoyer des nudes
s-risky-contact-nudes-intro =
    Parfois, des gens demandent des photos nues ou sexy. Ça peut être ton copain ou ta copine, quelqu’un qui te plaît, un ami, ou quelqu’un que tu ne connais qu’en ligne. Ils demandent gentiment, insistent, ou disent « tout le monde le fait ».

    La plupart des ados ne le font pas. Et tu peux toujours dire <b>non</b>, même à quelqu’un qui te plaît, même si tu as dit oui avant.
s-risky-contact-nudes-lose-control =
    Une fois une photo envoyée, tu ne contrôles plus où elle va. Elle peut être capturée, enregistrée ou partagée, même dans les applis qui promettent qu’elle va disparaître. Les couples se séparent, les téléphones se perdent ou se font pirater.

    Si tu as déjà envoyé quelque chose, tu peux en parler. Ça ne fait pas de toi une mauvaise personne, et il existe de l’aide, y compris pour faire retirer des images.
s-risky-contact-nudes-say-no =
    Quelques façons de dire non :
    • « Non merci, c’est pas mon truc. »
    • « Si tu me respectes, tu arrêtes de demander. »
    • Une blague, un mème, ou simplement quitter la conversation.

    Tu n’as pas à te justifier. Quelqu’un qui tient à toi acceptera un non. Si la personne insiste ou te menace, c’est un signal d’alerte, et ce n’est pas de ta faute.
s-risky-contact-nudes-q1 = Ton copain ou ta copine réclame un nude et dit que tout le monde le fait. Qu’est-ce qui est vrai ?
s-risky-contact-nudes-q1-a = Je peux dire non, et non, ça suffit
s-risky-contact-nudes-q1-a-why = Un non est une réponse complète, pas besoin de te justifier. Si la personne insiste, ça en dit long sur elle, pas sur toi.
s-risky-contact-nudes-q1-b = Si je refuse, c’est fini entre nous
s-risky-contact-nudes-q1-b-why = C’est normal de ne pas vouloir perdre quelqu’un. Mais une personne qui tient vraiment à toi ne fera pas d’une photo la condition pour rester. Tu mérites le respect.
s-risky-contact-nudes-q1-c = Pas de risque si l’appli efface les photos
s-risky-contact-nudes-q1-c-why = Les photos éphémères ont l’air sans risque, mais l’appli ne peut empêcher ni une capture d’écran, ni un autre téléphone qui filme l’écran. Une fois envoyée, la photo t’échappe.
s-risky-contact-nudes-forwarding =
    Si quelqu’un t’envoie un nude d’une autre personne, <b>ne le transfère pas</b> et ne le montre à personne. Le partager blesse cette personne. Dans beaucoup de pays, partager des images sexuelles d’un mineur est interdit par la loi, même quand celui qui partage est mineur lui aussi.

    Ne le fais pas circuler. Signale-le dans l’appli, parles-en à un adulte de confiance, puis supprime-le.
s-risky-contact-nudes-q2 = Quelqu’un poste un nude d’une personne de ta classe dans ton groupe. Qu’est-ce qui aide le plus ?
s-risky-contact-nudes-q2-a = Le transférer pour prévenir les autres
s-risky-contact-nudes-q2-a-why = Vouloir prévenir les autres part d’une bonne intention. Mais transférer l’image la diffuse encore plus et blesse davantage cette personne. C’est en la signalant que tu aides.
s-risky-contact-nudes-q2-b = Ne pas partager, signaler, prévenir un adulte
s-risky-contact-nudes-q2-b-why = Ne pas faire circuler l’image et la signaler, ce sont de petits gestes qui changent beaucoup. Tu peux aussi prendre des nouvelles de cette personne : elle se sent peut-être très seule.
s-risky-contact-nudes-q2-c = L’ignorer, ce n’est pas mon problème
s-risky-contact-nudes-q2-c-why = C’est gênant de s’en mêler, et c’est compréhensible. Mais se taire laisse cette personne seule face à ça. Signaler prend une minute et aide vraiment.
s-risky-contact-nudes-what-to-do =
    <b>Que faire</b>
    Si quelqu’un te met la pression : dis non, quitte la conversation, bloque et signale. Si tu as envoyé une image et que tu t’inquiètes, parles-en à un adulte de confiance ou à une ligne d’écoute. Tu n’auras pas d’ennuis, et les images prises avant tes 18 ans peuvent souvent être retirées.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 3 : La sextorsion

s-risky-contact-sextortion-title = La sextorsion
s-risky-contact-sextortion-intro =
    La <b>sextorsion</b>, c’est quand quelqu’un a (ou prétend avoir) une image nue ou sexuelle de toi, et menace de la diffuser si tu ne paies pas, si tu n’en envoies pas d’autres ou si tu n’obéis pas.

    Ça commence souvent par un nouveau contact qui drague et va très vite. Beaucoup sont des escrocs qui font ça à plein de jeunes. Ça peut arriver à tout le monde, et ce n’est <b>jamais de ta faute</b>.
s-risky-contact-sextortion-dont-pay =
    <b>Ne paie pas</b> et n’envoie rien d’autre. Payer arrête rarement le chantage : en général, ils en demandent encore plus.

    <b>Arrête de répondre.</b> Tu n’as pas à réagir aux menaces ni aux ultimatums. Ils veulent que tu paniques et que tu agisses vite. Respire : tu as le temps de demander de l’aide.
s-risky-contact-sextortion-evidence =
    <b>Garde des preuves</b> avant de bloquer : captures d’écran des messages, pseudo ou lien du profil, et les infos de paiement qu’on t’a envoyées.

    <b>Bloque, mais ne supprime pas ton compte.</b> Le supprimer peut effacer les messages qui aident à arrêter cette personne. Ensuite, <b>signale</b> le compte dans l’appli.
s-risky-contact-sextortion-q1 = Quelqu’un menace de diffuser ta photo si tu ne paies pas avant ce soir. Tu fais quoi d’abord ?
s-risky-contact-sextortion-q1-a = Payer vite pour que tout s’arrête
s-risky-contact-sextortion-q1-a-why = C’est logique de vouloir que ça s’arrête vite. Mais payer entraîne souvent d’autres demandes. Garde ton argent et demande plutôt de l’aide.
s-risky-contact-sextortion-q1-b = Supprimer mon compte et ne rien dire
s-risky-contact-sextortion-q1-b-why = Vouloir disparaître est une réaction très normale. Mais supprimer ton compte peut effacer des preuves, et te taire t’isole encore plus. Bloque plutôt, garde les messages et parles-en à quelqu’un.
s-risky-contact-sextortion-q1-c = Ne plus répondre, garder des preuves, se faire aider
s-risky-contact-sextortion-q1-c-why = Arrête de répondre, fais des captures d’écran, bloque et signale, puis parles-en à un adulte de confiance ou à une ligne d’écoute. L’ultimatum, c’est juste une technique pour te presser.
s-risky-contact-sextortion-not-your-fault =
    La sextorsion est punie par la loi, et seule la personne qui la commet est responsable. Pas toi. Même si tu as envoyé une photo, même si tu as désobéi à une règle à la maison.

    Avoir peur, avoir honte, se sentir pris au piège : c’est normal. Mais on peut t’aider, et il y a une issue. En parler, c’est le moyen le plus rapide de tout arrêter. Tu n’auras pas d’ennuis si tu demandes de l’aide.
s-risky-contact-sextortion-q2 = Dans une sextorsion, à qui la faute ?
s-risky-contact-sextortion-q2-a = Seulement à la personne qui menace
s-risky-contact-sextortion-q2-a-why = La personne qui menace commet un acte puni par la loi : la faute est entièrement de son côté. Toi, tu mérites de l’aide et du soutien, pas des reproches.
s-risky-contact-sextortion-q2-b = À moi, si j’ai envoyé une photo
s-risky-contact-sextortion-q2-b-why = Beaucoup de gens se sentent coupables, et c’est compréhensible. Mais faire confiance à quelqu’un n’est pas un délit. Te menacer, si : la faute est entièrement de son côté.
s-risky-contact-sextortion-q2-c = Un peu à moi, un peu à l’autre
s-risky-contact-sextortion-q2-c-why = On peut le ressentir comme ça, surtout quand quelqu’un t’a demandé de garder le secret. Mais la faute ne se partage pas : elle revient seulement à la personne qui menace.
s-risky-contact-sextortion-what-to-do =
    <b>Que faire</b>
    Ne paie pas. Arrête de répondre. Fais des captures d’écran. Bloque et signale, mais garde ton compte. Parles-en à un adulte de confiance ou à une ligne d’écoute. Les images peuvent être retirées (voir la leçon suivante).
    Si tu te sens en danger ou que tu n’en peux plus, appelle tout de suite le numéro d’urgence de ton pays.

    Appuie sur <b>Obtenir de l'aide</b> pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 4 : Faire retirer des images

s-risky-contact-takedown-title = Faire retirer des images
s-risky-contact-takedown-intro =
    Si une image ou une vidéo de toi nue, à moitié nue ou sexuelle a été partagée, ou si tu as peur qu’elle le soit, il existe des moyens de la faire retirer. Il n’est pas trop tard, et tu n’as pas à le faire sans aide.

    C’est vrai même si c’est toi qui as pris la photo. Tu n’auras pas d’ennuis si tu demandes de l’aide.
s-risky-contact-takedown-take-it-down =
    <b>Take It Down</b> est un service gratuit géré par le NCMEC, une association américaine de protection de l’enfance. Les jeunes de nombreux pays peuvent l’utiliser. Il concerne les images ou vidéos prises <b>avant tes 18 ans</b>.

    Va sur takeitdown.ncmec.org. Tu n’as pas à donner ton nom, et un adulte de confiance peut t’aider.
s-risky-contact-takedown-how-it-works =
    Comment ça marche : sur ton téléphone ou ton ordinateur, le site transforme l’image en <b>hash</b>, une sorte d’empreinte numérique. Seule l’empreinte est envoyée, <b>jamais l’image</b>. Les applis partenaires s’en servent pour trouver les copies, les supprimer et bloquer les nouveaux envois.

    Toutes les applis ne participent pas : signale aussi l’image dans l’appli où tu l’as vue.
s-risky-contact-takedown-q1 = Qu’est-ce qui est vrai à propos de Take It Down ?
s-risky-contact-takedown-q1-a = Je dois leur envoyer ma photo
s-risky-contact-takedown-q1-a-why = C’est une inquiétude très courante, et légitime. Mais l’image reste sur ton appareil. Seule son empreinte numérique est partagée.
s-risky-contact-takedown-q1-b = C’est pour les images d’avant mes 18 ans
s-risky-contact-takedown-q1-b-why = Take It Down sert pour les images prises quand tu avais moins de 18 ans, et tu peux l’utiliser sans donner ton nom.
s-risky-contact-takedown-q1-c = Je dois d’abord aller voir la police
s-risky-contact-takedown-q1-c-why = La police peut aider, c’est bon à savoir. Mais tu n’as pas besoin d’y aller d’abord. Tu peux utiliser Take It Down par toi-même ou avec un adulte de confiance.
s-risky-contact-takedown-hotlines =
    Tu peux aussi faire un signalement à un <b>service de signalement</b>. L’<b>IWF</b> (Internet Watch Foundation) et <b>INHOPE</b>, un réseau international de services de signalement, travaillent avec les sites et la police pour supprimer les images sexuelles de mineurs.

    Beaucoup de pays ont leur propre site de signalement. C’est gratuit, et tu n’as pas à envoyer l’image toi-même.
s-risky-contact-takedown-what-to-do =
    <b>Que faire</b>
    Signale l’image dans l’appli où tu l’as vue. Utilise takeitdown.ncmec.org pour les images d’avant tes 18 ans. Fais aussi un signalement à un service de signalement. Un adulte de confiance ou une ligne d’écoute peut t’aider à chaque étape.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 5 : À qui en parler

s-risky-contact-who-to-tell-title = À qui en parler
s-risky-contact-who-to-tell-intro =
    Quand quelque chose te paraît bizarre en ligne, en parler à quelqu’un est l’une des choses les plus courageuses et les plus malignes que tu puisses faire. Pas besoin de certitude, ni de preuves.

    Tu n’auras pas d’ennuis si tu demandes de l’aide. Quoi qu’il se soit passé, ce n’est pas de ta faute.
s-risky-contact-who-to-tell-trusted-adult =
    Un <b>adulte de confiance</b>, c’est quelqu’un qui écoute et qui aide : un parent ou un tuteur, une tante, un oncle, un grand cousin, un prof, un conseiller scolaire, un coach ou une infirmière.

    Tu ne sais pas comment commencer ? Essaie : « Il s’est passé un truc en ligne et j’ai besoin d’aide. » Si le premier adulte n’aide pas, parles-en à un autre. Continue jusqu’à ce que quelqu’un t’aide.
s-risky-contact-who-to-tell-helplines =
    Une <b>ligne d’écoute pour les jeunes</b> est en général gratuite et confidentielle. Tu peux parler de tout, sans donner ton nom. En Europe et dans beaucoup d’autres pays, le numéro est le <b>116 111</b>. D’autres pays ont un numéro différent.

    Un <b>service de signalement</b> peut faire retirer les images sexuelles de mineurs. En danger maintenant ? Appelle le numéro d’urgence de ton pays.
s-risky-contact-who-to-tell-q1 = Quelque chose en ligne t’inquiète, mais tu ne sais pas si c’est grave. Que faire ?
s-risky-contact-who-to-tell-q1-a = En parler à un adulte ou à une ligne d’écoute
s-risky-contact-who-to-tell-q1-a-why = Pas besoin de savoir si c’est grave. En parler, c’est justement comme ça qu’on le découvre, et qu’on reçoit du soutien.
s-risky-contact-who-to-tell-q1-b = Attendre d’avoir des preuves
s-risky-contact-who-to-tell-q1-b-why = C’est normal de vouloir en avoir le cœur net. Mais tu n’as pas besoin de preuves : ton inquiétude suffit pour en parler.
s-risky-contact-who-to-tell-q1-c = Garder ça pour moi pour ne contrarier personne
s-risky-contact-who-to-tell-q1-c-why = Penser aux sentiments des autres, c’est gentil. Mais les adultes qui tiennent à toi préfèrent savoir, et toi aussi, tu mérites du soutien.
s-risky-contact-who-to-tell-friend =
    Si quelqu’un parmi tes amis te confie qu’il lui est arrivé quelque chose : écoute, crois ce qu’on te dit, et ne répète pas son histoire. Rappelle-lui que ce n’est pas sa faute.

    Ensuite, aide cette personne à en parler à un adulte de confiance, ou propose de l’accompagner. Si elle est en danger, préviens toi-même un adulte, même si elle t’a demandé de ne rien dire. C’est ça, l’amitié.
s-risky-contact-who-to-tell-q2 = Une amie te dit que quelqu’un la menace, mais te demande de garder le secret. Tu fais quoi ?
s-risky-contact-who-to-tell-q2-a = Garder le secret, comme promis
s-risky-contact-who-to-tell-q2-a-why = Tenir ses promesses, c’est important, et ça montre ta loyauté. Mais certains secrets sont trop lourds à porter, et les menaces en font partie. Ton amie a besoin de l’aide d’un adulte.
s-risky-contact-who-to-tell-q2-b = Poster un message pour prévenir tout le monde
s-risky-contact-who-to-tell-q2-b-why = Tu veux protéger les autres, c’est super. Mais poster pourrait exposer ton amie et aggraver les choses. En parler à un adulte de confiance est plus sûr.
s-risky-contact-who-to-tell-q2-c = L’aider à en parler à un adulte de confiance
s-risky-contact-who-to-tell-q2-c-why = Tu peux proposer de l’accompagner ou l’aider à trouver les mots. Si elle refuse, prévenir toi-même un adulte reste la bonne chose à faire.
s-risky-contact-who-to-tell-what-to-do =
    <b>Que faire</b>
    Pense à une personne à qui tu pourrais en parler si quelque chose tournait mal en ligne. Retiens le numéro des lignes d’écoute pour les jeunes : le 116 111 dans beaucoup de pays. Les services de signalement aident à retirer des images.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays. Tu n’as pas à vivre ça sans aide.

## La voix des jeunes : la question en un appui posée une fois après la série

s-risky-contact-voice-first-move = Si une conversation commençait à te mettre mal à l’aise, que ferais-tu en premier ?
s-risky-contact-voice-first-move-leave = Arrêter de répondre et quitter la conversation
s-risky-contact-voice-first-move-save = Faire des captures des messages comme preuves
s-risky-contact-voice-first-move-report = Bloquer et signaler le compte dans l’appli
s-risky-contact-voice-first-move-tell = En parler à un adulte de confiance
s-risky-contact-voice-first-move-helpline = Contacter une ligne d'écoute pour les jeunes

## Alt texts of the lesson pictures (for screen readers and the preview)

s-risky-contact-grooming-red-flags-alt = Un ou une ado tient un téléphone. Un grand écran montre des bulles de discussion et un petit cadeau, avec des drapeaux rouges à côté.
s-risky-contact-nudes-say-no-alt = Un ou une ado tient un téléphone. Une bulle demande une photo, et la bulle de réponse montre un signe « non » bien clair.
s-risky-contact-sextortion-intro-alt = Un ou une jeune, le bras d’un adulte de confiance autour des épaules, une pièce barrée et un grand bouclier.
s-risky-contact-takedown-how-it-works-alt = Une photo sur un téléphone se change en empreinte, et une flèche mène de cette empreinte à un bouclier avec une coche.
s-risky-contact-who-to-tell-intro-alt = Un ou une ado parle avec un adulte de confiance. Des bulles de discussion et un cœur flottent entre eux.
