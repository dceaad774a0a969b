## Série: Adolescentes mais velhos: relacionamentos e riscos (older-teens), para jovens de 16 e 17 anos.
## Baseada nas orientações do eSafety, do ThinkUKnow Austrália, do NCMEC, da Kids Helpline e da One Love, parafraseadas.
## Português do Brasil, tratamento por "você".

s-older-teens-title = Relacionamentos, imagens e propostas
s-older-teens-about = Para quem tem 16 ou 17 anos: consentimento e respeito online, imagens e a lei, apps de namoro e adultos, propostas boas demais para ser verdade e como diferenciar um relacionamento saudável de um controlador.

## Lição 1: Consentimento e respeito online

s-older-teens-consent-title = Consentimento e respeito online
s-older-teens-consent-intro =
    Flerte, encontros e namoro também acontecem online, e isso pode ser ótimo. A regra é a mesma de fora da internet: <b>consentimento</b>.

    Consentimento quer dizer que as duas pessoas concordam livremente, todas as vezes. Qualquer uma das duas pode dizer não, ou mudar de ideia, a qualquer momento.
s-older-teens-consent-intro-alt = Dois adolescentes sorrindo com celulares, trocando um sinal de certo e um coração em balões de conversa.
s-older-teens-consent-what-it-means =
    Online, consentimento quer dizer:
    • Perguntar antes de mandar qualquer coisa sexual. Mandar nudes que ninguém pediu não está certo.
    • Perguntar antes de compartilhar a foto, as mensagens ou os prints de alguém.
    • Aceitar um não, ou a falta de resposta, sem insistir, fazer chantagem emocional ou fazer cara feia.
    • Saber que um sim dado sob pressão, medo ou ameaça não é um sim de verdade.
s-older-teens-consent-q1 = Quem você namora diz que não quer trocar mensagens picantes hoje. Qual é a resposta respeitosa?
s-older-teens-consent-q1-a = “Tudo bem, sem problema.”
s-older-teens-consent-q1-a-why = Aceitar um não sem pressão mostra respeito e cria confiança. Um “não” já é uma resposta completa.
s-older-teens-consent-q1-b = Pedir de novo de outro jeito
s-older-teens-consent-q1-b-why = Querer se sentir perto é normal. Mas pedir de novo e de novo é pressão, e pressão não é consentimento.
s-older-teens-consent-q1-c = “Se você me amasse, faria.”
s-older-teens-consent-q1-c-why = Levar um fora pode doer. Mas fazer chantagem emocional é pressão, e isso estraga a confiança. Não é não.
s-older-teens-consent-can-change =
    O consentimento pode mudar. Um sim ontem não quer dizer sim hoje. Mandar uma foto não quer dizer concordar em mandar mais, nem que ela seja compartilhada.

    Se alguém compartilhar suas mensagens ou imagens privadas sem perguntar a você, a responsabilidade é dessa pessoa, não sua. Você pode pedir que ela apague, denunciar e buscar ajuda.
s-older-teens-consent-what-to-do =
    <b>O que fazer</b>
    Pergunte, escute e aceite o não. Se alguém pressionar você, ou compartilhar algo seu sem consentimento, guarde provas, bloqueie e denuncie, e converse com um adulto de confiança ou com uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 2: Imagens e a lei

s-older-teens-images-law-title = Imagens e a lei
s-older-teens-images-law-intro =
    Muitos adolescentes se perguntam o que a lei diz sobre nudes. As leis mudam de um país para outro, mas existe uma regra geral que vale a pena conhecer.
s-older-teens-images-law-intro-alt = Uma balança equilibrada ao lado de um escudo verde com um sinal de certo.
s-older-teens-images-law-the-law =
    Em muitos países, produzir, pedir, guardar ou compartilhar imagens sexuais de <b>qualquer pessoa com menos de 18 anos</b> é contra a lei. Isso pode valer até para uma selfie, até entre dois adolescentes da mesma idade e até quando os dois concordaram. Em alguns lugares, vale também para imagens editadas ou montagens.

    Essas leis existem para proteger os jovens da exploração. Se uma imagem sua estiver circulando, pedir ajuda é sempre o passo certo.
s-older-teens-images-law-most-say-no =
    Pode parecer que todo mundo manda nudes. A maioria não manda. Numa pesquisa do eSafety com jovens de 14 a 17 anos, 73% dos que tinham recebido um pedido de nude disseram que não mandaram (eSafety, 2017).

    Dizer não é normal. Você não precisa de motivo, e isso não faz de você uma pessoa sem graça.
s-older-teens-images-law-q1 = Quem você namora tem 17 anos, quer trocar nudes e diz que tudo bem porque vocês dois já têm quase 18. O que é verdade?
s-older-teens-images-law-q1-a = Tudo bem, nós dois concordamos
s-older-teens-images-law-q1-a-why = Concordar é muito importante num relacionamento. Mas, em muitos países, imagens sexuais de menores de 18 anos são ilegais mesmo com consentimento. E, depois de enviadas, você não controla para onde vão.
s-older-teens-images-law-q1-b = Tudo bem se o app apagar depois
s-older-teens-images-law-q1-b-why = Mensagens temporárias ainda podem virar print ou ser filmadas. E as configurações de um app não mudam a lei.
s-older-teens-images-law-q1-c = Em muitos países é ilegal antes dos 18, mesmo se concordamos
s-older-teens-images-law-q1-c-why = Muitos países tratam imagens sexuais de menores de 18 anos como ilegais, não importa quem tirou. Dizer não, ou esperar, protege vocês dois.
s-older-teens-images-law-if-shared =
    Se uma imagem sua foi compartilhada, ou se alguém ameaça compartilhar: não é tarde demais. Não pague e não mande mais nada. Guarde provas e denuncie.

    O <b>Take It Down</b> (takeitdown.ncmec.org) serve para imagens de antes dos seus 18 anos. E, se alguém mandar para você um nude de outro adolescente, não encaminhe: denuncie e depois apague.
s-older-teens-images-law-what-to-do =
    <b>O que fazer</b>
    Você sempre pode dizer não. Nunca encaminhe um nude de outra pessoa. Se uma imagem sua estiver circulando, use o takeitdown.ncmec.org, denuncie no app e num canal de denúncia, e converse com um adulto de confiança ou com uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 3: Apps de namoro e adultos

s-older-teens-dating-apps-title = Apps de namoro e adultos
s-older-teens-dating-apps-intro =
    A maioria dos grandes apps de namoro é só para adultos: as regras dizem que é preciso ter 18 anos ou mais. O Tinder, por exemplo, só aceita pessoas a partir de 18 anos.

    Essa regra existe por um motivo. Os apps de namoro estão cheios de adultos procurando adultos, e mentir a idade coloca você na frente de pessoas que não deveriam entrar em contato com você.
s-older-teens-dating-apps-intro-alt = Um adolescente levanta a mão e se afasta de um celular com um app de namoro aberto, ao lado de um sinal de entrada proibida.
s-older-teens-dating-apps-adults-red-flag =
    Um adulto que quer um relacionamento romântico ou sexual com alguém de menos de 18 anos é um <b>sinal de alerta</b>, não um elogio, mesmo que diga que você tem maturidade e mesmo que seja gentil com você.

    Fique de olho em adultos que querem manter a relação em segredo, mandam presentes ou dinheiro, pedem fotos, querem encontrar você a sós ou dizem que idade é “só um número”. Adultos que se importam com os jovens respeitam os limites de idade.
s-older-teens-dating-apps-q1 = Você tem 16 anos. Uma pessoa de 24 que você conheceu online diz que você tem muita maturidade para sua idade e quer um encontro. O que é isso?
s-older-teens-dating-apps-q1-a = Um elogio, devo ter maturidade mesmo
s-older-teens-dating-apps-q1-a-why = É bom receber atenção. Mas “você tem cabeça de adulto” é uma frase bem conhecida que adultos usam para se aproximar de adolescentes.
s-older-teens-dating-apps-q1-b = Um sinal de alerta: um adulto atrás de um adolescente
s-older-teens-dating-apps-q1-b-why = Um adulto que quer namorar alguém de menos de 18 anos não é seguro, por mais gentil que pareça. Pare de responder, não vá ao encontro, guarde a conversa e conte a um adulto de confiança.
s-older-teens-dating-apps-q1-c = Tudo bem se for num lugar público
s-older-teens-dating-apps-q1-c-why = Encontrar alguém num lugar público é um bom hábito entre adultos que saem com adultos. Mas aqui o problema é um adulto querendo um relacionamento com um adolescente. Não vá.
s-older-teens-dating-apps-meeting-people =
    Se você conhece pessoas online na sua idade:
    • Use apps feitos para sua idade e deixe seus perfis privados.
    • Nunca vá sem companhia a um encontro com alguém que você só conhece online. Avise um adulto aonde você vai e combine num lugar público.
    • Se um adulto flertar com você ou pedir fotos, você pode sair, bloquear e denunciar, e não vai ter problemas por isso.
s-older-teens-dating-apps-what-to-do =
    <b>O que fazer</b>
    Fique longe de apps para maiores de 18. Se um adulto for atrás de você online: pare de responder, não vá a nenhum encontro, guarde as mensagens, bloqueie e denuncie, e conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países). O errado é o comportamento dele, não o seu.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 4: Propostas boas demais para ser verdade

s-older-teens-offers-title = Boas demais para ser verdade
s-older-teens-offers-intro =
    “Você tem cara de modelo.” “Dinheiro fácil, só umas fotos.” “Eu mando um gift card se você…”

    Propostas assim chegam por DM, nos comentários e em jogos. Algumas são golpes para tirar seu dinheiro. Outras são um jeito de conseguir fotos suas, que depois podem ser usadas para pressionar ou chantagear você.
s-older-teens-offers-intro-alt = Uma proposta brilhante num envelope sendo examinada com uma lupa, ao lado de um sinal de entrada proibida.
s-older-teens-offers-fake-modelling =
    <b>Falsas propostas de modelo ou de trabalho</b>: agências de verdade não procuram adolescentes por DM pedindo fotos de roupa íntima, fotos nuas ou uma chamada de vídeo privada. Agências de modelos já alertaram que falsos olheiros fazem exatamente isso.

    Se uma proposta parecer real, confira com um adulto de confiança: pesquise a empresa por conta própria e entre em contato pelo site oficial, não pelo link que mandaram para você.
s-older-teens-offers-easy-money =
    <b>Dinheiro fácil</b>: propostas de pagar você por fotos, por conversas privadas ou por “só uns minutinhos na câmera” são armadilhas. Você pode perder dinheiro ou acabar sofrendo chantagem.

    <b>Presentes em troca de fotos</b>: dinheiro, gift cards, créditos de jogo ou roupas em troca de fotos é exploração, mesmo que comece com “só uma selfie”. Os pedidos costumam aumentar.
s-older-teens-offers-q1 = Um “olheiro” manda mensagem: você poderia ser modelo, é só mandar umas fotos de roupa íntima para começar. O que você faz?
s-older-teens-offers-q1-a = Mando, é uma grande chance
s-older-teens-offers-q1-a-why = Sonhar alto é ótimo, e os golpistas se aproveitam disso. Agências de verdade não pedem fotos de roupa íntima por DM.
s-older-teens-offers-q1-b = Mando, mas escondendo o rosto
s-older-teens-offers-q1-b-why = Esconder o rosto mostra que você está tomando cuidado. Mas você ainda estaria dando fotos íntimas a um desconhecido, e elas podem ser usadas para pressionar você.
s-older-teens-offers-q1-c = Não mando; confiro a agência com um adulto
s-older-teens-offers-q1-c-why = Uma proposta de verdade continua de pé depois que você confere. Bloqueie e denuncie a conta, e converse sobre isso com um adulto de confiança.
s-older-teens-offers-what-to-do =
    <b>O que fazer</b>
    Se uma proposta pede fotos, dinheiro adiantado ou segredo, não é uma proposta de verdade. Não mande nada. Guarde as mensagens, bloqueie e denuncie a conta, e conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países). Se você já mandou algo, você não vai ter problemas: peça ajuda agora.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 5: Saudável ou controlador?

s-older-teens-healthy-title = Saudável ou controlador?
s-older-teens-healthy-intro =
    Um bom relacionamento, online e fora da internet, faz você se sentir em segurança, com respeito e livre para ser quem você é.

    Discussões e um pouco de ciúme acontecem às vezes. Controle é diferente: é uma pessoa tentando decidir o que a outra faz.
s-older-teens-healthy-intro-alt = Dois adolescentes sorrindo lado a lado com um coração em cima, um sinal de certo verde e um cadeado aberto.
s-older-teens-healthy-healthy =
    Um relacionamento <b>saudável</b> é assim:
    • Cada um tem seus amigos, seu tempo e sua privacidade.
    • Vocês conversam sobre os problemas e os dois escutam.
    • Qualquer um dos dois pode dizer não, e tudo bem.
    • Você não precisa passar senhas nem sua localização para provar nada.
    • Perto dessa pessoa, você gosta de quem você é.
s-older-teens-healthy-controlling =
    Um relacionamento <b>controlador</b> é assim:
    • Mexer no seu celular ou exigir suas senhas ou sua localização.
    • Ficar com raiva se você não responde na hora.
    • Dizer quem você deve seguir, bloquear ou com quem pode falar.
    • Humilhar você, no privado ou em posts.
    • Pressionar você a mandar nudes, ou ameaçar compartilhar fotos.

    Esses são sinais de alerta de abuso digital. Isso não é amor, e a culpa não é sua.
s-older-teens-healthy-q1 = Quem você namora quer suas senhas “para provar que você não está escondendo nada”. O que é verdade?
s-older-teens-healthy-q1-a = Justo, casais compartilham tudo
s-older-teens-healthy-q1-a-why = Alguns casais escolhem compartilhar coisas, por livre vontade. Mas exigir senhas como prova é controle, não confiança.
s-older-teens-healthy-q1-b = É sinal de controle, não de confiança
s-older-teens-healthy-q1-b-why = Num relacionamento saudável, a confiança não precisa de provas assim. Você pode dizer não e conversar com alguém de confiança se isso continuar acontecendo.
s-older-teens-healthy-q1-c = Só é problema se a pessoa ler minhas mensagens
s-older-teens-healthy-q1-c-why = É justo esperar que a pessoa não vá bisbilhotar. Mas exigir acesso já é controle, usando ou não.
s-older-teens-healthy-a-friend =
    Às vezes, é mais fácil perceber controle no relacionamento de alguém próximo do que no seu.

    Se alguém próximo preocupa você, diga o que percebeu, sem julgar a pessoa nem quem ela namora. Escute. Lembre que a culpa não é dela e que ela merece se sentir em segurança. Continue por perto, mesmo que ela ainda não esteja pronta para agir.
s-older-teens-healthy-q2 = Quem namora uma amiga sua mexe no celular dela e fica com raiva quando ela encontra os amigos. Como você pode ajudar?
s-older-teens-healthy-q2-a = Ficar de fora, o relacionamento é deles
s-older-teens-healthy-q2-a-why = Pode ser constrangedor se envolver. Mas quem está num relacionamento controlador pode se sentir muito só, e um apoio delicado faz diferença.
s-older-teens-healthy-q2-b = Dizer para quem ela namora parar com isso
s-older-teens-healthy-q2-b-why = Você quer proteger sua amiga, e isso é bonito. Mas enfrentar quem ela namora pode piorar as coisas para ela. Converse primeiro com sua amiga.
s-older-teens-healthy-q2-c = Escutar, não julgar, sugerir que ela converse com alguém
s-older-teens-healthy-q2-c-why = Diga que você percebeu e que se importa, e que a culpa não é dela. Sugira um adulto de confiança ou uma linha de apoio, e continue presente para ela.
s-older-teens-healthy-what-to-do =
    <b>O que fazer</b>
    Se um relacionamento parece controlador, você merece coisa melhor, e a culpa não é sua. Converse com um adulto de confiança ou com uma linha de apoio para jovens (116 111 em muitos países). Se algum dia você tiver medo pela sua segurança, ligue para o número de emergência do seu país.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.
