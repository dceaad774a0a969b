## Série: Nudes falsos feitos com IA (ai-images), para adolescentes de 13 a 17 anos.
## Baseada nas orientações do NCMEC (IA generativa, Take It Down), da Thorn, da IWF/Childline e do eSafety, parafraseadas.
## Português do Brasil, tratamento por "você".

s-ai-images-title = Nudes falsos e apps de IA
s-ai-images-about = Como a IA pode transformar uma foto comum num nude falso, por que criar ou compartilhar um é abuso e o que fazer se isso acontecer com você ou com alguém que você conhece. A culpa nunca é sua.

## Lição 1: O que são os nudes falsos feitos com IA

s-ai-images-what-they-are-title = O que são nudes falsos feitos com IA
s-ai-images-what-they-are-intro =
    Muitos apps usam IA para mudar fotos. Quase sempre é diversão: filtros, caretas, fundos novos.

    Mas algumas ferramentas, muitas vezes chamadas de apps de <b>nudify</b> ou de “tirar a roupa”, pegam a foto comum de uma pessoa real, vestida, e criam uma imagem falsa dela nua ou em cena sexual. Essas montagens também são chamadas de <b>deepfakes</b>.

    A pessoa da foto nunca concordou. Muitas vezes, nem sabe que a imagem existe.
s-ai-images-what-they-are-intro-alt = Uma foto de rosto comum, uma seta com brilhos e uma segunda foto coberta por um sinal vermelho de proibido.
s-ai-images-what-they-are-how-made =
    Basta uma foto normal: uma selfie, uma foto do time, uma foto de perfil. A montagem pode parecer muito real, mesmo não sendo.

    Por isso, pode acontecer com qualquer pessoa, até com quem nunca mandou um nude. Se acontecer com você, não é por causa de nada que você fez ou postou.
s-ai-images-what-they-are-how-common =
    Isso não é raro, e você não é a única pessoa que já viu algo assim. Numa pesquisa com jovens de 13 a 20 anos, <b>1 em cada 17</b> adolescentes disse que alguém já tinha usado a imagem dele ou dela para fazer um nude deepfake, e <b>84%</b> dos adolescentes disseram que essas montagens fazem mal (Thorn, 2025).

    A maioria dos jovens sabe que isso é errado. E isso importa: quanto mais gente se recusa a compartilhar montagens, menos elas se espalham.
s-ai-images-what-they-are-q1 = Alguém usou um app para fazer um nude falso de uma pessoa da sua turma. O que é verdade?
s-ai-images-what-they-are-q1-a = É falso, então ninguém se machuca de verdade
s-ai-images-what-they-are-q1-a-why = A imagem não é real, isso é verdade. Mas a pessoa que aparece nela sente a vergonha, o medo e as fofocas como se fosse. Por isso, criar ou compartilhar uma imagem assim conta como abuso.
s-ai-images-what-they-are-q1-b = É abuso, mesmo sendo falso
s-ai-images-what-they-are-q1-b-why = O dano é real mesmo quando a imagem não é: a pessoa nunca concordou, e quem vê pode acreditar. Criar ou compartilhar um nude falso de alguém é abuso, seja de quem for.
s-ai-images-what-they-are-q1-c = Só é problema se parecer real
s-ai-images-what-they-are-q1-c-why = Parecer real ou não muda pouco. Até uma montagem bem óbvia pode humilhar alguém e ser usada para fazer bullying, e a pessoa continua sem ter concordado.
s-ai-images-what-they-are-what-to-do =
    <b>O que fazer</b>
    Se você vir um nude falso de qualquer pessoa: não compartilhe, não comente e denuncie no app. Se for de você ou de alguém que você conhece, conte a um adulto de confiança ou ligue para uma linha de apoio para jovens (116 111 em muitos países). As próximas lições mostram os passos.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 2: Imagem falsa, dano real

s-ai-images-still-abuse-title = Imagem falsa, dano real
s-ai-images-still-abuse-intro =
    Às vezes, as pessoas fazem montagens “de brincadeira”, para se vingar de alguém ou porque o grupo desafiou. Para elas, pode parecer só uma zoeira.

    Para quem aparece na imagem, pode ser como se tivessem tirado dela o próprio corpo e a privacidade. A pessoa pode sentir vergonha, medo de ir à escola ou muita solidão. E, depois de compartilhada, uma montagem pode ir longe, e rápido.
s-ai-images-still-abuse-intro-alt = Um adolescente preocupado no meio, com a mesma imagem aparecendo em vários celulares à sua volta.
s-ai-images-still-abuse-not-a-joke =
    Criar, pedir ou compartilhar um nude falso de uma pessoa real é <b>abuso com imagens íntimas</b>. Não importa que a imagem seja falsa.

    Quando a pessoa tem menos de 18 anos, o NCMEC, uma organização de proteção à infância, alerta que criar ou compartilhar essas montagens não só faz muito mal: pode ter também consequências legais graves, mesmo quando quem faz são outros adolescentes.
s-ai-images-still-abuse-q1 = Um amigo diz: “Me manda a foto dela, vou passar no app de nudify. É só de zoeira.” O que você faz?
s-ai-images-still-abuse-q1-a = Mando, é só uma brincadeira
s-ai-images-still-abuse-q1-a-why = Ir na onda de um amigo pode parecer mais fácil do que dizer não. Mas uma “brincadeira” assim pode machucar muito essa menina, e mandar a foto faria você participar disso.
s-ai-images-still-abuse-q1-b = Digo não, e que isso não está certo
s-ai-images-still-abuse-q1-b-why = Dizer não impede tudo antes de começar, e você não precisa de um grande motivo: “Não. Isso não tem graça, é abuso.” Se ele fizer mesmo assim, denuncie e conte a um adulto de confiança.
s-ai-images-still-abuse-q1-c = Fico na minha e deixo ele decidir
s-ai-images-still-abuse-q1-c-why = Ficar de fora pode parecer mais seguro. Mas o silêncio pode parecer que você concorda. Um não curto, ou contar a um adulto, pode proteger essa menina.
s-ai-images-still-abuse-in-a-chat =
    Se uma montagem aparecer num grupo em que você está, você ainda tem escolhas:
    • Não salve nem encaminhe.
    • Diga que isso não está certo, se achar que é seguro fazer isso.
    • Denuncie a publicação e a conta no app.
    • Conte a um adulto de confiança e pergunte como está a pessoa da imagem.

    Se você já compartilhou uma e se arrependeu, ainda dá tempo: apague, pare de compartilhar e converse com um adulto de confiança.
s-ai-images-still-abuse-q2 = O que ajuda mais a pessoa que aparece numa imagem falsa?
s-ai-images-still-abuse-q2-a = Encaminhar para ela saber que a imagem existe
s-ai-images-still-abuse-q2-a-why = Querer que ela saiba vem de um lugar de cuidado. Mas encaminhar espalha ainda mais a imagem. Você pode contar a ela, ou a um adulto, sem mandar a imagem.
s-ai-images-still-abuse-q2-b = Denunciar, e não passar adiante
s-ai-images-still-abuse-q2-b-why = Cada compartilhamento torna a imagem mais difícil de remover. Denunciar ajuda a tirá-la do ar, e não passar adiante faz com que ela pare em você.
s-ai-images-still-abuse-q2-c = Postar que a imagem é falsa
s-ai-images-still-abuse-q2-c-why = Defender a pessoa é uma atitude bonita. Mas uma publicação pode fazer mais gente ir atrás da imagem. Denuncie, e dê apoio em particular.
s-ai-images-still-abuse-what-to-do =
    <b>O que fazer</b>
    Nunca crie, peça ou compartilhe um nude falso de ninguém. Se você vir um: não passe adiante, denuncie no app e conte a um adulto de confiança. Não sabe o que fazer? Uma linha de apoio para jovens pode conversar com você sobre isso (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 3: Se acontecer com você

s-ai-images-if-it-happens-title = Se acontecer com você
s-ai-images-if-it-happens-intro =
    Encontrar um nude falso seu pode trazer uma onda de sentimentos: choque, raiva, vergonha, pânico. Todos fazem sentido.

    Lembre-se: <b>a culpa não é sua</b>. Você não criou a imagem e não concordou com ela. A responsabilidade é de quem criou ou compartilhou. Você não vai ter problemas, e pode receber ajuda para lidar com isso.
s-ai-images-if-it-happens-intro-alt = Um adulto atencioso abraça um adolescente pelos ombros, ao lado de um grande escudo verde com um coração.
s-ai-images-if-it-happens-first-steps =
    Primeiros passos:
    • <b>Não compartilhe</b> com ninguém, nem para mostrar como é grave.
    • <b>Guarde provas</b>: tire prints das mensagens, dos nomes de usuário e dos links que mostram onde foi postado. Não precisa guardar cópias da imagem.
    • <b>Não responda</b> a quem criou, e nunca pague a quem ameaçar você com ela.
    • <b>Conte a alguém</b> de confiança, hoje.
s-ai-images-if-it-happens-report =
    Depois, <b>denuncie</b>:
    • No app onde aparece: denuncie a publicação e a conta.
    • Num <b>canal de denúncia</b> de imagens sexuais de menores de 18 anos. Montagens também contam: 19% das denúncias confirmadas ao Report Remove, do Reino Unido, eram de imagens alteradas digitalmente, inclusive com IA (IWF, 2025).
    • O <b>Take It Down</b> (takeitdown.ncmec.org) ajuda a remover dos apps participantes nudes ou imagens sexuais suas de antes dos 18 anos. Veja na página se serve para seu caso.
s-ai-images-if-it-happens-q1 = Alguém fez um nude falso seu e ele está circulando. Qual é um bom primeiro passo?
s-ai-images-if-it-happens-q1-a = Apagar todas as minhas contas e sumir
s-ai-images-if-it-happens-q1-a-why = Querer sumir é uma reação muito normal. Mas apagar suas contas pode eliminar provas que ajudam a tirar a imagem do ar. Mantenha as contas por enquanto, bloqueie e peça ajuda.
s-ai-images-if-it-happens-q1-b = Guardar provas, denunciar, contar a alguém
s-ai-images-if-it-happens-q1-b-why = Prints de onde foi postado e de quem postou, denúncias no app e num canal de denúncia, e um adulto de confiança ou uma linha de apoio do seu lado: é assim que as montagens são removidas.
s-ai-images-if-it-happens-q1-c = Mandar mensagem a todo mundo dizendo que é falso
s-ai-images-if-it-happens-q1-c-why = Claro que você quer que as pessoas saibam a verdade. Mas mensagens para todo mundo podem fazer mais gente ir atrás da imagem. Deixe as denúncias, e as pessoas que estão ajudando você, fazerem o trabalho.
s-ai-images-if-it-happens-what-to-do =
    <b>O que fazer</b>
    A culpa não é sua. Não compartilhe. Guarde provas. Denuncie no app e num canal de denúncia, e veja o takeitdown.ncmec.org. Conte a um adulto de confiança ou ligue para uma linha de apoio para jovens (116 111 em muitos países). Se alguém ameaçar você, ou se você não se sentir em segurança, ligue para o número de emergência do seu país.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 4: Se acontecer com alguém que você conhece

s-ai-images-friend-title = Se acontecer com um amigo ou amiga
s-ai-images-friend-intro =
    Se alguém próximo de você foi alvo disso, seu jeito de reagir já pode fazer muita diferença.

    A pessoa pode sentir vergonha, raiva ou medo de que todo mundo já tenha visto. Pode não querer falar no começo, e tudo bem. O que ela mais precisa é saber que você está do lado dela.
s-ai-images-friend-intro-alt = Dois amigos lado a lado, um consolando o outro, ao lado de um celular que mostra uma imagem bloqueada.
s-ai-images-friend-support =
    O que ajuda:
    • “Eu acredito em você. A culpa não é sua.”
    • “Eu não compartilhei e não vou compartilhar.”
    • “Quer ajuda para denunciar, ou quer que eu vá com você contar a um adulto?”

    O que evitar: pedir para ver, culpar a pessoa por ter postado fotos ou contar a história dela para os outros.
s-ai-images-friend-q1 = Alguém próximo de você descobre que existe um nude falso dele ou dela. O que você diz primeiro?
s-ai-images-friend-q1-a = “Por que você postou aquela foto?”
s-ai-images-friend-q1-a-why = Talvez você só esteja tentando entender o que aconteceu. Mas soa como culpa, e o problema não foi a foto: foi quem fez a montagem.
s-ai-images-friend-q1-b = “Que horror. A culpa não é sua. Estou aqui.”
s-ai-images-friend-q1-b-why = Começar acreditando e apoiando ajuda a pessoa a se sentir menos sozinha. Depois, você pode ajudar a guardar provas, denunciar e contar a um adulto de confiança.
s-ai-images-friend-q1-c = “Me mostra, quero ver se está muito ruim.”
s-ai-images-friend-q1-c-why = Querer entender é natural. Mas olhar a imagem pode aumentar a vergonha da pessoa, e você não precisa ver para ajudar.
s-ai-images-friend-next-steps =
    Ajude a pessoa a dar os passos: prints de onde foi postado, denúncias no app e num canal de denúncia, e um adulto de confiança ou uma linha de apoio.

    Se ela parecer muito pra baixo, estiver sendo ameaçada ou pedir que você guarde tudo em segredo, conte mesmo assim a um adulto de confiança. Isso não é traição. É conseguir a ajuda de que ela precisa.
s-ai-images-friend-q2 = Alguém próximo implora para você não contar a ninguém, e parece muito pra baixo. O que você faz?
s-ai-images-friend-q2-a = Guardo o segredo, como pediram
s-ai-images-friend-q2-a-why = Lealdade é importante. Mas algumas coisas são pesadas demais para dois amigos carregarem sozinhos, e quando alguém está tão pra baixo, um adulto precisa saber.
s-ai-images-friend-q2-b = Conto a um adulto de confiança, e aviso a pessoa
s-ai-images-friend-q2-b-why = Você pode dizer: “Eu me importo demais com você para guardar isso só pra mim.” Um adulto de confiança ou uma linha de apoio pode apoiar vocês dois.
s-ai-images-friend-q2-c = Posto sobre isso para pararem de compartilhar
s-ai-images-friend-q2-c-why = Querer proteger a pessoa é bom. Mas uma publicação pode fazer mais gente ir procurar. Denunciar sem alarde e chamar um adulto funciona melhor.
s-ai-images-friend-what-to-do =
    <b>O que fazer</b>
    Acredite na pessoa. Não compartilhe e não peça para ver. Ajude a guardar provas, denunciar e contar a um adulto de confiança. Vocês também podem falar juntos com uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.
