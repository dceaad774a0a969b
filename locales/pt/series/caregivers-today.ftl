## Série: Os riscos online de hoje (caregivers-today), para mães, pais e responsáveis.
## Estrutura: content/series/caregivers-today.yaml. Baseada no NCMEC, na Thorn, nos alertas do FBI, no eSafety
## Commissioner, na Polícia Federal Australiana, no CEOP Thinkuknow e na NSPCC (parafraseados; fontes no yaml).
## Português do Brasil, tratamento por "você", em tom respeitoso.

s-caregivers-today-title = Os riscos online de hoje
s-caregivers-today-about = Cinco lições curtas para mães, pais e responsáveis: imagens falsas feitas com IA, sextorsão, jogos e lives, configurações feitas em conjunto e o que dizer se seu filho ou filha contar que algo aconteceu.

## Lição 1: Imagens falsas feitas com IA

s-caregivers-today-ai-images-title = Imagens falsas feitas com IA
s-caregivers-today-ai-images-intro =
    Alguns apps e sites conseguem transformar uma foto comum, como uma selfie ou uma foto da escola, numa imagem falsa de nudez ou de cunho sexual. Costumam ser chamados de apps de "nudify" ou de deepfakes.

    A imagem é falsa, mas o dano é real. O NCMEC, organização de proteção à infância dos Estados Unidos, relata que imagens falsas são usadas para praticar bullying e humilhar crianças e adolescentes, e que agressores as usam para chantageá-los em troca de dinheiro ou de mais imagens. Criar ou compartilhar uma imagem sexual de uma criança ou adolescente, mesmo falsa, é abuso e pode ser crime.
s-caregivers-today-ai-images-intro-alt = Uma foto num celular é copiada por IA numa imagem alterada, com moldura tracejada e um sinal de alerta, ao lado de um escudo e de uma bandeira de denúncia.
s-caregivers-today-ai-images-how-common =
    Isso não é raro. Numa pesquisa da Thorn com jovens de 9 a 17 anos, 11% disseram acreditar que amigos ou colegas de turma tinham usado ferramentas de IA para criar imagens de nudez de outras crianças e adolescentes (Thorn, 2025).

    Por isso, vale a pena falar sobre o assunto antes que algo aconteça, com calma, como mais um tema das conversas em família.
s-caregivers-today-ai-images-q1 = Sua filha conta que um nude falso dela, feito com um app, está circulando na turma. O que é verdade?
s-caregivers-today-ai-images-q1-a = É falso, então não é grave
s-caregivers-today-ai-images-q1-a-why = Pode parecer menos grave porque a imagem não é real. Mas ela pode se espalhar como uma imagem real, e a vergonha, o medo e o bullying que traz são reais. Merece o mesmo cuidado.
s-caregivers-today-ai-images-q1-b = É abuso, e a culpa não é dela
s-caregivers-today-ai-images-q1-b-why = A responsabilidade é de quem criou ou compartilhou a imagem, não da sua filha. Imagens sexuais falsas de crianças e adolescentes podem ser denunciadas e removidas, e o que ela mais precisa agora é do seu apoio.
s-caregivers-today-ai-images-q1-c = Ela deveria postar menos fotos
s-caregivers-today-ai-images-q1-c-why = Compartilhar fotos faz parte de crescer, e quase qualquer imagem pode ser mal usada. Essa resposta coloca a culpa nela, e não em quem fez a montagem.
s-caregivers-today-ai-images-if-it-happens =
    <b>Se acontecer com seu filho ou filha</b>
    • Mantenha a calma e diga que a culpa não é dele ou dela.
    • Não salve, não copie nem encaminhe a imagem, nem como prova. Anote onde ela aparece (links, nomes de usuário) e tire prints das mensagens em volta.
    • Denuncie no app e num canal de denúncia ou à polícia.
    • O Take It Down (takeitdown.ncmec.org) pode ajudar a impedir que nudes de menores de 18 anos se espalhem nos apps participantes.
    • Se houver colegas envolvidos, avise a escola.
s-caregivers-today-ai-images-talk-first =
    Fale sobre isso antes que aconteça. Alguns jovens criam essas imagens "de brincadeira" ou por vingança, sem pensar no dano. Garanta que seu filho ou filha saiba que:
    • criar ou compartilhar um nude falso de qualquer pessoa causa um dano grave e pode ser crime
    • ao ver um, não deve passar adiante, e sim denunciar e contar a um adulto
    • se acontecer com ele ou ela, pode procurar você sem medo de castigo
s-caregivers-today-ai-images-q2 = Seu filho conta que um amigo compartilhou no grupo um nude de um colega de turma feito com IA. Qual é o melhor conselho?
s-caregivers-today-ai-images-q2-a = Apagar a conversa e esquecer
s-caregivers-today-ai-images-q2-a-why = Querer ficar de fora é compreensível. Mas a imagem continua se espalhando, e a pessoa da foto pode nem saber. Denunciar e contar a um adulto ajuda a parar isso.
s-caregivers-today-ai-images-q2-b = Não passar adiante; denunciar e contar a um adulto
s-caregivers-today-ai-images-q2-b-why = Não compartilhar impede que a imagem se espalhe, denunciar ajuda a removê-la, e um adulto pode envolver a escola. Uma palavra gentil para a pessoa da foto, que pode estar se sentindo muito só, também ajuda.
s-caregivers-today-ai-images-q2-c = Encaminhar para mim, para eu ver
s-caregivers-today-ai-images-q2-c-why = Querer entender é natural, mas encaminhar ou guardar uma imagem sexual de uma criança ou adolescente, mesmo falsa, pode ser crime. Pergunte onde ela foi compartilhada e denuncie.
s-caregivers-today-ai-images-what-to-do =
    <b>O que fazer</b>
    • Converse sobre imagens falsas com seu filho ou filha esta semana.
    • Se acontecer: mantenha a calma, não copie a imagem, anote onde ela está e denuncie no app e num canal de denúncia ou à polícia.
    • Uma linha de apoio para crianças e adolescentes (116 111 em muitos países) pode apoiar seu filho ou filha, e muitas vezes você também.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 2: Sextorsão financeira

s-caregivers-today-sextortion-title = Sextorsão: sinais e o que dizer
s-caregivers-today-sextortion-intro =
    A <b>sextorsão financeira</b> é chantagem por dinheiro. Alguém, muitas vezes se passando por garota ou por jovem, flerta com um adolescente e logo pede um nude ou uma chamada de vídeo. Depois vem a ameaça: "Paga, ou eu mando isso para seus amigos e sua família."

    Tudo pode começar e piorar em poucas horas, e o agressor pode falsificar uma imagem com IA. O FBI e o NCMEC alertam que os meninos adolescentes são os alvos mais comuns, mas pode acontecer com qualquer jovem, em qualquer família.
s-caregivers-today-sextortion-signs =
    Sinais de que algo pode estar errado:
    • pânico, medo ou choro repentinos depois de usar o celular
    • pedir dinheiro ou gift cards com urgência, sem motivo claro
    • uma nova "namorada" ou amizade online que avançou rápido demais
    • apagar contas ou apps às pressas, ou evitar o celular
    • isolar-se, ou falar como se não houvesse saída

    Se algum dia você temer pela segurança do seu filho ou filha, busque ajuda urgente imediatamente.
s-caregivers-today-sextortion-what-to-say =
    <b>O que dizer</b>
    Antes que algo aconteça: "Se alguém um dia ameaçar você com uma foto, venha falar comigo. Isso acontece com muita gente. Eu vou ajudar, não castigar."

    Se ele ou ela contar: "Ainda bem que você me contou. Você não vai ter problemas. Vamos resolver isso juntos." Deixe o "por que você mandou?" para muito depois, ou para nunca. Sua calma é o que mais ajuda.
s-caregivers-today-sextortion-what-to-say-alt = Uma mãe ou um pai, no sofá, abraça um menino adolescente pelos ombros, com um escudo e um coração por perto.
s-caregivers-today-sextortion-q1 = Seu filho, em pânico, diz que alguém vai mandar a foto dele para todo mundo se ele não pagar hoje à noite. O que você diz primeiro?
s-caregivers-today-sextortion-q1-a = "Como você pôde ser tão descuidado?"
s-caregivers-today-sextortion-q1-a-why = Choque e raiva são naturais. Mas a culpa faz um adolescente assustado se fechar justo quando ele precisa continuar conversando com você. As perguntas podem esperar.
s-caregivers-today-sextortion-q1-b = "Ainda bem que você me contou. Vamos resolver isso juntos."
s-caregivers-today-sextortion-q1-b-why = O agradecimento e a calma mostram que ele fez a coisa certa ao procurar você. Chantagistas contam com a vergonha e o pânico; uma reação serena tira esse poder deles.
s-caregivers-today-sextortion-q1-c = "Paga logo, para isso acabar."
s-caregivers-today-sextortion-q1-c-why = Querer que acabe logo faz sentido. Mas pagar raramente resolve: os chantagistas costumam pedir mais e podem divulgar a imagem mesmo assim.
s-caregivers-today-sextortion-next-steps =
    <b>Próximos passos</b>
    • Não pague e não mande mais nada. Pare de responder.
    • Guarde provas: prints das mensagens, o nome da conta e o link do perfil, e os dados de pagamento que mandaram.
    • Bloqueie e denuncie a conta, mas não apague ainda a conta do seu filho ou filha nem a conversa.
    • Denuncie à polícia ou ao canal de denúncia do seu país.
    • O Take It Down pode ajudar a impedir que um nude de um menor de 18 anos se espalhe.
s-caregivers-today-sextortion-q2 = O que deve acontecer com a conta do seu filho e com a conversa?
s-caregivers-today-sextortion-q2-a = Apagar tudo imediatamente
s-caregivers-today-sextortion-q2-a-why = Querer que tudo desapareça é uma reação muito natural. Mas apagar a conta ou a conversa pode eliminar as provas de que a polícia e as plataformas precisam para deter o chantagista.
s-caregivers-today-sextortion-q2-b = Bloquear o chantagista, mas manter a conversa
s-caregivers-today-sextortion-q2-b-why = Bloquear interrompe o contato, e manter a conversa e a conta preserva as provas. Depois, denuncie a conta na plataforma e à polícia ou a um canal de denúncia.
s-caregivers-today-sextortion-q2-c = Responder e ameaçar a pessoa por conta própria
s-caregivers-today-sextortion-q2-c-why = A raiva de quem faz isso é compreensível. Mas confrontar a pessoa pode piorar as coisas e alertá-la antes que a polícia possa agir. Deixe isso com a plataforma, o canal de denúncia ou a polícia.
s-caregivers-today-sextortion-what-to-do =
    <b>O que fazer</b>
    Diga em voz alta esta semana: "Você sempre pode vir falar comigo, mesmo sobre uma foto." Se acontecer: mantenha a calma, não pague, guarde as provas, bloqueie e denuncie. Fique perto do seu filho ou filha nos dias seguintes e busque apoio.

    Se seu filho ou filha puder estar em perigo ou falar em se machucar, ligue agora para o número de emergência do seu país.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 3: Jogos e lives

s-caregivers-today-games-title = Jogos, lives e presentes
s-caregivers-today-games-intro =
    Jogos são espaços sociais. Crianças e adolescentes jogam juntos, conversam por voz e por texto, fazem amizades e assistem a lives. Numa pesquisa australiana, 8 em cada 10 adolescentes jogavam online com outras pessoas (eSafety Commissioner, 2021).

    Quase tudo isso é diversão saudável. Mas os recursos que tornam os jogos sociais (chat de voz, pedidos de amizade, presentes e mensagens privadas) também podem ser usados por alguém que quer fazer mal a uma criança ou adolescente.
s-caregivers-today-games-intro-alt = Um adolescente com fone de ouvido segura um controle diante de uma tela que mostra um presente, moedas e balões de conversa.
s-caregivers-today-games-misused =
    Como esses recursos podem ser mal usados:
    • O <b>chat de voz</b> pode fazer um desconhecido parecer amigo muito depressa.
    • <b>Presentes</b> como skins, moedas ou créditos do jogo, seguidos de "você me deve". A polícia australiana alerta que agressores usam moedas de jogos para aliciar crianças.
    • <b>Um app privado</b>: a pessoa pede para levar a conversa para onde ninguém mais vê.
    • <b>Lives</b>: espectadores podem mandar presentes virtuais, pedir "desafios" ou pedir para conversar no privado.
s-caregivers-today-games-q1 = Um jogador vem dando moedas do jogo para seu filho ou filha de 13 anos e agora quer conversar em outro app. O que é isso?
s-caregivers-today-games-q1-a = Generosidade normal entre gamers
s-caregivers-today-games-q1-a-why = Gamers de fato compartilham e se ajudam. Mas presentes seguidos de pressão para ir a um app privado são um padrão conhecido de aliciamento (grooming), e vale uma conversa tranquila.
s-caregivers-today-games-q1-b = Um sinal de alerta: presentes e depois chat privado
s-caregivers-today-games-q1-b-why = Presentes podem criar a sensação de estar devendo algo, e um app privado tira a conversa de vista. Juntos, são um padrão comum de aliciamento. Converse com calma: a culpa não é do seu filho ou filha.
s-caregivers-today-games-q1-c = Só é problema se a pessoa pedir dinheiro
s-caregivers-today-games-q1-c-why = Dinheiro é um risco, mas não o único. Aliciadores muitas vezes querem confiança, segredo, imagens ou um encontro, e podem nunca falar em dinheiro.
s-caregivers-today-games-together =
    Configure os jogos em conjunto:
    • De vez em quando, jogue ou assista junto e pergunte com quem seu filho ou filha joga.
    • Veja quem pode conversar no chat (só amigos é um bom começo) e se o chat de voz está ativado.
    • Ative a aprovação de compras, para que presentes e gastos fiquem visíveis.
    • Nas lives, confira quem pode assistir, comentar e mandar presentes.
    • Combinem o que fazer se alguém pedir segredo, fotos ou um chat privado: sair, bloquear, denunciar e contar a você.
s-caregivers-today-games-q2 = Seu filho ou filha de 15 anos faz lives de jogos. Um espectador manda presentes e pede uma chamada de vídeo privada. O que ajuda mais?
s-caregivers-today-games-q2-a = Deixar o jovem decidir: o canal é dele
s-caregivers-today-games-q2-a-why = Dar independência aos adolescentes é importante. Mas um espectador que manda presentes e depois pede para ir ao privado é um sinal de alerta, e seu filho ou filha não deveria enfrentar isso sem apoio.
s-caregivers-today-games-q2-b = Conversar: bloquear, denunciar, manter público
s-caregivers-today-games-q2-b-why = Presentes seguidos de um pedido para ir ao privado são um sinal de alerta conhecido. Bloquear e denunciar o espectador, e manter as lives públicas ou só para amigos, protege seu filho ou filha.
s-caregivers-today-games-q2-c = Proibir jogos e lives de vez
s-caregivers-today-games-q2-c-why = Uma proibição pode parecer o mais seguro, mas pode ensinar a esconder as coisas da próxima vez. Continuar por perto e combinar regras em conjunto protege mais e mantém a conversa aberta.
s-caregivers-today-games-what-to-do =
    <b>O que fazer</b>
    • Peça ao seu filho ou filha para mostrar o jogo favorito esta semana.
    • Confiram juntos as configurações de chat, de voz e de compras.
    • Lembre que um presente nunca significa que se deve algo a alguém.
    • Se alguém passou dos limites: guarde prints, bloqueie e denuncie no jogo, e denuncie pedidos sexuais à polícia ou a um canal de denúncia.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 4: Configurações e ferramentas, em conjunto

s-caregivers-today-settings-title = Configurações, em conjunto
s-caregivers-today-settings-intro =
    O controle parental e as configurações de segurança podem ajudar, principalmente com adolescentes mais novos. Funcionam melhor quando combinam com a idade e quando você os configura junto com seu filho ou filha, e não pelas costas.

    Um adolescente mais novo pode precisar de mais limites. À medida que crescem, os jovens precisam de mais independência, junto com um plano para quando algo der errado.
s-caregivers-today-settings-intro-alt = Uma mãe ou um pai e um adolescente, um de cada lado de um celular com botões de configuração, embaixo de um cadeado.
s-caregivers-today-settings-tools =
    Ferramentas úteis:
    • <b>Controles do celular e do console</b>: aprovar novos apps e compras, definir tempo de tela.
    • <b>Configurações dos apps</b>: conta privada, quem pode mandar mensagem ou comentar, sem localização.
    • <b>Recursos para famílias</b>: muitos apps e jogos permitem vincular a conta do responsável à do adolescente para gerenciar configurações. Veja o que cada um mostra e conte ao jovem.
    • <b>No Telegram</b>: quem vê o número de telefone do jovem e quem pode adicioná-lo a grupos.
s-caregivers-today-settings-open =
    Transparência funciona melhor do que segredo. Ler escondido as mensagens do seu filho ou filha pode quebrar a confiança e, se ele ou ela descobrir, pode esconder mais ou migrar para apps que você não conhece. Diga o que você consegue ver e por quê.

    Trate as configurações como qualquer outra regra da família: combinem, expliquem e revisem à medida que seu filho ou filha cresce.
s-caregivers-today-settings-q1 = Seu filho ou filha de 13 anos vai ganhar o primeiro celular. Qual é o melhor começo?
s-caregivers-today-settings-q1-a = Um app de monitoramento escondido
s-caregivers-today-settings-q1-a-why = Querer saber que está tudo bem é natural. Mas o monitoramento escondido pode quebrar a confiança quando é descoberto, e não ensina o que fazer quando algo dá errado.
s-caregivers-today-settings-q1-b = Configurar os controles juntos e explicar por quê
s-caregivers-today-settings-q1-b-why = Quando o jovem sabe o que foi configurado e por quê, é mais provável que mantenha as configurações e que procure você quando algo der errado. Revise as configurações à medida que ele ou ela cresce.
s-caregivers-today-settings-q1-c = Nenhuma configuração: a confiança basta
s-caregivers-today-settings-q1-c-why = A confiança é o mais importante, e as configurações a apoiam, não a substituem. As configurações de privacidade e de contato bloqueiam muitos contatos indesejados antes que comecem.
s-caregivers-today-settings-agreement =
    Um acordo em família ajuda. Decidam juntos:
    • quais apps e jogos estão liberados e quem pode entrar em contato
    • o que fica privado: endereço, escola, localização em tempo real
    • o que fazer se algo parecer errado: parar, tirar print, bloquear, denunciar, contar
    • sua promessa: contar a você nunca vai significar perder o celular

    Coloquem no papel e ajustem à medida que seu filho ou filha cresce.
s-caregivers-today-settings-q2 = Seu filho ou filha de 15 anos pede para você tirar um controle. O que você faz?
s-caregivers-today-settings-q2-a = Recusar: regra é regra
s-caregivers-today-settings-q2-a-why = Ser coerente é importante, mas recusar sem conversar pode levar um adolescente a procurar jeitos de driblar a regra. Uma conversa mantém você por perto.
s-caregivers-today-settings-q2-b = Conversar e combinar um período de teste
s-caregivers-today-settings-q2-b-why = Adolescentes mais velhos precisam de cada vez mais independência. Combinar o que muda, o que fica e como vocês vão acompanhar respeita o jovem e mantém a segurança no plano.
s-caregivers-today-settings-q2-c = Instalar um controle secreto em vez disso
s-caregivers-today-settings-q2-c-why = Pode parecer um meio-termo seguro, mas, se o adolescente descobrir, a confiança pode se quebrar e ele ou ela pode migrar para apps que você não vê.
s-caregivers-today-settings-what-to-do =
    <b>O que fazer</b>
    • Sente com seu filho ou filha esta semana e revejam juntos as configurações de um app.
    • Façam um acordo de família curto, incluindo sua promessa sobre o celular.
    • Combinem quando vão revisá-lo.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 5: Depois que seu filho ou filha contar

s-caregivers-today-after-telling-title = Quando seu filho ou filha contar
s-caregivers-today-after-telling-stay-calm =
    Se seu filho ou filha contar que algo aconteceu online, os primeiros minutos são os que mais importam. Respire fundo e mantenha a calma, mesmo que por dentro sinta choque ou raiva.

    Diga: "Ainda bem que você me contou. Você não vai ter problemas. A culpa não é sua." Acredite. Escute mais do que pergunta e não insista em todos os detalhes. Contar a você exigiu coragem.
s-caregivers-today-after-telling-stay-calm-alt = Uma mãe ou um pai no sofá abraça pelos ombros uma criança preocupada e escuta, com um balão de fala e um coração por perto.
s-caregivers-today-after-telling-phone =
    <b>Não tire o celular como castigo.</b> O medo de perder o celular é um dos principais motivos pelos quais crianças e adolescentes se calam. Tirá-lo pode parecer um castigo por ter contado, e isola o jovem dos amigos e do apoio.

    Se o celular for necessário como prova, explique que é para proteger, não uma punição, e decidam juntos o que acontece depois.
s-caregivers-today-after-telling-q1 = Seu filho ou filha conta que alguém vem pressionando por imagens. O que você diz primeiro?
s-caregivers-today-after-telling-q1-a = "Me dá seu celular, agora."
s-caregivers-today-after-telling-q1-a-why = Querer proteger é natural. Mas pegar o celular pode parecer castigo e fazer o jovem parar de falar. Agradeça primeiro e depois decidam juntos os próximos passos.
s-caregivers-today-after-telling-q1-b = "Ainda bem que você me contou. Você não vai ter problemas."
s-caregivers-today-after-telling-q1-b-why = Isso mostra que seu filho ou filha fez a coisa certa e está em segurança com você. E mantém a conversa aberta, da qual dependem os próximos passos.
s-caregivers-today-after-telling-q1-c = "Por que você foi responder?"
s-caregivers-today-after-telling-q1-c-why = Querer entender é natural, mas perguntas com "por que" soam como culpa neste momento. Foque primeiro na segurança; a história pode vir depois, no ritmo dele ou dela.
s-caregivers-today-after-telling-evidence =
    <b>Guarde provas e denuncie</b>
    • Tire prints das mensagens, nomes de usuário, links de perfil e datas. Não apague ainda a conversa nem a conta.
    • Nunca copie, salve ou encaminhe uma imagem sexual de uma criança ou adolescente, nem para denunciar. Anote onde ela está.
    • Denuncie a conta no app e num canal de denúncia ou à polícia.
    • O Take It Down pode ajudar a remover nudes de menores de 18 anos dos apps participantes.
    • Não entre em contato com a pessoa nem a confronte por conta própria.
s-caregivers-today-after-telling-support =
    <b>Busque apoio, para o jovem e para você</b>
    Uma linha de apoio para crianças e adolescentes pode conversar com o jovem, e muitas vezes com você; muitos países usam o 116 111. O orientador da escola ou um médico também podem ajudar.

    Nos dias seguintes, mantenha a rotina normal, pergunte com delicadeza como vão as coisas e observe mudanças de humor ou de sono. Cuide de você também: converse com alguém de confiança ou com uma linha de apoio para pais. Você não precisa carregar isso sem apoio.
s-caregivers-today-after-telling-q2 = Uma semana depois, seu filho ou filha parece bem. E agora?
s-caregivers-today-after-telling-q2-a = Nunca mais tocar no assunto
s-caregivers-today-after-telling-q2-a-why = Dar espaço é uma gentileza. Mas o silêncio pode dar a impressão de que o assunto está encerrado. Perguntar de leve, de vez em quando, mostra que a porta continua aberta.
s-caregivers-today-after-telling-q2-b = Perguntar com delicadeza de vez em quando
s-caregivers-today-after-telling-q2-b-why = Os sentimentos podem voltar mais tarde. Perguntas curtas e tranquilas mostram que você continua presente e ajudam a perceber se é preciso mais apoio.
s-caregivers-today-after-telling-q2-c = Pedir a história toda de novo
s-caregivers-today-after-telling-q2-c-why = Querer todos os detalhes é natural, mas contar de novo pode ser doloroso, e a polícia ou os profissionais podem precisar ouvir o relato diretamente. Deixe seu filho ou filha conduzir.
s-caregivers-today-after-telling-what-to-do =
    <b>O que fazer</b>
    Lembre-se das palavras: "Ainda bem que você me contou. Você não vai ter problemas. A culpa não é sua." Depois: nada de castigo, guarde as provas, denuncie e busque apoio.

    Se seu filho ou filha estiver em perigo imediato ou puder se machucar, ligue agora para o número de emergência do seu país.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Pergunta de um toque, feita uma vez no fim da série (content/series/caregivers-today.yaml voice_question)

s-caregivers-today-voice-first-step = Qual destas coisas você vai fazer primeiro?
s-caregivers-today-voice-first-step-ai-talk = Conversar com meu filho ou filha sobre imagens falsas de IA
s-caregivers-today-voice-first-step-photo-talk = Dizer que pode me procurar, mesmo sobre uma foto
s-caregivers-today-voice-first-step-play = Pedir para ver o jogo favorito dele ou dela
s-caregivers-today-voice-first-step-settings = Rever as configurações juntos
s-caregivers-today-voice-first-step-promise = Prometer que contar não vai significar perder o celular
