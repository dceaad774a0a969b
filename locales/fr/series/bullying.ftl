## Série : Le harcèlement en ligne (bullying), pour les ados de 13 à 17 ans.
## S’appuie sur les conseils de l’UNICEF (questions-réponses sur le cyberharcèlement, sondage U-Report), de l’eSafety Commissioner et de ThinkUKnow Australia, reformulés.

s-bullying-title = Le harcèlement en ligne
s-bullying-about = Que faire si on te harcèle, comment agir quand ça arrive à quelqu’un d’autre, comment faire retirer des publications blessantes, et comment prendre soin de toi.

## Leçon 1 : Si on te harcèle

s-bullying-target-title = Si on te harcèle
s-bullying-target-intro =
    Le harcèlement en ligne, c’est quand quelqu’un utilise encore et encore des messages, des publications, des groupes ou des jeux pour te blesser, te faire peur ou t’humilier : commentaires méchants, mensonges, faux comptes, t’exclure exprès, partage de photos gênantes.

    Si ça t’arrive, tu n’es pas seul ou seule. Dans un sondage de l’UNICEF auprès de jeunes de 30 pays, 1 sur 3 a dit avoir été harcelé en ligne (UNICEF, 2019). Ce n’est pas de ta faute, et ça peut s’arrêter.
s-bullying-target-intro-alt = Un ado avec un téléphone, entouré de deux amis souriants, avec des cœurs qui flottent autour d’eux.
s-bullying-target-dont-hit-back =
    C’est normal d’avoir envie de répliquer. Mais répondre sous le coup de la colère peut faire durer les choses, et leur donner des arguments contre toi.

    À la place : ne réponds pas, respire, et éloigne-toi de l’écran un moment. Tu pourras décider quoi faire une fois plus calme. Ne pas répondre, ce n’est pas être faible. Ça leur enlève ce qu’ils cherchent.
s-bullying-target-evidence-block =
    <b>Garde des preuves</b> : fais des captures d’écran des messages, commentaires ou publications, avec les pseudos et les dates. Copie les liens si tu peux.

    Ensuite, <b>bloque</b> les personnes qui le font et <b>signale</b> les publications et les comptes dans l’appli. Tu peux aussi limiter qui peut commenter tes publications ou t’écrire.
s-bullying-target-q1 = Quelqu’un publie sans arrêt des commentaires méchants sur toi. Quelle est la meilleure première étape ?
s-bullying-target-q1-a = Publier un truc méchant en retour
s-bullying-target-q1-a-why = Vouloir te défendre, c’est légitime. Mais répliquer fait souvent durer les choses, et ça peut aussi t’attirer des ennuis.
s-bullying-target-q1-b = Capture d’écran, bloquer et signaler
s-bullying-target-q1-b-why = Les preuves rendent les signalements plus efficaces, bloquer les empêche de te joindre, et signaler demande à l’appli de retirer les commentaires.
s-bullying-target-q1-c = Supprimer mon compte
s-bullying-target-q1-c-why = Faire une pause, c’est OK. Mais supprimer ton compte fait perdre les preuves et les laisse te pousser dehors. Bloque et signale d’abord.
s-bullying-target-tell =
    <b>Parles-en</b> à quelqu’un de confiance : un parent ou un adulte qui s’occupe de toi, un prof, un conseiller scolaire. Si des gens de ton école sont impliqués, ton école peut aussi aider.

    Si tu n’es pas prêt ou prête à en parler à quelqu’un que tu connais, une ligne d’écoute pour les jeunes est gratuite et confidentielle (le 116 111 dans beaucoup de pays). Si quelqu’un menace de te faire du mal, préviens un adulte tout de suite.
s-bullying-target-what-to-do =
    <b>Que faire</b>
    Ne réponds pas. Fais des captures d’écran. Bloque et signale. Parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Ce n’est pas de ta faute, et tu n’as pas à gérer ça seul ou seule.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 2 : Agir quand on est témoin

s-bullying-upstander-title = Agir quand on est témoin
s-bullying-upstander-intro =
    La plupart du harcèlement en ligne se passe devant d’autres gens : dans un groupe, sous une publication, dans un jeu. Ce que font les témoins change énormément de choses.

    Un <b>témoin actif</b> (en anglais, « upstander »), c’est quelqu’un qui ne se contente pas de faire défiler. Pas besoin d’élever la voix ni d’être courageux devant tout le monde. Les petits gestes discrets comptent.
s-bullying-upstander-intro-alt = Un téléphone avec une bulle de discussion méchante barrée et des bulles gentilles avec des cœurs, entre deux ados souriants.
s-bullying-upstander-dont-spread =
    <b>N’en rajoute pas</b> : ne like pas, ne partage pas, ne réagis pas avec un emoji qui rit et ne transfère pas les publications, mèmes ou captures d’écran blessants. Chaque like ou partage montre au harceleur qu’il a un public, et fait circuler le contenu encore plus.

    Si tu l’as déjà fait, ce n’est pas grave : retire ton like, supprime ce que tu as partagé, et fais quelque chose d’utile maintenant.
s-bullying-upstander-support =
    <b>Soutiens la personne</b>. Un message privé peut beaucoup compter : « Hé, j’ai vu ce qui s’est passé. C’est pas OK. Ça va ? » Reste avec elle, inclus-la, rappelle-lui que ce n’est pas de sa faute.

    Si tu te sens en sécurité, tu peux dire stop : « Pas cool. » Mais tu n’as pas à lancer une bagarre. L’eSafety Commissioner souligne que même un simple message peut aider un ami à se sentir soutenu.
s-bullying-upstander-q1 = Un mème qui se moque d’une personne de ta classe tourne dans ton groupe. Qu’est-ce qui aide le plus ?
s-bullying-upstander-q1-a = Réagir avec un emoji qui rit pour ne pas me faire remarquer
s-bullying-upstander-q1-a-why = Être accepté par le groupe, ça compte, et se démarquer peut faire peur. Mais chaque réaction ajoute à la blessure. Rester en dehors, c’est un début ; aider, c’est encore mieux.
s-bullying-upstander-q1-b = Ne pas partager, signaler, lui écrire gentiment
s-bullying-upstander-q1-b-why = Ne pas le faire circuler, le signaler et prendre des nouvelles de cette personne, ce sont de petits gestes qui aident vraiment.
s-bullying-upstander-q1-c = L’ignorer, ce n’est pas mes affaires
s-bullying-upstander-q1-c-why = Rester en dehors peut sembler plus facile. Mais pour la personne visée, le silence peut donner l’impression que tout le monde est d’accord. Un seul message gentil ou un seul signalement peut changer la façon dont elle le vit.
s-bullying-upstander-report =
    <b>Signale-le</b> : signale la publication ou le compte dans l’appli. Sur la plupart des applis, la personne ne sait pas qui l’a signalée. Tu peux aussi garder des captures d’écran, au cas où ton ami voudrait faire un signalement plus tard.

    <b>Fais intervenir un adulte</b> quand c’est grave : menaces, images sexuelles, adresse de quelqu’un partagée, ou un ami qui semble très mal. Ce n’est pas balancer. C’est empêcher qu’on fasse du mal.
s-bullying-upstander-q2 = Ton ami se fait harceler mais te dit : « Ne fais rien, ça va empirer. » Qu’est-ce que tu peux faire ?
s-bullying-upstander-q2-a = Rien, il m’a demandé de ne rien faire
s-bullying-upstander-q2-a-why = Respecter ce que veut ton ami, c’est important. Mais tu peux quand même le soutenir, et si c’est grave, un adulte doit être au courant.
s-bullying-upstander-q2-b = Le soutenir, et l’aider à en parler à un adulte
s-bullying-upstander-q2-b-why = Tu peux être là pour lui, l’aider à garder des preuves et proposer de l’accompagner voir un adulte de confiance. S’il est en danger, préviens toi-même un adulte.
s-bullying-upstander-q2-c = Affronter le harceleur devant tout le monde
s-bullying-upstander-q2-c-why = Tu veux protéger ton ami, c’est gentil. Mais une dispute en public peut empirer les choses pour lui. Des gestes plus discrets aident souvent plus.
s-bullying-upstander-what-to-do =
    <b>Que faire</b>
    Ne like pas et ne partage pas. Signale la publication. Envoie un message gentil à la personne. Préviens un adulte de confiance si c’est grave. Tu t’inquiètes pour un ami ? Une ligne d’écoute pour les jeunes peut t’aider à savoir quoi faire (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 3 : Faire retirer des publications blessantes

s-bullying-removal-title = Faire retirer des publications
s-bullying-removal-intro =
    Une publication blessante, un faux compte qui se fait passer pour toi, une photo gênante : tu peux demander à ce que ce soit retiré.

    Ça ne marche pas toujours du premier coup, mais souvent, si. Et il existe d’autres aides si ça ne marche pas.
s-bullying-removal-intro-alt = Une publication blessante signalée avec un drapeau et envoyée à la corbeille, avec une coche verte.
s-bullying-removal-report-app =
    <b>D’abord, signale-le à l’appli ou au site.</b> Utilise l’option Signaler sur la publication, le commentaire, la photo ou le compte, et choisis le motif qui correspond le mieux : harcèlement, usurpation d’identité, nudité ou menaces.

    Garde une capture d’écran de ce que tu as signalé, et de la date. Si rien ne se passe, signale à nouveau, et demande à un adulte de confiance de t’aider.
s-bullying-removal-more-help =
    <b>Si l’appli ne fait rien</b> :
    • Certains pays ont un organisme de sécurité en ligne : en Australie, l’eSafety Commissioner peut faire retirer le cyberharcèlement grave visant des moins de 18 ans si la plateforme n’agit pas.
    • Une ligne d’écoute pour les jeunes peut t’aider à y voir clair (le 116 111 dans beaucoup de pays).
    • Image nue ou sexuelle d’un mineur, vraie ou fausse : service de signalement et takeitdown.ncmec.org.
    • Menaces de te faire du mal : préviens un adulte et la police.
s-bullying-removal-q1 = Tu as signalé un faux compte qui se fait passer pour toi, mais il est toujours là des jours plus tard. Et maintenant ?
s-bullying-removal-q1-a = Laisser tomber, rien ne marche
s-bullying-removal-q1-a-why = C’est frustrant quand un signalement semble ignoré. Mais il y a d’autres étapes : signale à nouveau, et demande à un adulte ou à une ligne d’écoute de t’aider à aller plus loin.
s-bullying-removal-q1-b = Créer un faux compte à son nom
s-bullying-removal-q1-b-why = Vouloir te venger, ça se comprend. Mais ça fait du mal, et ça peut t’attirer des ennuis. Garde les mains propres.
s-bullying-removal-q1-c = Signaler à nouveau, avec l’aide d’un adulte ou d’une écoute
s-bullying-removal-q1-c-why = Signaler à nouveau avec des captures d’écran, et faire intervenir un adulte de confiance, ton école ou une ligne d’écoute, ça donne souvent des résultats. Certains pays ont aussi un organisme qui peut intervenir.
s-bullying-removal-what-to-do =
    <b>Que faire</b>
    Signale-le dans l’appli et garde des captures d’écran. Si ça reste en ligne, signale à nouveau et demande de l’aide à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Pour les images sexuelles de moins de 18 ans, utilise un service de signalement et takeitdown.ncmec.org.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 4 : Prendre soin de toi

s-bullying-self-care-title = Prendre soin de toi
s-bullying-self-care-intro =
    Le harcèlement peut te suivre jusque chez toi sur ton téléphone, et tu peux avoir l’impression qu’il n’y a jamais de pause. Tu peux te sentir triste, en colère ou à bout de forces, ou ne plus avoir envie d’aller en cours.

    L’UNICEF dit que ces effets sont réels, et qu’on peut s’en remettre et se sentir de nouveau soi-même.
s-bullying-self-care-intro-alt = Un ado qui se détend sur un canapé avec un casque, le téléphone rangé, une plante et la lune dans le ciel du soir.
s-bullying-self-care-breaks =
    Des façons de prendre de l’air :
    • Coupe les notifications, ou laisse ton téléphone dans une autre pièce un moment.
    • Ne relis pas sans arrêt les messages blessants. Garde-les une fois comme preuves, puis arrête de les regarder.
    • Fais des choses qui te ressemblent : sport, musique, dessin, jeux avec des amis de confiance.
    • Le sommeil aide pour tout : essaie de ne pas garder ton téléphone au lit.
s-bullying-self-care-your-people =
    Pense à tes personnes : des amis qui te font rire, quelqu’un de ta famille, un prof, un coach. Passe aussi du temps avec eux hors ligne.

    Ce que disent les harceleurs sur toi n’est pas la vérité sur toi. Si tu continues à te sentir mal, si tu n’arrives plus à dormir ou si tu n’aimes plus ce que tu aimais avant, parles-en à quelqu’un : un adulte de confiance, un conseiller scolaire ou une ligne d’écoute.
s-bullying-self-care-q1 = Il est minuit et tu relis sans arrêt les commentaires méchants. Qu’est-ce qui aiderait le plus ?
s-bullying-self-care-q1-a = Continuer à lire pour tout savoir
s-bullying-self-care-q1-a-why = Vouloir savoir ce qui se dit, c’est normal. Mais relire garde la blessure à vif. Une fois les preuves gardées, tu peux arrêter de regarder.
s-bullying-self-care-q1-b = Répondre à chacun pour rétablir la vérité
s-bullying-self-care-q1-b-why = Vouloir te défendre, ça se comprend. Mais répondre tard le soir peut faire grossir l’affaire. Ça peut attendre que tu aies dormi et parlé à quelqu’un.
s-bullying-self-care-q1-c = Ranger le téléphone, en parler à quelqu’un demain
s-bullying-self-care-q1-c-why = Une pause et du sommeil t’aident à y voir plus clair. Ensuite, un adulte de confiance ou une ligne d’écoute peut t’aider à prévoir quoi faire.
s-bullying-self-care-what-to-do =
    <b>Que faire</b>
    Fais des pauses, garde tes proches près de toi, et parles-en à quelqu’un si tu te sens mal. Si un jour tu as des pensées de te faire du mal, appelle tout de suite une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays) ou le numéro d’urgence de ton pays.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.
