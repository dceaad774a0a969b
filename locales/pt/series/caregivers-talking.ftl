## Série: Proteger e manter a conversa (caregivers-talking)
## Público: mães, pais e cuidadores. Fontes parafraseadas: Thorn for Parents, NCMEC, eSafety Commissioner, UNICEF. Português neutro, tratamento por "você".

s-caregivers-talking-title = Proteger e manter a conversa
s-caregivers-talking-about = Cinco lições curtas para mães, pais e cuidadores: os riscos online de hoje, como falar sobre eles, os sinais a observar e o que fazer se seu filho ou filha precisar de ajuda.

## Lição 1: Os riscos online hoje

s-caregivers-talking-risks-today-title = Os riscos online hoje
s-caregivers-talking-risks-today-intro =
    Quase tudo o que os jovens fazem online é bom: amizades, aprendizagem, diversão. Vale a pena conhecer alguns riscos para poder orientá-los com calma.

    Não é preciso entender de tecnologia. Seu interesse e a confiança do seu filho ou filha valem mais do que qualquer app.
s-caregivers-talking-risks-today-three-cs =
    Os riscos online costumam ser de três tipos:
    • <b>Pessoas</b>: alguém se aproxima do seu filho ou filha para enganar, pressionar ou fazer mal.
    • <b>Conteúdos</b>: o jovem vê coisas que o perturbam ou prejudicam, como violência ou material sexual.
    • <b>Comportamentos</b>: a forma como os jovens se tratam, como o bullying ou compartilhar a foto de alguém.
s-caregivers-talking-risks-today-grooming =
    O aliciamento (grooming) acontece quando alguém cria uma ligação próxima com uma criança ou adolescente para abusar dela ou explorá-la.

    Muitas vezes começa com gentileza: atenção, elogios, presentes, "ninguém te entende como eu". Depois vem a pressão, e o medo e a vergonha são usados para que a criança fique calada. A pessoa pode fingir ser jovem ou ser alguém que a criança já conhece.
s-caregivers-talking-risks-today-numbers =
    Isso acontece mais do que muitas famílias pensam. Em uma pesquisa da Thorn, 22% das crianças e adolescentes que participaram disseram ter tido uma interação sexual online com um adulto (Thorn, 2023). Pode começar com uma mensagem amigável em um jogo ou em um chat.

    Saber isso é um motivo para conversar cedo, não para entrar em pânico.
s-caregivers-talking-risks-today-q1 = Como costuma começar o aliciamento?
s-caregivers-talking-risks-today-q1-a = Com ameaças logo na primeira mensagem
s-caregivers-talking-risks-today-q1-a-why = As ameaças, quando existem, costumam vir mais tarde. O aliciamento tende a começar com gentileza e atenção, e é por isso que pode ser difícil de perceber.
s-caregivers-talking-risks-today-q1-b = Com atenção amigável e confiança
s-caregivers-talking-risks-today-q1-b-why = A pessoa ganha primeiro a confiança, com atenção, elogios ou presentes. Depois, usa o medo e a vergonha para manter o jovem em silêncio.
s-caregivers-talking-risks-today-q1-c = Só por desconhecidos com fotos falsas
s-caregivers-talking-risks-today-q1-c-why = Algumas pessoas usam perfis falsos, mas também pode ser alguém que o jovem já conhece, online ou pessoalmente.
s-caregivers-talking-risks-today-what-to-do =
    O que pode fazer esta semana:
    • Pergunte ao seu filho ou filha de que apps e jogos gosta, e peça que lhe mostre.
    • Diga que pode contar tudo o que acontece online, mesmo que ache que errou.
    • Guarde o número da linha de ajuda para crianças do seu país.

    Toque em <b>Pedir ajuda</b> a qualquer momento para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 2: Conversar cedo e com frequência, sem vergonha nem castigo

s-caregivers-talking-talking-title = Conversar cedo e com frequência
s-caregivers-talking-talking-intro =
    Conversas curtas e frequentes funcionam melhor do que uma única grande conversa. Pergunte sobre a vida online como pergunta sobre a escola ou os amigos: no jantar, no carro, durante uma série.

    Comece antes de surgir algum problema, para que falar disso seja normal. Ouça mais do que fala.
s-caregivers-talking-talking-red-flags =
    Avisar sobre "desconhecidos" não basta: alguém com quem o jovem conversa há semanas já parece um amigo. Em vez disso, ensine os sinais de alerta. Atenção a quem:
    • pede para guardar segredos
    • quer levar a conversa para um lugar mais privado
    • oferece presentes, dinheiro ou créditos de jogo
    • pede fotos ou puxa conversa sobre sexo
    • elogia demais, pressiona ou ameaça
s-caregivers-talking-talking-exit-plan =
    Ajude seu filho ou filha a preparar uma saída antes de precisar dela. Combinem o que fazer quando uma conversa incomoda: parar de responder, sair, bloquear, denunciar e vir falar com você.

    Dê uma desculpa fácil: "Pode pôr a culpa em mim. Diga que seus pais não deixam." Pratiquem juntos.
s-caregivers-talking-talking-no-shame =
    Muitos jovens ficam calados por medo de castigo ou de perder o telefone. Diga com clareza: "Aconteça o que acontecer online, você pode me contar. Não vai ter problemas e eu não vou tirar seu telefone por isso."

    Depois, cumpra a promessa. Quando alguém faz mal a um jovem, a culpa é dessa pessoa, nunca do jovem.
s-caregivers-talking-talking-q1 = Que mensagem ajuda mais seu filho ou filha?
s-caregivers-talking-talking-q1-a = "Nunca fale com desconhecidos online."
s-caregivers-talking-talking-q1-a-why = Parece seguro, mas ajuda pouco. Um amigo online de longa data não parece um desconhecido, e o mal também pode vir de pessoas conhecidas.
s-caregivers-talking-talking-q1-b = "Se alguém te deixar desconfortável, fale comigo."
s-caregivers-talking-talking-q1-b-why = Esta mensagem fala do comportamento da pessoa, não de quem ela é, e mostra ao jovem que pode sempre contar com você.
s-caregivers-talking-talking-q1-c = "Se houver algum problema, fica sem telefone."
s-caregivers-talking-talking-q1-c-why = O medo de perder o telefone é uma das principais razões pelas quais os jovens se calam. A ameaça de castigo torna menos provável que venham falar com você.
s-caregivers-talking-talking-q2 = Seu filho ou filha conta que um amigo de um jogo pediu para guardar um segredo. O que diz primeiro?
s-caregivers-talking-talking-q2-a = "Ainda bem que você me contou."
s-caregivers-talking-talking-q2-a-why = Agradecer primeiro mostra que ele fez bem em contar. Depois, você pode perguntar com calma o que aconteceu, e vocês decidem juntos os próximos passos.
s-caregivers-talking-talking-q2-b = "Quem mandou falar com essa pessoa?"
s-caregivers-talking-talking-q2-b-why = Isso pode soar como acusação, e o jovem pode deixar de contar as coisas para você. Pergunte o que aconteceu mais tarde, com calma e sem julgar.
s-caregivers-talking-talking-q2-c = "Acabou, chega de jogos."
s-caregivers-talking-talking-q2-c-why = Uma proibição parece um castigo por ter falado, e da próxima vez o jovem pode ficar calado. O foco é proteger sem deixar de conversar.
s-caregivers-talking-talking-what-to-do =
    Experimente esta semana:
    • Faça uma pergunta aberta, como "O que é o melhor e o pior de estar online agora?"
    • Combinem juntos um plano de saída.
    • Diga em voz alta que não vai haver castigo por contar.

    Toque em <b>Pedir ajuda</b> a qualquer momento para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 3: Sinais de alerta

s-caregivers-talking-warning-signs-title = Sinais de alerta
s-caregivers-talking-warning-signs-intro =
    Nenhum sinal sozinho prova que algo está errado. Muitos têm causas comuns, como provas, amizades ou simplesmente crescer.

    O que conta é a mudança: uma alteração repentina no comportamento, ou vários sinais ao mesmo tempo. Confie na sua intuição e deixe que ela leve a uma conversa tranquila, não a uma acusação.
s-caregivers-talking-warning-signs-device =
    Sinais ligados ao telefone e às pessoas com quem fala online:
    • esconde o telefone ou fecha apps depressa quando alguém chega
    • um novo "amigo" online de quem não quer falar, muitas vezes mais velho
    • usa o telefone até tarde da noite ou fica tenso quando chega uma mensagem
    • contas, apps ou um segundo telefone que você não conhecia
s-caregivers-talking-warning-signs-other-signs =
    Outros sinais a observar:
    • presentes, dinheiro, créditos de jogo ou um telefone novo de origem pouco clara
    • mudanças de humor: raiva, medo, tristeza, vergonha
    • se afasta da família ou dos amigos
    • dorme mal ou muda de repente na escola
    • fica abalado depois de usar o telefone, ou de repente passa a evitá-lo
s-caregivers-talking-warning-signs-q1 = Qual destas situações merece mais uma conversa tranquila?
s-caregivers-talking-warning-signs-q1-a = Jogar online com colegas de turma
s-caregivers-talking-warning-signs-q1-a-why = Normalmente é algo comum. Mostrar interesse pelos jogos é uma boa forma de manter a conversa, mas não é um sinal de alerta por si só.
s-caregivers-talking-warning-signs-q1-b = Um "amigo" online mais velho e secreto
s-caregivers-talking-warning-signs-q1-b-why = O segredo sobre alguém novo online, principalmente se for mais velho, é um sinal de alerta comum. Pergunte com delicadeza e sem culpar.
s-caregivers-talking-warning-signs-q1-c = Querer mais privacidade na adolescência
s-caregivers-talking-warning-signs-q1-c-why = Querer alguma privacidade faz parte de crescer. O que importa são as mudanças repentinas ou os segredos sobre uma pessoa específica, não a privacidade em geral.
s-caregivers-talking-warning-signs-how-to-ask =
    Se notar sinais, escolha um momento calmo. Lado a lado costuma ser mais fácil do que frente a frente: em uma caminhada ou no carro.

    Diga o que notou, não o que teme: "Notei que algumas mensagens te preocupam. Estou aqui, seja o que for." Não tire o telefone da mão dele à força. Se ainda não quiser falar, diga que a porta continua aberta.
s-caregivers-talking-warning-signs-q2 = Quando você entra, seu filho ou filha esconde o telefone e parece ansioso. Qual é um bom primeiro passo?
s-caregivers-talking-warning-signs-q2-a = Esperar que passe
s-caregivers-talking-warning-signs-q2-a-why = Pode não ser nada, mas esperar em silêncio pode deixar o jovem sozinho com um problema. Uma pergunta gentil custa pouco.
s-caregivers-talking-warning-signs-q2-b = Ler as mensagens às escondidas
s-caregivers-talking-warning-signs-q2-b-why = Vigiar às escondidas pode quebrar a confiança, e se o jovem descobrir, pode esconder ainda mais. Uma conversa calma é um primeiro passo melhor.
s-caregivers-talking-warning-signs-q2-c = Perguntar com calma, em um bom momento
s-caregivers-talking-warning-signs-q2-c-why = Dizer o que você notou, e que está ali para ajudar e não para castigar, mantém a porta aberta.
s-caregivers-talking-warning-signs-what-to-do =
    Próximos passos:
    • Preste atenção às mudanças, sem espiar.
    • Tenha uma conversa tranquila e lembre que não vai haver castigo.
    • Se o jovem contar que alguém lhe faz mal ou faz ameaças, veja a lição "Se seu filho ou filha contar".

    Toque em <b>Pedir ajuda</b> a qualquer momento para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 4: Se o seu filho ou filha contar

s-caregivers-talking-if-they-tell-title = Se seu filho ou filha contar
s-caregivers-talking-if-they-tell-stay-calm =
    Se seu filho ou filha contar que algo aconteceu online, sua reação é o que mais importa. Mantenha a calma, mesmo que por dentro sinta choque ou raiva.

    Diga: "Ainda bem que você me contou. Você não vai ter problemas. A culpa não é sua." Acredite, ouça e não insista em todos os detalhes. Contar exigiu coragem.
s-caregivers-talking-if-they-tell-evidence =
    Guarde provas: capturas de tela (prints) das mensagens, do nome e perfil da pessoa, e as datas. Não apague ainda a conversa nem a conta.

    <b>Importante:</b> nunca encaminhe, guarde ou capture uma imagem sexual de uma criança ou adolescente, nem para denunciar. Isso pode ser crime e espalha o dano. Indique apenas onde ela está.
s-caregivers-talking-if-they-tell-q1 = Seu filho ou filha mostra uma imagem sexual dele ou dela que circula online. O que faz com ela?
s-caregivers-talking-if-they-tell-q1-a = Guardar uma cópia como prova
s-caregivers-talking-if-they-tell-q1-a-why = Guardar ou copiar uma imagem sexual de um menor pode ser crime, mesmo com boa intenção. Em vez disso, anote onde ela aparece e denuncie isso.
s-caregivers-talking-if-they-tell-q1-b = Encaminhá-la para a polícia
s-caregivers-talking-if-they-tell-q1-b-why = Não a encaminhe, nem mesmo para a polícia. Diga à polícia ou a um canal de denúncia onde a imagem está, e receberá orientação.
s-caregivers-talking-if-they-tell-q1-c = Não copiar e denunciar onde ela está
s-caregivers-talking-if-they-tell-q1-c-why = Denunciar o link ou a conta onde ela aparece, e usar o Take It Down, ajuda a removê-la. Nunca copie nem compartilhe a própria imagem.
s-caregivers-talking-if-they-tell-dont-confront =
    Não mande mensagens para a pessoa, não a ameace nem finja ser seu filho ou filha. Isso pode alertá-la, pôr o jovem em risco e prejudicar uma investigação. Em vez disso:
    • denuncie a conta na plataforma
    • denuncie a um canal nacional de denúncia ou à polícia
    • depois, bloqueie a pessoa

    Faça cada passo junto com o jovem, para que nada aconteça nas costas dele.
s-caregivers-talking-if-they-tell-sextortion =
    Se alguém ameaça divulgar imagens do seu filho ou filha caso não pague ou não envie mais, isso é sextorsão. Ajude o jovem a:
    • não pagar nem enviar nada; pagar costuma trazer mais exigências
    • parar de responder, mas guardar a conversa como prova
    • bloquear e denunciar a conta

    O Take It Down pode ajudar a remover as imagens. A culpa é de quem ameaça.
s-caregivers-talking-if-they-tell-q2 = Alguém ameaça divulgar uma foto do seu filho ou filha se não pagar. O que devem fazer?
s-caregivers-talking-if-they-tell-q2-a = Pagar uma vez para acabar com isso
s-caregivers-talking-if-they-tell-q2-a-why = Pagar raramente resolve e muitas vezes traz mais exigências. Em vez disso, parem de responder, guardem provas e denunciem.
s-caregivers-talking-if-they-tell-q2-b = Parar de responder, guardar provas, denunciar
s-caregivers-talking-if-they-tell-q2-b-why = Parem de responder, tirem prints, bloqueiem e denunciem à plataforma, a um canal de denúncia ou à polícia. O Take It Down pode ajudar a remover as imagens.
s-caregivers-talking-if-they-tell-q2-c = Mandar mensagem para a pessoa e ameaçá-la
s-caregivers-talking-if-they-tell-q2-c-why = Confrontar a pessoa pode piorar a situação e prejudicar uma investigação. Deixe isso com a plataforma, o canal de denúncia ou a polícia.
s-caregivers-talking-if-they-tell-what-to-do =
    Procure apoio para seu filho ou filha e para você. Uma linha de ajuda para crianças pode conversar com o jovem e, muitas vezes, também com você; em muitos países é o 116 111. Em caso de perigo imediato, ligue para a polícia.

    Mantenha o dia a dia calmo e não tire o telefone como castigo.

    Toque em <b>Pedir ajuda</b> a qualquer momento para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 5: Ferramentas e caminhos de denúncia

s-caregivers-talking-tools-title = Ferramentas e caminhos de denúncia
s-caregivers-talking-tools-together =
    As opções de privacidade e as ferramentas de supervisão para pais podem ajudar, principalmente com os mais novos. Funcionam melhor quando configuradas em conjunto, explicando o porquê, e não às escondidas.

    Veja quem pode ver o perfil do jovem e mandar mensagens para ele. No Telegram, veja quem vê o número de telefone e quem pode adicioná-lo a grupos. As ferramentas apoiam a conversa, não a substituem.
s-caregivers-talking-tools-q1 = Qual é a melhor forma de usar as ferramentas de supervisão?
s-caregivers-talking-tools-q1-a = Ativá-las às escondidas
s-caregivers-talking-tools-q1-a-why = Se o jovem descobrir uma ferramenta escondida, a confiança pode ser quebrada e ele pode passar para apps que você não conhece. Ser transparente funciona melhor.
s-caregivers-talking-tools-q1-b = Configurá-las juntos e explicar o porquê
s-caregivers-talking-tools-q1-b-why = Quando o jovem entende as razões, é mais provável que mantenha as configurações e que venha falar com você se houver algum problema.
s-caregivers-talking-tools-q1-c = Usá-las em vez de conversar
s-caregivers-talking-tools-q1-c-why = As opções de privacidade ajudam, mas nenhuma ferramenta resolve tudo. O que protege é a confiança e as conversas frequentes.
s-caregivers-talking-tools-take-it-down =
    Se uma imagem nua ou sexual do seu filho ou filha foi feita antes dos 18 anos, o <b>Take It Down</b> (takeitdown.ncmec.org) pode ajudar a removê-la das plataformas participantes.

    Funciona com uma impressão digital da imagem, por isso a foto não é enviada a ninguém, e pode ser usado sem dar o nome. O jovem pode usá-lo com você ou sozinho.
s-caregivers-talking-tools-hotlines =
    Para denunciar imagens ou vídeos sexuais de crianças e adolescentes, use um canal de denúncia. A rede INHOPE tem canais membros em muitos países. A Internet Watch Foundation (IWF) mantém portais de denúncia para muitos países sem canal próprio. Nos Estados Unidos, use a CyberTipline do NCMEC.

    Denuncie também a conta na própria plataforma.
s-caregivers-talking-tools-helplines =
    As linhas de ajuda para crianças ouvem os jovens, e muitas também apoiam as famílias. Em muitos países, o número 116 111 dá acesso a uma linha de ajuda; as chamadas são confidenciais e muitas vezes gratuitas.

    Se seu filho ou filha estiver em perigo imediato, ligue imediatamente para a polícia ou para o número de emergência local.
s-caregivers-talking-tools-q2 = Circula online uma foto nua que seu filho ou filha de 15 anos tirou. O que pode ajudar a removê-la?
s-caregivers-talking-tools-q2-a = Take It Down
s-caregivers-talking-tools-q2-a-why = O Take It Down é para imagens feitas antes dos 18 anos. Ajuda as plataformas participantes a encontrar e remover a imagem, sem que você a envie a ninguém.
s-caregivers-talking-tools-q2-b = Pedir à pessoa que a apague
s-caregivers-talking-tools-q2-b-why = Falar com a pessoa pode piorar as coisas. Em vez disso, denuncie a conta e use o Take It Down.
s-caregivers-talking-tools-q2-c = Nada: o que está online fica para sempre
s-caregivers-talking-tools-q2-c-why = As plataformas e os canais de denúncia removem, sim, imagens sexuais de menores, e o Take It Down pode ajudar. Vale a pena agir.
s-caregivers-talking-tools-what-to-do =
    Esta semana:
    • Revisem juntos as opções de privacidade.
    • Guarde no telefone o número da linha de ajuda para crianças do seu país e mostre ao jovem onde está.
    • Descubra como denunciar nos apps que o jovem usa.

    Toque em <b>Pedir ajuda</b> a qualquer momento para ver a linha de ajuda e os sites de denúncia do seu país.

## A voz dos jovens: a pergunta de um toque, feita uma vez no fim da série

s-caregivers-talking-voice-first-step = Qual destas coisas você vai fazer primeiro?
s-caregivers-talking-voice-first-step-ask = Perguntar ao meu filho ou à minha filha sobre a vida online
s-caregivers-talking-voice-first-step-settings = Rever juntos as configurações de privacidade
s-caregivers-talking-voice-first-step-plan = Combinar o que fazer se algo der errado
s-caregivers-talking-voice-first-step-no-blame = Prometer que não vai ter castigo por me contar
s-caregivers-talking-voice-first-step-links = Guardar os links de ajuda e denúncia do país

## Alt texts of the lesson pictures (for screen readers and the preview)

s-caregivers-talking-risks-today-intro-alt = Um responsável e uma criança sentados juntos no sofá com um celular, perto de um controle de videogame e de um escudo.
s-caregivers-talking-talking-intro-alt = Um responsável e uma criança lado a lado, cada um com um balão de fala, numa conversa tranquila.
s-caregivers-talking-warning-signs-intro-alt = Um adolescente olha o celular, em dúvida. Perto dele, um responsável pensa nele com carinho, com um coração num balão de pensamento.
s-caregivers-talking-if-they-tell-stay-calm-alt = Um responsável sentado no sofá abraça o filho preocupado, debaixo de um coração.
s-caregivers-talking-tools-together-alt = Um responsável e um adolescente, um de cada lado de um tablet com botões de configuração, com uma engrenagem e um escudo.
