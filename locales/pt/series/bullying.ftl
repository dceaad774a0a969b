## Série: Bullying online (bullying), para adolescentes de 13 a 17 anos.
## Baseada nas orientações do UNICEF (perguntas sobre cyberbullying, enquete U-Report), do eSafety e do ThinkUKnow Austrália, parafraseadas.
## Português do Brasil, tratamento por "você".

s-bullying-title = Bullying online
s-bullying-about = O que fazer se você sofre bullying, como agir quando acontece com outra pessoa, como tirar do ar posts que machucam e como cuidar de você.

## Lição 1: Se você sofre bullying

s-bullying-target-title = Se você sofre bullying
s-bullying-target-intro =
    Bullying online é quando alguém usa mensagens, posts, grupos ou jogos, de novo e de novo, para machucar, assustar ou humilhar você: comentários maldosos, mentiras, perfis falsos, deixar você de fora de propósito, espalhar fotos constrangedoras.

    Se isso acontece com você, saiba que não é só com você. Numa enquete do UNICEF com jovens de 30 países, 1 em cada 3 disse já ter sofrido bullying online (UNICEF, 2019). A culpa não é sua, e isso pode parar.
s-bullying-target-intro-alt = Um adolescente segurando um celular, com dois amigos sorrindo, um de cada lado, e corações flutuando em volta.
s-bullying-target-dont-hit-back =
    É natural querer revidar. Mas responder com raiva pode fazer o bullying durar mais e dar a eles algo para usar contra você.

    Em vez disso: não responda, respire e fique um tempo longe da tela. Você pode decidir o que fazer quando a cabeça esfriar. Não responder não é fraqueza. É tirar deles o que eles querem.
s-bullying-target-evidence-block =
    <b>Guarde provas</b>: tire prints das mensagens, comentários ou posts, com os nomes de usuário e as datas. Copie os links, se puder.

    Depois, <b>bloqueie</b> quem está fazendo isso e <b>denuncie</b> os posts e as contas no app. Você também pode limitar quem pode comentar nos seus posts ou mandar mensagem para você.
s-bullying-target-q1 = Alguém vive postando comentários maldosos sobre você. Qual é o melhor primeiro passo?
s-bullying-target-q1-a = Postar algo maldoso de volta
s-bullying-target-q1-a-why = Querer se defender é justo. Mas revidar muitas vezes faz a coisa continuar, e também pode trazer problemas para você.
s-bullying-target-q1-b = Tirar print, bloquear e denunciar
s-bullying-target-q1-b-why = As provas ajudam as denúncias a funcionar, bloquear impede que cheguem até você, e denunciar pede ao app para tirar os comentários do ar.
s-bullying-target-q1-c = Apagar minha conta
s-bullying-target-q1-c-why = Dar um tempo é normal. Mas apagar a conta faz você perder as provas e deixa que eles empurrem você para fora. Primeiro, bloqueie e denuncie.
s-bullying-target-tell =
    <b>Conte a alguém</b> de confiança: sua mãe, seu pai ou quem cuida de você, um professor, o orientador da escola. Se tem gente da sua escola envolvida, a escola também pode ajudar.

    Se você ainda não quiser falar com alguém que conhece, uma linha de apoio para jovens é gratuita e sigilosa (116 111 em muitos países). Se alguém ameaçar machucar você, conte a um adulto na hora.
s-bullying-target-what-to-do =
    <b>O que fazer</b>
    Não responda. Tire prints como prova. Bloqueie e denuncie. Conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países). A culpa não é sua, e você não precisa lidar com isso sem apoio.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 2: Não fique só assistindo

s-bullying-upstander-title = Não fique só assistindo
s-bullying-upstander-intro =
    A maior parte do bullying online acontece na frente de outras pessoas: num grupo, embaixo de um post, num jogo. O que quem está vendo faz muda muito as coisas.

    Um <b>espectador ativo</b> (em inglês, upstander) é alguém que não passa reto. Você não precisa fazer barulho nem mostrar coragem em público. Passos pequenos e discretos contam.
s-bullying-upstander-intro-alt = Um celular com um balão de conversa maldoso riscado e balões gentis com corações, entre dois adolescentes sorrindo.
s-bullying-upstander-dont-spread =
    <b>Não alimente</b>: não curta, não compartilhe, não reaja com risada e não encaminhe posts, memes ou prints que machucam. Cada curtida ou compartilhamento mostra a quem pratica o bullying que tem gente assistindo, e espalha ainda mais.

    Se você já fez isso, tudo bem: tire a curtida, apague o que compartilhou e faça algo que ajude agora.
s-bullying-upstander-support =
    <b>Apoie a pessoa</b>. Uma mensagem no privado pode significar muito: “Oi, vi o que aconteceu. Isso não está certo. Você está bem?” Fique perto, chame a pessoa para as coisas, lembre que a culpa não é dela.

    Se achar que é seguro, você pode se posicionar: “Isso não tem graça.” Mas não precisa começar uma briga. O eSafety lembra que até uma mensagem simples pode ajudar alguém a sentir que tem apoio.
s-bullying-upstander-q1 = Um meme zoando alguém da sua turma está circulando no grupo. O que ajuda mais?
s-bullying-upstander-q1-a = Reagir com risada para não chamar atenção
s-bullying-upstander-q1-a-why = Querer se enturmar é importante, e chamar atenção pode parecer arriscado. Mas cada reação aumenta o sofrimento. Ficar de fora já é um começo; ajudar é ainda melhor.
s-bullying-upstander-q1-b = Não compartilhar, denunciar, mandar algo gentil
s-bullying-upstander-q1-b-why = Não espalhar, denunciar e perguntar como a pessoa está são passos pequenos que ajudam de verdade.
s-bullying-upstander-q1-c = Ignorar, não é da minha conta
s-bullying-upstander-q1-c-why = Ficar de fora pode parecer mais fácil. Mas, para a pessoa, o silêncio pode parecer que todo mundo concorda. Uma mensagem gentil ou uma denúncia pode mudar como ela se sente.
s-bullying-upstander-report =
    <b>Denuncie</b>: denuncie o post ou a conta no app. Na maioria dos apps, a pessoa não fica sabendo quem denunciou. Você também pode guardar prints, caso a pessoa queira denunciar depois.

    <b>Chame um adulto</b> quando for sério: ameaças, imagens sexuais, o endereço de alguém exposto ou alguém que parece muito pra baixo. Isso não é dedurar. É impedir que alguém saia machucado.
s-bullying-upstander-q2 = Alguém próximo de você está sofrendo bullying, mas diz: “Não faz nada, vai piorar.” O que você pode fazer?
s-bullying-upstander-q2-a = Nada, a pessoa pediu para eu não fazer
s-bullying-upstander-q2-a-why = Respeitar o que a pessoa quer é importante. Mas você ainda pode apoiar, e, se for sério, um adulto precisa saber.
s-bullying-upstander-q2-b = Apoiar e ajudar a contar a um adulto
s-bullying-upstander-q2-b-why = Você pode estar presente, ajudar a guardar provas e se oferecer para ir junto falar com um adulto de confiança. Se houver perigo, avise um adulto por conta própria.
s-bullying-upstander-q2-c = Enfrentar quem faz bullying em público
s-bullying-upstander-q2-c-why = Você quer proteger quem sofre, e isso é bonito. Mas uma briga em público pode piorar as coisas para essa pessoa. Passos mais discretos costumam ajudar mais.
s-bullying-upstander-what-to-do =
    <b>O que fazer</b>
    Não curta nem compartilhe. Denuncie o post. Mande uma mensagem gentil para a pessoa. Conte a um adulto de confiança se for sério. Tem alguém que preocupa você? Uma linha de apoio para jovens pode ajudar você a pensar no que fazer (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 3: Como tirar do ar posts que machucam

s-bullying-removal-title = Como tirar do ar posts que machucam
s-bullying-removal-intro =
    Um post que machuca, um perfil falso fingindo ser você, uma foto constrangedora: você pode pedir para tirarem do ar.

    Nem sempre funciona na primeira vez, mas muitas vezes funciona, e existe mais ajuda se não funcionar.
s-bullying-removal-intro-alt = Um post que machuca sendo denunciado com uma bandeira e indo para a lixeira, com um sinal de certo verde.
s-bullying-removal-report-app =
    <b>Primeiro, denuncie no app ou no site.</b> Use a opção Denunciar no post, comentário, foto ou conta e escolha o motivo que melhor combina: bullying ou assédio, alguém fingindo ser você, nudez ou ameaças.

    Guarde um print do que você denunciou e de quando. Se nada acontecer, denuncie de novo e peça ajuda a um adulto de confiança.
s-bullying-removal-more-help =
    <b>Se o app não fizer nada</b>, existe mais ajuda:
    • Alguns países têm um órgão de segurança online. Na Austrália, o eSafety pode ajudar a remover cyberbullying grave contra menores de 18 anos quando a plataforma não age.
    • Uma linha de apoio para jovens pode mostrar suas opções (116 111 em muitos países).
    • Nude ou imagem sexual de menor de 18 anos, real ou montagem: denuncie num canal de denúncia e veja o takeitdown.ncmec.org.
    • Ameaças de agressão: conte a um adulto e procure a polícia.
s-bullying-removal-q1 = Você denunciou um perfil falso que finge ser você, mas dias depois ele continua no ar. E agora?
s-bullying-removal-q1-a = Desistir, nada funciona
s-bullying-removal-q1-a-why = É frustrante quando parece que ignoraram a denúncia. Mas há mais passos: denuncie de novo e peça a um adulto ou a uma linha de apoio para ajudar você a ir além.
s-bullying-removal-q1-b = Criar um perfil falso da pessoa
s-bullying-removal-q1-b-why = Querer dar o troco é compreensível. Mas isso faz mal e pode trazer problemas para você. Fique do lado certo.
s-bullying-removal-q1-c = Denunciar de novo, com ajuda de um adulto ou linha de apoio
s-bullying-removal-q1-c-why = Denunciar de novo com prints, e chamar um adulto de confiança, a escola ou uma linha de apoio, muitas vezes dá resultado. Alguns países também têm um órgão que pode intervir.
s-bullying-removal-what-to-do =
    <b>O que fazer</b>
    Denuncie no app e guarde prints. Se continuar no ar, denuncie de novo e peça ajuda a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países). Para imagens sexuais de menores de 18 anos, use um canal de denúncia e o takeitdown.ncmec.org.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 4: Cuidar de você

s-bullying-self-care-title = Cuidar de você
s-bullying-self-care-intro =
    O bullying pode seguir você até em casa pelo celular, então pode parecer que nunca tem pausa. Você pode se sentir triste, com raiva ou sem energia, ou não querer ir à escola.

    O UNICEF diz que esses efeitos são reais, e que as pessoas conseguem passar por isso e voltar a se sentir elas mesmas.
s-bullying-self-care-intro-alt = Um adolescente relaxando no sofá com fones de ouvido, o celular guardado, uma planta e a lua no céu da noite.
s-bullying-self-care-breaks =
    Jeitos de ter um respiro:
    • Silencie as notificações, ou deixe o celular em outro cômodo por um tempo.
    • Não fique relendo mensagens que machucam. Guarde uma vez como prova e depois pare de olhar.
    • Faça coisas que têm a ver com você: esporte, música, desenho, jogos com amigos de confiança.
    • Dormir ajuda em tudo: tente deixar o celular fora da cama.
s-bullying-self-care-your-people =
    Pense nas suas pessoas: amigos que fazem você rir, alguém da família, um professor, um treinador. Passe tempo com eles fora da internet também.

    O que quem pratica bullying diz sobre você não é a verdade sobre você. Se continuar se sentindo pra baixo, sem conseguir dormir ou sem curtir coisas que você adorava, converse com alguém: um adulto de confiança, o orientador da escola ou uma linha de apoio.
s-bullying-self-care-q1 = É meia-noite e você fica relendo os comentários maldosos. O que ajudaria mais?
s-bullying-self-care-q1-a = Continuar lendo para saber de tudo
s-bullying-self-care-q1-a-why = Querer saber o que estão dizendo é normal. Mas reler mantém a ferida aberta. Depois que as provas estão guardadas, você pode parar de olhar.
s-bullying-self-care-q1-b = Responder cada um para esclarecer tudo
s-bullying-self-care-q1-b-why = Querer se defender faz sentido. Mas respostas de madrugada podem fazer a coisa crescer. Isso pode esperar até você dormir e conversar com alguém.
s-bullying-self-care-q1-c = Guardar o celular e conversar com alguém amanhã
s-bullying-self-care-q1-c-why = Uma pausa e uma noite de sono ajudam a pensar com clareza. Depois, um adulto de confiança ou uma linha de apoio pode ajudar você a planejar o que fazer.
s-bullying-self-care-what-to-do =
    <b>O que fazer</b>
    Faça pausas, fique perto das suas pessoas e converse com alguém se estiver pra baixo. Se algum dia você tiver pensamentos de se machucar, ligue agora para uma linha de apoio para jovens (116 111 em muitos países) ou para o número de emergência do seu país.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.
