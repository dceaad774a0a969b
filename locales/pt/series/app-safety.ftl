## Série: Configurações de segurança nos seus apps (app-safety), para adolescentes de 13 a 17 anos.
## Os nomes das configurações seguem o que cada plataforma mostra em português do Brasil quando foi possível
## confirmar; quando não, a configuração é descrita em palavras gerais. Tratamento por "você".

s-app-safety-title = Segurança nos seus apps
s-app-safety-about = As principais configurações de privacidade do WhatsApp, Instagram, TikTok, Snapchat, Discord, Roblox e YouTube: quem pode falar com você, contas privadas, localização e grupos, e como bloquear e denunciar.

## Lição 1: WhatsApp

s-app-safety-whatsapp-title = WhatsApp
s-app-safety-whatsapp-intro =
    O WhatsApp funciona com número de telefone. Então, qualquer pessoa que tenha seu número pode mandar mensagem para você, e seu número pode circular em grupos.

    Algumas configurações fazem muita diferença. A maioria fica no WhatsApp em <b>Configurações → Privacidade</b>. Os apps mudam os menus de vez em quando: se um nome estiver diferente no seu celular, procure algo parecido.
s-app-safety-whatsapp-intro-alt = Um celular mostrando uma conversa em grupo, ao lado de um cadeado grande, uma engrenagem de configurações e um sinal de certo verde.
s-app-safety-whatsapp-groups =
    <b>Grupos</b>: em Configurações → Privacidade → Grupos, você escolhe quem pode adicionar você a grupos. Escolha <b>Meus contatos</b>, ou uma opção mais restrita, se aparecer. Assim, quem não está nos seus contatos precisa mandar um convite, e você decide se entra ou não.

    Se alguém colocar você num grupo em que você não quer estar, você pode sair e denunciar.
s-app-safety-whatsapp-profile-location =
    Em Privacidade, você também escolhe quem vê sua foto do perfil, seu recado, seu visto por último e online, e seus status. “Meus contatos” é mais seguro do que “Todos”.

    A <b>localização em tempo real</b> só é compartilhada quando você escolhe compartilhar numa conversa. Só compartilhe com pessoas que você conhece pessoalmente, e pare de compartilhar quando não precisar mais.
s-app-safety-whatsapp-block-report =
    <b>Bloquear</b>: abra a conversa, toque no nome da pessoa e depois em <b>Bloquear</b>. Quem você bloqueia não consegue ligar nem mandar mensagem para você, e não vê seu visto por último, se você está online nem as mudanças na sua foto do perfil.

    <b>Denunciar</b>: no mesmo lugar, escolha <b>Denunciar</b>. “Denunciar e bloquear” faz as duas coisas de uma vez. Não dá para bloquear um grupo inteiro, mas você pode sair dele e bloquear o admin do grupo.
s-app-safety-whatsapp-q1 = Pessoas que você não conhece vivem adicionando você a grupos no WhatsApp. Qual configuração ajuda mais?
s-app-safety-whatsapp-q1-a = Grupos: escolher Meus contatos
s-app-safety-whatsapp-q1-a-why = Com essa configuração, quem não está nos seus contatos só pode mandar um convite, e você escolhe se entra ou não. Você também pode sair de grupos que não quer e denunciá-los.
s-app-safety-whatsapp-q1-b = Desativar as confirmações de leitura
s-app-safety-whatsapp-q1-b-why = As confirmações de leitura são uma configuração de privacidade útil, mas só mudam se as pessoas veem que você leu uma mensagem. Não impedem ninguém de adicionar você a grupos.
s-app-safety-whatsapp-q1-c = Trocar minha foto do perfil
s-app-safety-whatsapp-q1-c-why = Escolher quem pode ver sua foto também é uma boa ideia. Mas isso não controla quem pode colocar você em grupos.
s-app-safety-whatsapp-what-to-do =
    <b>O que fazer</b>
    Confira hoje Configurações → Privacidade: grupos, foto do perfil e visto por último. Só compartilhe a localização em tempo real com pessoas que você conhece pessoalmente. Bloqueie e denuncie quem incomodar você. Se alguém ameaçar você ou pedir fotos, guarde a conversa e conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 2: Instagram e TikTok

s-app-safety-insta-tiktok-title = Instagram e TikTok
s-app-safety-insta-tiktok-intro =
    No Instagram e no TikTok, uma conta pública quer dizer que qualquer pessoa pode ver seus posts, muitas vezes comentar e compartilhar tudo muito além dos seus amigos.

    Os dois apps têm proteções extras para adolescentes, e algumas já vêm ativadas. Mesmo assim, vale conferir, porque as configurações podem ser mudadas, e algumas proteções dependem da idade que o app acha que você tem.
s-app-safety-insta-tiktok-intro-alt = Um celular mostrando um perfil fechado com cadeado, com um pedido para seguir aprovado e outro recusado.
s-app-safety-insta-tiktok-instagram =
    <b>Instagram</b>
    • <b>Conta privada</b>: só os seguidores que você aprova veem seus posts, stories e reels. O Instagram deixa as contas de menores de 16 anos privadas por padrão (menores de 18 em alguns países).
    • O Instagram impede que adultos comecem conversas privadas com adolescentes com quem não têm conexão.
    • Nas configurações de mensagens, limite quem pode mandar pedidos de mensagem para você.
    • Não coloque a localização nos seus posts, ou só coloque depois de ter saído do lugar.
s-app-safety-insta-tiktok-tiktok =
    <b>TikTok</b>
    • <b>Conta privada</b>: vem ativada para quem tem de 13 a 15 anos. Só as pessoas que você aprova podem seguir você e ver seus vídeos.
    • <b>Sugestão da sua conta para outras pessoas</b>: desative, para o app não indicar você a desconhecidos.
    • <b>Mensagens diretas</b>: não estão disponíveis para menores de 16 anos. Aos 16 e 17, escolha quem pode mandar mensagem para você, como só amigos, ou ninguém.
    • Quando você posta, pode escolher quem pode ver cada vídeo.
s-app-safety-insta-tiktok-block-report =
    <b>Bloquear ou denunciar uma pessoa</b> nos dois apps: entre no perfil dela, toque nos três pontinhos e depois em <b>Bloquear</b> ou <b>Denunciar</b>.
    <b>Denunciar um post ou vídeo</b>: no TikTok, toque na seta de compartilhar e depois em Denunciar. No Instagram, toque nos três pontinhos do post e depois em Denunciar.

    A pessoa não fica sabendo quem denunciou. O Instagram também tem o <b>Restringir</b>, que limita alguém discretamente, sem bloquear.
s-app-safety-insta-tiktok-q1 = Você tem 15 anos e quer postar vídeos de dança só para seus amigos. Qual é a melhor configuração?
s-app-safety-insta-tiktok-q1-a = Conta pública, mas sem legendas
s-app-safety-insta-tiktok-q1-a-why = Deixar as legendas de fora ajuda um pouco. Mas, com uma conta pública, qualquer pessoa ainda pode ver, comentar e compartilhar seus vídeos.
s-app-safety-insta-tiktok-q1-b = Conta privada, e eu aprovo quem me segue
s-app-safety-insta-tiktok-q1-b-why = Com uma conta privada, você decide quem segue você e vê seus vídeos. Você também pode escolher quem pode ver cada vídeo na hora de postar.
s-app-safety-insta-tiktok-q1-c = Conta pública, e bloquear gente estranha depois
s-app-safety-insta-tiktok-q1-c-why = Bloquear é uma ótima ferramenta, mas só funciona depois que alguém já encontrou você. Uma conta privada mantém desconhecidos longe desde o começo.
s-app-safety-insta-tiktok-what-to-do =
    <b>O que fazer</b>
    Confira se sua conta é privada, impeça que o app sugira sua conta para outras pessoas e limite quem pode mandar mensagem para você. Deixe a localização fora dos seus posts. Bloqueie e denuncie quem deixar você desconfortável, e conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 3: Snapchat e Discord

s-app-safety-snap-discord-title = Snapchat e Discord
s-app-safety-snap-discord-intro =
    O Snapchat e o Discord foram feitos para conversar com amigos e comunidades. Os dois também podem deixar pessoas que você não conhece chegarem até você, se você não colocar limites.

    Snaps e mensagens que “somem” ainda podem virar print, ou ser filmados com outro celular. Não deixe um recurso de mensagens temporárias fazer você confiar em alguém mais rápido.
s-app-safety-snap-discord-intro-alt = Um celular mostrando um mapa em que um fantasminha simpático esconde a localização, ao lado de um alfinete de mapa riscado e um cadeado.
s-app-safety-snap-discord-snapchat =
    <b>Snapchat</b>
    • <b>Contato</b>: nas configurações de privacidade, deixe só <b>Meus amigos</b> entrarem em contato com você.
    • <b>Snap Map</b>: sua localização fica desligada, a não ser que você ligue. O <b>Modo Fantasma</b> a mantém escondida; se compartilhar, que seja só com poucos amigos próximos.
    • Só adicione pessoas que você conhece na vida real.
    • Para bloquear ou denunciar alguém, abra o perfil da pessoa, ou toque e segure no Snap dela, e escolha Bloquear ou Denunciar.
s-app-safety-snap-discord-discord =
    <b>Discord</b> (Configurações de usuário, privacidade e social)
    • Desative as <b>mensagens diretas de membros do servidor</b>: assim, só amigos dos seus servidores podem mandar DM para você.
    • Em <b>Pedidos de amizade</b>, escolha quem pode mandar pedidos: não deixe todo mundo.
    • Para adolescentes, o Discord desfoca ou bloqueia por padrão imagens sensíveis nas DMs.
    • Bloquear: no perfil da pessoa, toque nos três pontinhos e em Bloquear. Denunciar: no menu da mensagem, escolha Denunciar.
s-app-safety-snap-discord-q1 = Alguém de um servidor grande do Discord em que você entrou vive mandando DMs que você não pediu. O que ajuda?
s-app-safety-snap-discord-q1-a = Desativar DMs de membros do servidor
s-app-safety-snap-discord-q1-a-why = Com isso desativado, quem está no mesmo servidor que você não consegue mandar mensagem, a não ser que vocês sejam amigos. Você também pode bloquear e denunciar a pessoa.
s-app-safety-snap-discord-q1-b = Sair de todos os servidores
s-app-safety-snap-discord-q1-b-why = Você sempre pode sair de um servidor. Mas não precisa perder suas comunidades: uma configuração já impede DMs de desconhecidos que estão nelas.
s-app-safety-snap-discord-q1-c = Responder e pedir para parar
s-app-safety-snap-discord-q1-c-why = Pedir com educação funciona com algumas pessoas. Mas responder mantém a conversa rolando. Bloqueie, denuncie e mude a configuração.
s-app-safety-snap-discord-what-to-do =
    <b>O que fazer</b>
    Snapchat: contato só de Meus amigos, e Modo Fantasma no Snap Map. Discord: DMs de membros do servidor desativadas, e pedidos de amizade limitados. Bloqueie e denuncie quem pressionar você, e guarde as provas. Conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 4: Roblox e YouTube

s-app-safety-roblox-youtube-title = Roblox e YouTube
s-app-safety-roblox-youtube-intro =
    O Roblox e o YouTube são enormes, com jogadores e espectadores de todas as idades, adultos também. As configurações ajudam você a decidir quem pode falar com você e quem vê o que você cria.

    Os dois atualizam as configurações com frequência. Se um nome desta lição estiver diferente, procure em Configurações por Privacidade, Comunicação ou Controle parental.
s-app-safety-roblox-youtube-intro-alt = Um controle de videogame e um player de vídeo com um escudo verde entre os dois, mais uma bandeira de denúncia e um sinal de bloqueio.
s-app-safety-roblox-youtube-roblox =
    <b>Roblox</b>
    • Em <b>Configurações → Privacidade</b>, escolha quem pode falar e trocar mensagens com você. Mais seguro: só amigos ou ninguém.
    • Não ponha nome real, escola ou outras contas no chat nem no perfil.
    • <b>Denunciar abuso</b>: no jogo, abra o menu e toque na bandeira ao lado do jogador, ou use a aba Denunciar. Denuncie a própria conversa ou mensagem, para a moderação ver o que houve.
    • <b>Bloquear usuário</b>: toque no jogador na lista de jogadores, ou nos três pontinhos do perfil.
s-app-safety-roblox-youtube-youtube =
    <b>YouTube</b>
    • Quando enviar um vídeo, escolha quem pode ver: Privado, Não listado (só quem tem o link) ou Público.
    • Você pode desativar os comentários nos seus vídeos, ou deixá-los retidos para revisão.
    • Deixe sua escola, sua rua e sua casa fora dos seus vídeos.
    • <b>Denunciar</b>: use o menu de três pontinhos de um vídeo, comentário ou canal e depois Denunciar. A denúncia é anônima: a outra pessoa não fica sabendo que foi você.
s-app-safety-roblox-youtube-q1 = Um jogador do Roblox pede seu Snapchat para vocês “conversarem direito”. O que você faz?
s-app-safety-roblox-youtube-q1-a = Passo o meu, a pessoa parece legal
s-app-safety-roblox-youtube-q1-a-why = Retribuir a simpatia é natural. Mas levar você para outro app é um primeiro passo comum para ficar a sós com você. Mantenha a conversa dentro do jogo, ou encerre.
s-app-safety-roblox-youtube-q1-b = Digo não, e bloqueio ou denuncio se insistir
s-app-safety-roblox-youtube-q1-b-why = Você pode manter a conversa dentro do jogo, ou simplesmente dizer não. Se a pessoa continuar pedindo ou ficar insistente, bloqueie e denuncie, e conte a um adulto de confiança.
s-app-safety-roblox-youtube-q1-c = Passo o nome de uma conta falsa
s-app-safety-roblox-youtube-q1-c-why = Proteger sua conta verdadeira é esperto. Mas isso mantém a conversa rolando. Dizer não, e bloquear se precisar, é mais simples e mais seguro.
s-app-safety-roblox-youtube-what-to-do =
    <b>O que fazer</b>
    Roblox: limite o chat e as mensagens a amigos, e use Denunciar abuso e Bloquear usuário. YouTube: envie vídeos como privados ou não listados, a não ser que tenha certeza, e denuncie tudo o que preocupar você. Se alguém pedir fotos ou ameaçar você, conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.
